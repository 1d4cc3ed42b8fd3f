/**
 * Pure layout of the Overview lens: topology + width + label sizes -> rectangles and the
 * places of the labels in them. In each host, the architecture stack from top to bottom:
 * guests (VMs and the container engine), host OS (type 2 only), hypervisor, hardware
 * (sockets > cores > threads, memory, disks, NICs). Every row is as tall as the labels it
 * holds (`OvText`, drawing units), so a bigger label gets the room it needs.
 * For a small or short frame the drawing rearranges (`OvArrangement`): hosts side by side
 * or stacked, guests wrapped in rows or all in one row, the SAN under the hosts or beside
 * them; `pickOverviewLayout` (pickOverview.ts) takes the biggest scale and the roomiest arrangement that
 * show the whole drawing in the frame. No React, no DOM: tested in Node.
 */
import type { Topology } from '../../engine';
import type { Point, Rect } from '../shared/geometry';
import { boldPx, lineH } from '../shared/labels';
import { wrappedRows } from '../fitText';
import { layoutHardware, wholeCellW } from './layoutHardware';
import { placeSan, type SanBand } from './layoutSan';
import { hardwareTitleLines, hostTitleLines, OV_TEXT, powerBeside, type OvText } from './ovText';
import { appRows, appWordsFit, band, chipOf, engineColumn, engineNeeds, engineRows, L, rowHeight, vcpuPerRow, vmHead } from './guestRow';

export interface VmBox extends Rect {
  index: number;
  /** Centre line of its name (and its power state, right, when `powerY` is null). */
  nameY: number;
  /** Centre line of its power state's own line, under its name (left), when the name and the widest power word do not fit one line; else null. */
  powerY: number | null;
  app: Rect;
  /** How many lines the app band's workload takes (guestRow's appRows): more than one, its words wrapped, never cut. */
  appRows: number;
  os: Rect;
  containers: { index: number; rect: Rect }[];
  vcpus: { ent: number; rect: Rect }[];
  mem: Rect;
}

export interface EngineBox extends Rect {
  /** Centre line of its name's first line. */
  nameY: number;
  /** Centre line of the first line of "shares the host kernel". */
  noteY: number;
  /** How many lines its name and its note have room for (ovText's wrapInto). */
  rows: [number, number];
  containers: { index: number; ent: number; rect: Rect }[];
}

export interface HostBox extends Rect {
  index: number;
  /** Centre line of its title (its first line). */
  titleY: number;
  /** Its title's lines (ovText's hostTitleLines) when the projector's brief composition reads it whole; null: one line, cut to the box. */
  titleLines: string[] | null;
  vms: VmBox[];
  engine: EngineBox | null;
  hostOs: Rect | null;
  hypervisor: Rect;
  /** Centre lines of the first line of the hypervisor's name, scheduler and overcommit, and of the ready-queue label. */
  hvLines: [number, number, number, number];
  /** How many lines the hypervisor's name, scheduler and overcommit each have room for (ovText's wrapInto); 0: not drawn (the projector's brief composition: the inspector says it). */
  hvRows: [number, number, number];
  /** Where the ready queue's chips go (right of its label, or under it), one chip `queueChipW` wide. */
  queue: Rect;
  /** How many lines the ready queue's label and its empty line take (more than one only in a narrow host at the projector, OvText's queueWords). */
  queueRows: [number, number];
  queueChipW: number;
  hardware: Rect;
  /** Centre line of the hardware's title (its first line). */
  hardwareTitleY: number;
  /** The hardware title's lines (ovText's hardwareTitleLines) when the projector's brief composition reads it whole; null: one line, cut to the box. */
  hardwareTitle: string[] | null;
  sockets: { rect: Rect; labelY: number; cores: { rect: Rect; labelY: number; threads: { pcpu: number; rect: Rect }[] }[] }[];
  memory: Rect;
  /** The memory label's centre line and its bar. */
  memoryLabelY: number;
  memoryBar: Rect;
  devices: Rect;
  /** Centre lines of the disks' (first) and the NICs' lines. */
  deviceLines: [number, number];
  /** How many lines the RAM line and the disks' line each have room for (ovText's wrapInto). */
  deviceRows: [number, number];
}

/** How the parts are arranged. */
export interface OvArrangement {
  /** Hosts side by side (as many columns as fit), or stacked. */
  hostsSide: boolean;
  /** Each host's guests all in one row, or wrapped in rows of roomy columns. */
  guestsOneRow: boolean;
  /** The SAN beside the hosts (right), or under them. */
  sanBeside: boolean;
  /** The hypervisor's lines broken into as many lines as they need (its box taller), or one line each, cut. */
  wrapLines: boolean;
  /**
   * The container engine's name and note broken into lines the same way (the guests' row taller); without, into as many
   * as the row's height has room for anyway.
   */
  wrapEngine: boolean;
  /**
   * The hardware's RAM and disks lines and the SAN's title broken into lines the same way (their boxes taller; the
   * SAN's array lines too, beside the hosts, in the height they leave them).
   */
  wrapDevices: boolean;
}

export interface OverviewLayout {
  width: number;
  height: number;
  text: OvText;
  arrangement: OvArrangement;
  hosts: HostBox[];
  san: SanBand | null;
  /** A vCPU chip's size. */
  chip: { w: number; h: number };
}


function vmBox(t: Topology, i: number, bx: number, y: number, colW: number, h: number, tx: OvText): VmBox {
  const vm = t.vms[i];
  const chip = chipOf(tx);
  const bh = band(tx);
  const beside = powerBeside(vm?.name ?? '', colW, tx);
  let cy = y + vmHead(vm?.name ?? '', colW, tx);
  const rows = appRows(t, i, colW, tx);
  const app: Rect = { x: bx + 4, y: cy, w: colW - 8, h: bh + (rows - 1) * lineH(tx.small) };
  cy += app.h + 2;
  const containers = t.containers
    .map((c, ci) => ({ c, ci }))
    .filter(({ c }) => c.vm === i)
    .map(({ ci }) => {
      const rect = { x: bx + 8, y: cy, w: colW - 16, h: bh };
      cy += bh + 2;
      return { index: ci, rect };
    });
  const os: Rect = { x: bx + 4, y: cy, w: colW - 8, h: bh };
  cy += bh + 3;
  const perRow = vcpuPerRow(colW, tx);
  const vcpus = Array.from({ length: vm?.vcpus ?? 0 }, (_v, k) => ({
    ent: (vm?.entOffset ?? 0) + k,
    rect: { x: bx + 4 + (k % perRow) * (chip.w + L.chipGap), y: cy + Math.floor(k / perRow) * (chip.h + L.chipGap), w: chip.w, h: chip.h },
  }));
  const mem: Rect = { x: bx + 4, y: y + h - 10, w: colW - 8, h: 6 };
  const nameY = y + 2 + lineH(tx.name) / 2;
  return { index: i, x: bx, y, w: colW, h, nameY, powerY: beside ? null : y + 2 + lineH(tx.name) + lineH(tx.tiny) / 2, app, appRows: rows, os, containers, vcpus, mem };
}

/** VMs then the container engine, in rows of columns; null when one row leaves a column too narrow for a name. */
function layoutGuests(t: Topology, hi: number, x: number, y: number, w: number, oneRow: boolean, wrap: boolean, tx: OvText): (Pick<HostBox, 'vms' | 'engine'> & { height: number }) | null {
  const vms = t.vms.flatMap((vm, i) => (vm.host === hi ? [i] : []));
  const bare = t.containers.flatMap((c, i) => (c.vm < 0 && c.host === hi ? [{ c, i }] : []));
  const count = vms.length + (bare.length > 0 ? 1 : 0);
  const minCol = Math.max(L.minCol, 9.5 * tx.small);
  const perRow = oneRow ? Math.max(1, count) : Math.max(1, Math.min(count, Math.floor((w + L.gap) / (minCol + L.gap))));
  const colW = (w - L.gap * (perRow - 1)) / perRow;
  // One row only when its columns hold every VM's name and each word of its workload whole (a phone's "데이터…").
  if (oneRow && (colW < Math.max(64, 5.5 * tx.name) || vms.some((i) => !appWordsFit(t, i, colW, tx)))) return null;
  const rows = Math.max(1, Math.ceil(count / perRow));
  // In one row the engine's column may be wider than the VMs' (engineColumn); in rows of columns it takes the columns
  // its row (the last) leaves empty.
  const spare = rows * perRow - count;
  const { vmW, engineW } = rows === 1 ? engineColumn(t, hi, w, count, tx, wrap) : { vmW: colW, engineW: colW + spare * (colW + L.gap) };
  const h = rowHeight(t, hi, vmW, bare.length, tx, wrap ? engineNeeds(engineW, tx) : [1, 1]);
  const eRows = engineRows(engineW, h, bare.length, tx, wrap);
  const at = (k: number): Point => ({ x: x + (k % perRow) * (vmW + L.gap), y: y + Math.floor(k / perRow) * (h + L.gap) });
  const boxes = vms.map((i, k) => {
    const p = at(k);
    return vmBox(t, i, p.x, p.y, vmW, h, tx);
  });
  let engine: EngineBox | null = null;
  if (bare.length > 0) {
    const p = at(vms.length);
    const top = p.y + 4 + eRows[0] * lineH(tx.name) + eRows[1] * lineH(tx.tiny) + 2;
    engine = {
      x: p.x,
      y: p.y,
      w: engineW,
      h,
      nameY: p.y + 2 + lineH(tx.name) / 2,
      noteY: p.y + 3 + eRows[0] * lineH(tx.name) + lineH(tx.tiny) / 2,
      rows: eRows,
      containers: bare.map(({ c, i }, k) => ({ index: i, ent: c.ent, rect: { x: p.x + 6, y: top + k * (band(tx) + 4), w: engineW - 12, h: band(tx) } })),
    };
  }
  return { vms: boxes, engine, height: rows * h + (rows - 1) * L.gap };
}

/** One host's stack at (x, y), `w` wide; null when its guests do not fit the arrangement. */
function layoutHost(t: Topology, hi: number, x: number, y: number, w: number, a: OvArrangement, tx: OvText): HostBox | null {
  const host = t.hosts[hi];
  if (host === undefined) return null;
  const inner = w - 2 * L.hpad;
  const ix = x + L.hpad;
  const titleY = y + 2 + lineH(tx.title) / 2;
  const titleLines = tx.brief === true && tx.hostTitle !== undefined ? hostTitleLines(tx.hostTitle(t, hi), w - 16, boldPx(tx.title)) : null;
  let cy = y + 4 + (titleLines?.length ?? 1) * lineH(tx.title);
  const guests = layoutGuests(t, hi, ix, cy, inner, a.guestsOneRow, a.wrapEngine, tx);
  if (guests === null) return null;
  const { height: gh, ...boxes } = guests;
  cy += gh + L.gap;
  // The hypervisor: its name, two lines, and the ready queue (its chips right of its label when there is room).
  const chip = chipOf(tx);
  const queueChipW = Math.max(2 * chip.w, Math.ceil(9 * 0.58 * tx.tiny) + 6);
  const words = a.wrapLines ? tx.hypervisor?.(t, hi) : undefined;
  const rowsOf = (k: number, px: number): number => (words === undefined ? 1 : wrappedRows(words[k] ?? '', inner - 16, px));
  // The projector's brief composition: the name and the ready queue only.
  const hvRows: [number, number, number] = tx.brief === true ? [rowsOf(0, boldPx(tx.name)), 0, 0] : [rowsOf(0, boldPx(tx.name)), rowsOf(1, tx.small), rowsOf(2, tx.small)];
  const l0 = cy + 2 + lineH(tx.name) / 2;
  const l1 = l0 + (hvRows[0] - 0.5) * lineH(tx.name) + lineH(tx.small) / 2;
  const l2 = l1 + hvRows[1] * lineH(tx.small);
  const qTop = l2 + (hvRows[2] - 0.5) * lineH(tx.small) + 1;
  // A label too wide for the box is wrapped, never cut (queueWords; a phone's data centre cut "empty: no vCPU is waiting").
  const qWords = tx.queueWords;
  const labelRows = qWords !== undefined && tx.queueW > inner - 16 ? wrappedRows(qWords[0], inner - 16, tx.small) : 1;
  // Beside its label when at least one chip and the count of the rest fit.
  const beside = labelRows === 1 && inner - 16 - tx.queueW - 8 >= queueChipW + 30;
  const queue: Rect = beside
    ? { x: ix + 8 + tx.queueW + 8, y: qTop, w: inner - 16 - tx.queueW - 8, h: chip.h }
    : { x: ix + 8, y: qTop + labelRows * lineH(tx.small), w: inner - 16, h: chip.h };
  const emptyRows = qWords === undefined ? 1 : wrappedRows(qWords[1], queue.w, tx.small);
  const l3 = beside ? qTop + chip.h / 2 : qTop + lineH(tx.small) / 2;
  const queueBottom = queue.y + Math.max(queue.h, emptyRows > 1 ? emptyRows * lineH(tx.small) : 0);
  const hypervisor: Rect = { x: ix, y: cy, w: inner, h: queueBottom + 3 - cy };
  cy += hypervisor.h + L.gap;
  // Type 2: the host OS sits between the hypervisor and the hardware.
  const hostOs = host.hypervisor.type === 'type2' ? { x: ix, y: cy, w: inner, h: lineH(tx.name) + 8 } : null;
  if (hostOs !== null) cy += hostOs.h + L.gap;
  const hardwareTitle = tx.brief === true && tx.hardware !== undefined ? hardwareTitleLines(tx.hardware(t, hi), inner - 12, boldPx(tx.name)) : null;
  const hwTop = cy + 3 + (hardwareTitle?.length ?? 1) * lineH(tx.name);
  const hw = layoutHardware(host, ix + 6, hwTop, inner - 12, tx, a.wrapDevices ? tx.devices?.(t, hi) : undefined, wholeCellW(t, hi, tx));
  const hardware: Rect = { x: ix, y: cy, w: inner, h: hwTop - cy + hw.height + 4 };
  const { height: _h, ...parts } = hw;
  return {
    index: hi,
    x,
    y,
    w,
    h: hardware.y + hardware.h + L.hpad - y,
    titleY,
    titleLines,
    ...boxes,
    hostOs,
    hypervisor,
    hvLines: [l0, l1, l2, l3],
    hvRows,
    queue,
    queueRows: [labelRows, emptyRows],
    queueChipW,
    hardware,
    hardwareTitleY: cy + 1.5 + lineH(tx.name) / 2,
    hardwareTitle,
    ...parts,
  };
}

/** Hosts stacked, guests wrapped, the SAN under the hosts: the arrangement that fits any width. */
export const STACKED: OvArrangement = { hostsSide: false, guestsOneRow: false, sanBeside: false, wrapLines: false, wrapEngine: false, wrapDevices: false };

/** Lay every host out for a drawing at least `width` units wide, in one arrangement; null when the arrangement does not fit the width. */
export function layoutOverview(t: Topology, width: number, text: OvText = OV_TEXT, a: OvArrangement = STACKED): OverviewLayout | null {
  const w = Math.max(width, 320);
  const arrays = t.storageArrays.length;
  const sanBeside = a.sanBeside && arrays > 0;
  const sanW = sanBeside ? Math.max(L.sanMin + 30, 15 * text.small) + 16 : 0;
  const hostsW = w - 2 * L.pad - (sanBeside ? sanW + 3 * L.gap : 16);
  const fit = (min: number): number => Math.floor((hostsW + L.gap) / (min + L.gap));
  // At the projector every host in one row, narrower, when they fit so (L.hostMinBrief).
  const inOneRow = text.brief === true && !sanBeside && fit(L.hostMinBrief) >= t.hosts.length;
  const cols = a.hostsSide ? Math.max(1, inOneRow ? t.hosts.length : Math.min(t.hosts.length, fit(L.hostMin))) : 1;
  if ((a.hostsSide && cols === 1 && t.hosts.length > 1) || (sanBeside && (cols > 1 || hostsW < L.hostMin))) return null;
  const hostW = (hostsW - (cols - 1) * L.gap) / cols;
  const hosts: HostBox[] = [];
  let y = L.pad;
  for (let r = 0; r * cols < t.hosts.length; r++) {
    let rowH = 0;
    for (let c = 0; c < cols && r * cols + c < t.hosts.length; c++) {
      const b = layoutHost(t, r * cols + c, L.pad + c * (hostW + L.gap), y, hostW, a, text);
      if (b === null) return null;
      hosts.push(b);
      rowH = Math.max(rowH, b.h);
    }
    y += rowH + L.gap;
  }
  const hostsBottom = y - L.gap;
  const san = placeSan(t, hosts.map((h) => h.devices), { width: w, hostsBottom, cols, beside: sanBeside, sanW, pad: L.pad, gap: L.gap }, a.wrapDevices, text);
  const height = Math.max(hostsBottom, san === null ? 0 : san.y + san.h) + L.pad;
  return { width: w, height, text, arrangement: a, hosts, san, chip: chipOf(text) };
}
