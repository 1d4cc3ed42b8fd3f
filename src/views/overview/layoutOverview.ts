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
import type { HostTopo, Topology } from '../../engine';
import type { Point, Rect } from '../shared/geometry';
import { boldPx, lineH } from '../shared/labels';
import { textWidth, wrappedRows } from '../fitText';
import { placeSan, type SanBand } from './layoutSan';
import { hardwareTitleLines, hostTitleLines, OV_TEXT, powerBeside, type OvText } from './ovText';
import { band, chipOf, engineColumn, engineNeeds, engineRows, L, rowHeight, vcpuPerRow, vmHead } from './guestRow';

export interface VmBox extends Rect {
  index: number;
  /** Centre line of its name (and its power state, right, when `powerY` is null). */
  nameY: number;
  /** Centre line of its power state's own line, under its name (left), when the name and the widest power word do not fit one line; else null. */
  powerY: number | null;
  app: Rect;
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
  const app: Rect = { x: bx + 4, y: cy, w: colW - 8, h: bh };
  cy += bh + 2;
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
  return { index: i, x: bx, y, w: colW, h, nameY, powerY: beside ? null : y + 2 + lineH(tx.name) + lineH(tx.tiny) / 2, app, os, containers, vcpus, mem };
}

/** VMs then the container engine, in rows of columns; null when one row leaves a column too narrow for a name. */
function layoutGuests(t: Topology, hi: number, x: number, y: number, w: number, oneRow: boolean, wrap: boolean, tx: OvText): (Pick<HostBox, 'vms' | 'engine'> & { height: number }) | null {
  const vms = t.vms.flatMap((vm, i) => (vm.host === hi ? [i] : []));
  const bare = t.containers.flatMap((c, i) => (c.vm < 0 && c.host === hi ? [{ c, i }] : []));
  const count = vms.length + (bare.length > 0 ? 1 : 0);
  const minCol = Math.max(L.minCol, 9.5 * tx.small);
  const perRow = oneRow ? Math.max(1, count) : Math.max(1, Math.min(count, Math.floor((w + L.gap) / (minCol + L.gap))));
  const colW = (w - L.gap * (perRow - 1)) / perRow;
  if (oneRow && colW < Math.max(64, 5.5 * tx.name)) return null;
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

/** The widest a core is drawn (drawing units): its cells hold a name of at most (CORE_MAX_W - 8) / threads per core. */
const CORE_MAX_W = 140;

/**
 * The hardware at (x, y), `w` wide: sockets left, local devices right, RAM above the devices. When `words` are given
 * (its lines wrapped), the least tall of: that, the sockets only as wide as their cores need, and the RAM line across
 * the top (its bar still above the devices).
 */
function layoutHardware(h: HostTopo, x: number, y: number, w: number, tx: OvText, words?: readonly [string, string], cellW = 0): Pick<HostBox, 'sockets' | 'memory' | 'memoryLabelY' | 'memoryBar' | 'devices' | 'deviceLines' | 'deviceRows'> & { height: number } {
  // A thread cell wide enough for a few letters of what runs on it.
  const threadMin = Math.max(L.thread.minW, 3.2 * tx.tiny);
  const few = hardwareShape(h, w, tx, threadMin, w * 0.6, words);
  // Wide enough for the whole name of every vCPU of the host's VMs (cellLabel's first form) when that cuts no word the
  // other shape does not, and costs no height at the projector (its drawing is fitted at 14 px), at most a quarter of
  // the hardware's elsewhere: the sockets take up to 4/5 of the width, the RAM and the devices the rest, or all of it
  // with them under it (a data centre's 8 rows of cores read "vm-29:2" where they read "…29:2"; on a phone its RAM and
  // disks go under the sockets, 80 units taller of 320).
  if (cellW > threadMin && cellW * h.threadsPerCore + 8 <= CORE_MAX_W) {
    const whole = hardwareShape(h, w, tx, cellW, null, words);
    if (whole.height <= few.height * (tx.brief === true ? 1 : 1.25) && (whole.fits || !few.fits)) return placeHardware(h, x, y, w, tx, whole);
  }
  return placeHardware(h, x, y, w, tx, few);
}

/** What layoutHardware chose: the sockets' width, the cores' least width, the side column, the heights and the lines' rows. */
interface HardwareShape {
  cpuW: number;
  coreMin: number;
  sideW: number;
  sockH: number;
  rows: [number, number];
  height: number;
  across: boolean;
  below: boolean;
  /** Whether every word of its RAM and disks lines fits its column (a phone's RAM line cut "3.0/256.…" beside wider cells). */
  fits: boolean;
}

/**
 * The least tall shape of the hardware with cells at least `threadMin` wide: the sockets `cpuW0` wide, or (null) the
 * least width, up to 4/5 of the host's, that has as few rows of cores as 4/5 would, or the whole width.
 */
function hardwareShape(h: HostTopo, w: number, tx: OvText, threadMin: number, cpuW0: number | null, words?: readonly [string, string]): HardwareShape {
  const line = lineH(tx.tiny);
  const threadH = line + 4;
  // At the projector (tx.coreW) at least as wide as its name too.
  const coreMin = Math.max(threadMin * h.threadsPerCore + 8, 40, (tx.coreW ?? 0) + 7);
  const perRow = (cpuW: number): number => Math.max(1, Math.floor(((cpuW - L.gap * (h.sockets - 1)) / h.sockets - 8 + 4) / (coreMin + 4)));
  const coreH = 1 + lineH(tx.core) + threadH + 2;
  const coresTop = 2 + line;
  const rowsOf = (s: string | undefined, maxW: number): number => wrappedRows(s, maxW, tx.tiny);
  const memH = (rows: number): number => 1 + rows * line + 1 + 8 + 3;
  // Across the top only the RAM line: its bar heads the devices' column.
  const labelH = (rows: number): number => 1 + rows * line + 2;
  const shape = (cpuW: number, across: boolean, below = false) => {
    // Below (the projector's brief composition): the sockets across the whole width, the RAM and the devices under them.
    const sideW = below ? w : w - cpuW - L.gap;
    const sockH = coresTop + Math.ceil(h.coresPerSocket / perRow(cpuW)) * (coreH + 3);
    const rows: [number, number] = [rowsOf(words?.[0], (across ? w : sideW) - 8), rowsOf(words?.[1], sideW - 8)];
    const devH = 2 + (rows[1] + 1) * line + 2;
    const height = below ? sockH + 3 + memH(rows[0]) + 3 + devH : across ? labelH(rows[0]) + 3 + Math.max(sockH, 8 + 3 + devH) : Math.max(sockH, memH(rows[0]) + 3 + devH);
    // Whether every word of the RAM and disks lines fits its column (else a word is cut, wrapped or not).
    const fits = [words?.[0], words?.[1]].every((s, k) => (s ?? '').split(' ').every((word) => textWidth(word, tx.tiny) <= (k === 0 && across ? w : sideW) - 8));
    return { cpuW, sideW, sockH, rows, height, across, below, fits };
  };
  const fewest = (cpuW: number): number => Math.min(h.coresPerSocket, perRow(cpuW));
  const need = (n: number): number => h.sockets * (8 + n * (coreMin + 4) - 4) + L.gap * (h.sockets - 1);
  // Null: the least width, up to 4/5 of the host's, that has the rows of cores 4/5 has.
  const wide = cpuW0 ?? Math.min(w * 0.8, need(fewest(w * 0.8)));
  const narrow = Math.min(wide, need(fewest(wide)));
  const all = words === undefined ? [shape(wide, false)] : [shape(wide, false), shape(narrow, false), shape(wide, true), ...(tx.brief === true || cpuW0 === null ? [shape(w, false, true)] : [])];
  // At the projector, and beside cells widened for whole names (which may also put the RAM and devices under the
  // sockets), a shape that cuts no word of its lines first.
  const whole = tx.brief === true || cpuW0 === null ? all.filter((sh) => sh.fits) : [];
  const shapes = whole.length > 0 ? whole : all;
  const { cpuW, sideW, sockH, rows, height, across, below, fits } = shapes.reduce((a, b) => (b.height < a.height ? b : a));
  return { cpuW, coreMin, sideW, sockH, rows, height, across, below, fits };
}

/** The hardware's parts placed at (x, y) in `shape`. */
function placeHardware(h: HostTopo, x: number, y: number, w: number, tx: OvText, shape: HardwareShape): Pick<HostBox, 'sockets' | 'memory' | 'memoryLabelY' | 'memoryBar' | 'devices' | 'deviceLines' | 'deviceRows'> & { height: number } {
  const { cpuW, coreMin, sideW, sockH, rows: deviceRows, height, across, below } = shape;
  const line = lineH(tx.tiny);
  const threadH = line + 4;
  const coresTop = 2 + line;
  const coreH = 1 + lineH(tx.core) + threadH + 2;
  const memH = (rows: number): number => 1 + rows * line + 1 + 8 + 3;
  const labelH = (rows: number): number => 1 + rows * line + 2;
  const coresPerRow = Math.max(1, Math.floor(((cpuW - L.gap * (h.sockets - 1)) / h.sockets - 8 + 4) / (coreMin + 4)));
  const sockW = (cpuW - L.gap * (h.sockets - 1)) / h.sockets;
  const side = below ? x : x + cpuW + L.gap;
  const memTop = below ? y + sockH + 3 : y;
  const memory: Rect = across ? { x, y, w, h: labelH(deviceRows[0]) } : { x: side, y: memTop, w: sideW, h: memH(deviceRows[0]) };
  // Where the sockets start, and the devices.
  const top = across ? y + memory.h + 3 : y;
  const barY = across ? top : memTop + 2 + deviceRows[0] * line;
  const devTop = across ? top + 8 + 3 : memTop + memory.h + 3;
  const sockets = Array.from({ length: h.sockets }, (_s, s) => {
    const sx = x + s * (sockW + L.gap);
    const cw = Math.min((sockW - 8 - 4 * (Math.min(coresPerRow, h.coresPerSocket) - 1)) / Math.min(coresPerRow, h.coresPerSocket), CORE_MAX_W);
    const cores = Array.from({ length: h.coresPerSocket }, (_c, c) => {
      const cx = sx + 4 + (c % coresPerRow) * (cw + 4);
      const cy = top + coresTop + Math.floor(c / coresPerRow) * (coreH + 3);
      const tw = (cw - 6 - 2 * (h.threadsPerCore - 1)) / h.threadsPerCore;
      const threads = Array.from({ length: h.threadsPerCore }, (_t, th) => ({
        pcpu: h.pcpuOffset + (s * h.coresPerSocket + c) * h.threadsPerCore + th,
        rect: { x: cx + 3 + th * (tw + 2), y: cy + 1 + lineH(tx.core), w: tw, h: threadH },
      }));
      return { rect: { x: cx, y: cy, w: cw, h: coreH }, labelY: cy + 0.5 + lineH(tx.core) / 2, threads };
    });
    return { rect: { x: sx, y: top, w: sockW, h: sockH }, labelY: top + 1 + line / 2, cores };
  });
  return {
    sockets,
    memory,
    memoryLabelY: memTop + 1 + line / 2,
    memoryBar: { x: side + 4, y: barY, w: sideW - 8, h: 8 },
    devices: { x: side, y: devTop, w: sideW, h: y + height - devTop },
    deviceLines: [devTop + 2 + line / 2, devTop + 2 + line * (deviceRows[1] + 0.5)],
    deviceRows,
    height,
  };
}

/** How wide a pCPU cell of host `hi` must be for the whole name of any vCPU or container that may run on it (cellLabel's first form). */
function wholeCellW(t: Topology, hi: number, tx: OvText): number {
  const names = [...t.vms.filter((vm) => vm.host === hi).map((vm) => `${vm.name}:${Math.max(0, vm.vcpus - 1)}`), ...t.containers.filter((c) => c.host === hi).map((c) => c.name)];
  // The cell's text has 2 px each side (PcpuCells: cellText's room is the cell's width less 4).
  return names.reduce((most, n) => Math.max(most, textWidth(n, tx.tiny) + 4), 0);
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
