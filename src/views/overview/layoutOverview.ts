/**
 * Pure layout of the Overview lens: topology + width -> rectangles. Hosts stack
 * vertically; in each, the architecture stack from top to bottom: guests (VMs and the
 * container engine), host OS (type 2 only), hypervisor, hardware (sockets > cores >
 * threads, memory, disks, NICs). No React, no DOM: tested in Node.
 */
import type { HostTopo, Topology } from '../../engine';
import type { Rect } from '../shared/geometry';

export interface VmBox extends Rect {
  index: number;
  app: Rect;
  os: Rect;
  containers: { index: number; rect: Rect }[];
  vcpus: { ent: number; rect: Rect }[];
  mem: Rect;
}

export interface HostBox extends Rect {
  index: number;
  vms: VmBox[];
  engine: (Rect & { containers: { index: number; ent: number; rect: Rect }[] }) | null;
  hostOs: Rect | null;
  hypervisor: Rect;
  queue: Rect;
  hardware: Rect;
  sockets: { rect: Rect; cores: { rect: Rect; threads: { pcpu: number; rect: Rect }[] }[] }[];
  memory: Rect;
  devices: Rect;
}

/** The SAN under the hosts: its arrays pooled as one store, reached by every host over the fabric. */
export interface SanBand extends Rect {
  arrays: { index: number; rect: Rect }[];
  /** The fabric: a trunk down the right margin, with one branch from each host's devices. */
  trunkX: number;
}

export interface OverviewLayout {
  width: number;
  height: number;
  hosts: HostBox[];
  san: SanBand | null;
}

const SAN = { head: 40, array: { minW: 170, h: 62, gap: 8 } } as const;

/** The SAN band at `y`: arrays left to right, as many rows as the width needs. */
export function layoutSan(arrays: number, y: number, w: number): SanBand | null {
  if (arrays === 0) return null;
  const inner = w - 2 * L.pad - 16;
  const perRow = Math.max(1, Math.min(arrays, Math.floor((inner + SAN.array.gap) / (SAN.array.minW + SAN.array.gap))));
  const aw = (inner - (perRow - 1) * SAN.array.gap) / perRow;
  const rows = Math.ceil(arrays / perRow);
  const boxes = Array.from({ length: arrays }, (_, i) => ({
    index: i,
    rect: { x: L.pad + 8 + (i % perRow) * (aw + SAN.array.gap), y: y + SAN.head + Math.floor(i / perRow) * (SAN.array.h + SAN.array.gap), w: aw, h: SAN.array.h },
  }));
  return { x: L.pad, y, w: w - 2 * L.pad, h: SAN.head + rows * (SAN.array.h + SAN.array.gap) + 4, arrays: boxes, trunkX: w - L.pad / 2 };
}

export const L = {
  pad: 12,
  gap: 8,
  title: 22,
  band: 18,
  chip: { w: 26, h: 20, gap: 4 },
  layer: 30,
  hypervisor: 100,
  minCol: 104,
  thread: { h: 26, minW: 22 },
} as const;

const GUEST_HEADER = 20;

function vcpuRows(vcpus: number, w: number): number {
  const perRow = Math.max(1, Math.floor((w - 8) / (L.chip.w + L.chip.gap)));
  return Math.ceil(vcpus / perRow);
}

function guestsHeight(t: Topology, host: number, colW: number): number {
  let h = 0;
  t.vms.forEach((vm, i) => {
    if (vm.host !== host) return;
    const inside = t.containers.filter((c) => c.vm === i).length;
    const chips = vcpuRows(vm.vcpus, colW) * (L.chip.h + L.chip.gap);
    h = Math.max(h, GUEST_HEADER + L.band * 2 + (inside > 0 ? inside * (L.band + 2) + 4 : 0) + chips + 26);
  });
  const bare = t.containers.filter((c) => c.vm < 0 && c.host === host).length;
  if (bare > 0) h = Math.max(h, GUEST_HEADER + 18 + bare * (L.band + 6) + 8);
  return Math.max(h, 80);
}

/** Guest columns per row at this width: as many as fit at L.minCol each. */
function columns(count: number, w: number): { perRow: number; colW: number; rows: number } {
  const perRow = Math.max(1, Math.min(count, Math.floor((w + L.gap) / (L.minCol + L.gap))));
  return { perRow, colW: (w - L.gap * (perRow - 1)) / perRow, rows: Math.max(1, Math.ceil(count / perRow)) };
}

function vmBox(t: Topology, i: number, bx: number, y: number, colW: number, h: number): VmBox {
  const vm = t.vms[i];
  const vcpuCount = vm?.vcpus ?? 0;
  let cy = y + GUEST_HEADER;
  const app: Rect = { x: bx + 4, y: cy, w: colW - 8, h: L.band };
  cy += L.band + 2;
  const containers = t.containers
    .map((c, ci) => ({ c, ci }))
    .filter(({ c }) => c.vm === i)
    .map(({ ci }) => {
      const rect = { x: bx + 8, y: cy, w: colW - 16, h: L.band };
      cy += L.band + 2;
      return { index: ci, rect };
    });
  const os: Rect = { x: bx + 4, y: cy, w: colW - 8, h: L.band };
  cy += L.band + 4;
  const perRow = Math.max(1, Math.floor((colW - 8) / (L.chip.w + L.chip.gap)));
  const vcpus = Array.from({ length: vcpuCount }, (_v, k) => ({
    ent: (vm?.entOffset ?? 0) + k,
    rect: {
      x: bx + 4 + (k % perRow) * (L.chip.w + L.chip.gap),
      y: cy + Math.floor(k / perRow) * (L.chip.h + L.chip.gap),
      w: L.chip.w,
      h: L.chip.h,
    },
  }));
  const mem: Rect = { x: bx + 4, y: y + h - 16, w: colW - 8, h: 10 };
  return { index: i, x: bx, y, w: colW, h, app, os, containers, vcpus, mem };
}

/** VMs then the container engine, in rows of columns; returns the boxes and total height. */
function layoutGuests(t: Topology, hostIndex: number, x: number, y: number, w: number): Pick<HostBox, 'vms' | 'engine'> & { height: number } {
  const vms = t.vms.flatMap((vm, i) => (vm.host === hostIndex ? [i] : []));
  const bare = t.containers.flatMap((c, i) => (c.vm < 0 && c.host === hostIndex ? [{ c, i }] : []));
  const count = vms.length + (bare.length > 0 ? 1 : 0);
  const { perRow, colW, rows } = columns(count, w);
  const h = guestsHeight(t, hostIndex, colW);
  const at = (k: number): { x: number; y: number } => ({ x: x + (k % perRow) * (colW + L.gap), y: y + Math.floor(k / perRow) * (h + L.gap) });
  const boxes = vms.map((i, k) => {
    const p = at(k);
    return vmBox(t, i, p.x, p.y, colW, h);
  });
  let engine: HostBox['engine'] = null;
  if (bare.length > 0) {
    const p = at(vms.length);
    engine = {
      x: p.x,
      y: p.y,
      w: colW,
      h,
      containers: bare.map(({ c, i }, k) => ({
        index: i,
        ent: c.ent,
        rect: { x: p.x + 6, y: p.y + GUEST_HEADER + 18 + k * (L.band + 6), w: colW - 12, h: L.band + 2 },
      })),
    };
  }
  return { vms: boxes, engine, height: rows * h + (rows - 1) * L.gap };
}

function layoutHardware(h: HostTopo, x: number, y: number, w: number): Pick<HostBox, 'sockets' | 'memory' | 'devices'> & { height: number } {
  const cpuW = w * 0.6;
  const sockW = (cpuW - L.gap * (h.sockets - 1)) / h.sockets;
  const coreW = Math.max(L.thread.minW * h.threadsPerCore + 8, 40);
  const coresPerRow = Math.max(1, Math.floor((sockW - 8) / (coreW + 4)));
  const coreRows = Math.ceil(h.coresPerSocket / coresPerRow);
  const coreH = L.thread.h + 18;
  const sockH = 20 + coreRows * (coreH + 4) + 4;
  const sockets = Array.from({ length: h.sockets }, (_s, s) => {
    const sx = x + s * (sockW + L.gap);
    const cw = Math.min((sockW - 8) / Math.min(coresPerRow, h.coresPerSocket) - 4, 140);
    const cores = Array.from({ length: h.coresPerSocket }, (_c, c) => {
      const cx = sx + 4 + (c % coresPerRow) * (cw + 4);
      const cy = y + 20 + Math.floor(c / coresPerRow) * (coreH + 4);
      const tw = (cw - 6 - 2 * (h.threadsPerCore - 1)) / h.threadsPerCore;
      const threads = Array.from({ length: h.threadsPerCore }, (_t, th) => ({
        pcpu: h.pcpuOffset + (s * h.coresPerSocket + c) * h.threadsPerCore + th,
        rect: { x: cx + 3 + th * (tw + 2), y: cy + 15, w: tw, h: L.thread.h },
      }));
      return { rect: { x: cx, y: cy, w: cw, h: coreH }, threads };
    });
    return { rect: { x: sx, y, w: sockW, h: sockH }, cores };
  });
  const side = x + cpuW + L.gap;
  const sideW = w - cpuW - L.gap;
  const height = Math.max(sockH, 84);
  return {
    sockets,
    memory: { x: side, y, w: sideW, h: 38 },
    devices: { x: side, y: y + 44, w: sideW, h: Math.max(36, height - 44) },
    height,
  };
}

/** Lay out every host for a view `width` pixels wide. */
export function layoutOverview(t: Topology, width: number): OverviewLayout {
  const w = Math.max(width, 320);
  const hosts: HostBox[] = [];
  let y = L.pad;
  t.hosts.forEach((host, hi) => {
    const inner = w - 2 * L.pad - 16;
    const x = L.pad + 8;
    const top = y;
    let cy = y + L.title;
    const { height: gh, ...guests } = layoutGuests(t, hi, x, cy, inner);
    cy += gh + L.gap;
    const hypervisor = { x, y: cy, w: inner, h: L.hypervisor };
    const queue = { x: x + 8, y: cy + 72, w: inner - 16, h: L.chip.h };
    cy += L.hypervisor + L.gap;
    // Type 2: the host OS sits between the hypervisor and the hardware.
    const hostOs = host.hypervisor.type === 'type2' ? { x, y: cy, w: inner, h: L.layer } : null;
    if (hostOs !== null) cy += L.layer + L.gap;
    const hw = layoutHardware(host, x + 6, cy + 20, inner - 12);
    const hardware = { x, y: cy, w: inner, h: hw.height + 28 };
    cy += hardware.h + L.pad;
    hosts.push({
      index: hi,
      x: L.pad,
      y: top,
      w: w - 2 * L.pad,
      h: cy - top,
      ...guests,
      hostOs,
      hypervisor,
      queue,
      hardware,
      sockets: hw.sockets,
      memory: hw.memory,
      devices: hw.devices,
    });
    y = cy + L.gap;
  });
  const san = layoutSan(t.storageArrays.length, y + L.gap, w);
  return { width: w, height: san === null ? y : san.y + san.h + L.pad, hosts, san };
}
