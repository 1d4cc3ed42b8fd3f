/**
 * Pure geometry and numbers for the CPU lens: Gantt rows per pCPU grouped by core and
 * socket (siblings side by side), slice rectangles in a scrolling time window, hit
 * testing, run queues per pCPU, per-VM shares over a sliding window from the engine's
 * history, and the overcommit ratio. No React, no DOM: unit-tested beside this file.
 */
import { ENT, POWER, type HostTopo, type Snapshot } from '../../engine';

export interface GanttRow {
  pcpu: number;
  local: number;
  socket: number;
  core: number;
  thread: number;
  y: number;
  h: number;
}
export interface GanttLayout {
  rows: GanttRow[];
  cores: { socket: number; core: number; y: number; h: number }[];
  labelW: number;
  plotX: number;
  plotW: number;
  width: number;
  height: number;
}

const CORE_GAP = 5;
const SOCKET_GAP = 12;

export function ganttLayout(host: HostTopo, width: number, rowH = host.pcpuCount <= 8 ? 30 : 24, labelW = 128): GanttLayout {
  const rows: GanttRow[] = [];
  const cores: GanttLayout['cores'] = [];
  let y = 4;
  for (let s = 0; s < host.sockets; s++) {
    if (s > 0) y += SOCKET_GAP;
    for (let c = 0; c < host.coresPerSocket; c++) {
      if (c > 0) y += CORE_GAP;
      const top = y;
      for (let t = 0; t < host.threadsPerCore; t++) {
        const local = (s * host.coresPerSocket + c) * host.threadsPerCore + t;
        rows.push({ pcpu: host.pcpuOffset + local, local, socket: s, core: c, thread: t, y, h: rowH });
        y += rowH;
      }
      cores.push({ socket: s, core: c, y: top, h: y - top });
    }
  }
  const plotX = labelW + 8;
  return { rows, cores, labelW, plotX, plotW: Math.max(50, width - plotX - 4), width, height: y + 22 };
}

/** The tallest a row grows to when the lens frame has room (a two-row host stays a chart, not a wall). */
export const ROW_H_MAX = 120;

/**
 * The row height that fills `room` px of height with the chart (its rows, the gaps between
 * cores and sockets, and the time axis), between `least` (the row height it has without
 * room) and ROW_H_MAX, and never taller than `aspect` times its `width` (a phone's narrow
 * chart does not turn into a tower). Null room: `least`.
 */
export function grownRowH(host: HostTopo, width: number, room: number | null, least: number, aspect = 0.75): number {
  const n = host.sockets * host.coresPerSocket * host.threadsPerCore;
  if (room === null || n === 0) return least;
  const fixed = ganttLayout(host, width, 0).height;
  const fits = Math.floor((Math.min(room, aspect * width) - fixed) / n);
  return Math.max(least, Math.min(ROW_H_MAX, fits));
}

/** A pinned label column takes at most this share of its frame's width (never less than its size at 100 %). */
export const PINNED_SHARE = 0.4;

/**
 * Where the chart draws its column of row labels, and at what size: `x` in the chart's own
 * CSS pixels, `k` the column's scale against the chart's (1: as drawn with the chart). The
 * column is the chart's own until the reader pans the zoomed chart sideways; then it stays
 * at the frame's left edge, a frozen first column the slices scroll under. A deep zoom would
 * make that column most of a phone's frame, so as the pan begins it narrows with the room
 * left of the slices, down to PINNED_SHARE of the frame (never below its 100 % size), and
 * then stays that wide. `frameLeft` and `chartLeft` are the screen x of the frame's inside
 * and of the chart's drawing area, `zoom` the scale the chart is shown at, `frameW` the
 * frame's width on screen.
 */
export function pinnedLabels(layout: Pick<GanttLayout, 'plotX' | 'width'>, frameLeft: number, chartLeft: number, zoom: number, frameW: number): { x: number; k: number } {
  const z = zoom > 0 ? zoom : 1;
  const x = Math.max(0, Math.min(layout.width - layout.plotX, (frameLeft - chartLeft) / z));
  // Screen widths: the column at the chart's zoom, the least it narrows to, and the room left of the slices.
  const full = layout.plotX * z;
  const least = Math.min(full, Math.max(layout.plotX, PINNED_SHARE * frameW));
  const w = Math.max(least, Math.min(full, full - x * z));
  return { x, k: w / full };
}

export interface Slice {
  n: number;
  pcpu: number;
  ent: number;
  start: number;
  end: number;
  why: number;
  endWhy: number;
  detail: number;
  mig: number;
}

/** Slices of the snapshot plus the open one on every pCPU (end = now), oldest first. */
export function snapshotSlices(snap: Snapshot): Slice[] {
  const l = snap.cpu.slices;
  const out: Slice[] = [];
  for (let i = 0; i < l.pcpu.length; i++) {
    out.push({ n: l.first + i, pcpu: l.pcpu[i] ?? 0, ent: l.ent[i] ?? -1, start: l.start[i] ?? 0, end: l.end[i] ?? 0, why: l.why[i] ?? 0, endWhy: l.endWhy[i] ?? 0, detail: l.detail[i] ?? 0, mig: l.mig[i] ?? 0 });
  }
  return out;
}

export function openSlices(snap: Snapshot): Slice[] {
  const out: Slice[] = [];
  for (let p = 0; p < snap.pcpu.ent.length; p++) {
    const e = snap.pcpu.ent[p] ?? -1;
    if (e < 0) continue;
    const start = Math.min(snap.cpu.curStart[p] ?? snap.tick, snap.tick);
    out.push({ n: -1 - p, pcpu: p, ent: e, start, end: snap.tick + 1, why: snap.cpu.curWhy[p] ?? 0, endWhy: 0, detail: snap.cpu.curDetail[p] ?? 0, mig: snap.cpu.curMig[p] ?? 0 });
  }
  return out;
}

/** x of a tick inside the window [t1 - span, t1]. */
export function xOf(layout: GanttLayout, t1: number, span: number, tick: number): number {
  return layout.plotX + ((tick - (t1 - span)) / span) * layout.plotW;
}

export function rowOf(layout: GanttLayout, pcpu: number): GanttRow | undefined {
  return layout.rows.find((r) => r.pcpu === pcpu);
}

/** The slice under (x, y), if any. */
export function hitSlice(layout: GanttLayout, slices: readonly Slice[], t1: number, span: number, x: number, y: number): Slice | null {
  const row = layout.rows.find((r) => y >= r.y && y < r.y + r.h);
  if (row === undefined || x < layout.plotX) return null;
  const tick = t1 - span + ((x - layout.plotX) / layout.plotW) * span;
  for (let i = slices.length - 1; i >= 0; i--) {
    const s = slices[i];
    if (s !== undefined && s.pcpu === row.pcpu && tick >= s.start && tick < Math.max(s.end, s.start + span / layout.plotW)) return s;
  }
  return null;
}

/** Per pCPU of a host: who runs, and its run queue (ready entities whose home is that pCPU, in ready order). */
export function pcpuQueues(snap: Snapshot, host: number): { pcpu: number; running: number; queue: number[] }[] {
  const h = snap.topology.hosts[host];
  if (h === undefined) return [];
  const q = snap.queues[host] ?? [];
  return Array.from({ length: h.pcpuCount }, (_, i) => {
    const p = h.pcpuOffset + i;
    return { pcpu: p, running: snap.pcpu.ent[p] ?? -1, queue: q.filter((e) => (snap.cpu.home[e] ?? -1) === p) };
  });
}

/** Entities of a host in a given state (co-stopped, blocked). */
export function entitiesIn(snap: Snapshot, host: number, state: number): number[] {
  const out: number[] = [];
  for (let e = 0; e < snap.ent.state.length; e++) if (snap.ent.state[e] === state && entityHost(snap, e) === host) out.push(e);
  return out;
}

export function entityHost(snap: Snapshot, e: number): number {
  for (const vm of snap.topology.vms) if (e >= vm.entOffset && e < vm.entOffset + vm.vcpus) return vm.host;
  for (const c of snap.topology.containers) if (c.ent === e) return c.vm >= 0 ? -1 : c.host;
  return -1;
}

/** The VM index (or -1) an entity belongs to; containers get -2 - their index. */
export function ownerIndex(snap: Snapshot, e: number): number {
  const vms = snap.topology.vms;
  for (let i = 0; i < vms.length; i++) {
    const vm = vms[i];
    if (vm !== undefined && e >= vm.entOffset && e < vm.entOffset + vm.vcpus) return i;
  }
  const ci = snap.topology.containers.findIndex((c) => c.ent === e);
  return ci >= 0 ? -2 - ci : -1;
}

export interface Shares {
  run: number;
  ready: number;
  costop: number;
  wait: number;
  /** Work done, in % of a full core per vCPU (below %RUN when a hyperthread sibling is busy). */
  work: number;
  /** Held back by its cap (esxtop's %MLMTD): runnable, but its limit said no; not ready time. */
  mlmtd: number;
  /** Part of %RUN the pCPU spent on the hypervisor's work for this VM (its technique's exits, traps, translations, host-OS crossings). */
  ovh: number;
  /** Waiting on memory (swap-ins, decompression, blocked allocations): off the pCPU, no progress. */
  mem: number;
  /** Part of %RUN spent spinning on a lock a descheduled sibling vCPU holds (lock-holder preemption): on the pCPU, no progress. */
  spin: number;
}

/** A VM's %RUN/%RDY/%CSTP/%WAIT/%MLMTD/%MEM/%SPIN (per vCPU) averaged over the last `samples` history samples (100 ms each). */
export function vmShares(snap: Snapshot, vm: number, samples = 10): Shares | null {
  const c = snap.cpu;
  const nv = snap.topology.vms.length;
  const k = Math.min(samples, c.histN, c.histLen);
  if (k === 0 || vm >= nv) return null;
  const sum = { run: 0, ready: 0, costop: 0, wait: 0, work: 0, mlmtd: 0, ovh: 0, mem: 0, spin: 0 };
  for (let j = 0; j < k; j++) {
    const slot = (c.histN - 1 - j) % c.histLen;
    const base = (slot * nv + vm) * c.histStride;
    sum.run += c.hist[base] ?? 0;
    sum.ready += c.hist[base + 1] ?? 0;
    sum.costop += c.hist[base + 2] ?? 0;
    sum.wait += c.hist[base + 3] ?? 0;
    sum.work += c.hist[base + 4] ?? 0;
    sum.mlmtd += c.hist[base + 5] ?? 0;
    sum.ovh += c.hist[base + 6] ?? 0;
    sum.mem += c.hist[base + 7] ?? 0;
    sum.spin += c.hist[base + 8] ?? 0;
  }
  return { run: sum.run / k, ready: sum.ready / k, costop: sum.costop / k, wait: sum.wait / k, work: sum.work / k, mlmtd: sum.mlmtd / k, ovh: sum.ovh / k, mem: sum.mem / k, spin: sum.spin / k };
}

/** Steal (%RDY + %CSTP) per VM for every kept sample, oldest first: the chart's series. */
export function stealSeries(snap: Snapshot, host: number): { vm: number; points: { t: number; v: number }[] }[] {
  const c = snap.cpu;
  const nv = snap.topology.vms.length;
  const k = Math.min(c.histN, c.histLen);
  const out: { vm: number; points: { t: number; v: number }[] }[] = [];
  snap.topology.vms.forEach((vm, i) => {
    if (vm.host !== host) return;
    const points: { t: number; v: number }[] = [];
    for (let j = k - 1; j >= 0; j--) {
      const idx = c.histN - 1 - j;
      const base = ((idx % c.histLen) * nv + i) * c.histStride;
      points.push({ t: (idx + 1) * c.histPeriod, v: (c.hist[base + 1] ?? 0) + (c.hist[base + 2] ?? 0) });
    }
    out.push({ vm: i, points });
  });
  return out;
}

/** Powered vCPUs (and bare-host containers) per pCPU of a host. */
export function overcommit(snap: Snapshot, host: number): { vcpus: number; pcpus: number; ratio: number } {
  const h = snap.topology.hosts[host];
  const pcpus = h?.pcpuCount ?? 1;
  let vcpus = 0;
  snap.topology.vms.forEach((vm, i) => {
    if (vm.host === host && snap.vms.power[i] !== POWER.off) vcpus += vm.vcpus;
  });
  snap.topology.containers.forEach((c, i) => {
    if (c.vm < 0 && c.host === host && snap.containers.power[i] !== POWER.off) vcpus += 1;
  });
  return { vcpus, pcpus, ratio: vcpus / pcpus };
}

/**
 * What holds an entity back right now, if anything (esxtop's %MLMTD): a VM's cap ('cap'),
 * a container's cgroup quota ('quota'; a container whose quota is spent sits out the rest of
 * its period off the queues, engine: throttleEntity), or nothing (null).
 */
export function limitOf(snap: Snapshot, e: number): 'cap' | 'quota' | null {
  const owner = ownerIndex(snap, e);
  const kind = owner >= 0 ? 'cap' : 'quota';
  if (snap.ent.limited[e] === 1) return kind;
  if (snap.ent.state[e] !== ENT.ready) return null;
  const g = owner >= 0 ? owner : owner <= -2 ? snap.topology.vms.length + (-2 - owner) : -1;
  if (g < 0) return null;
  const budget = snap.cpu.capBudget[g] ?? -1;
  return budget >= 0 && (snap.cpu.capLeft[g] ?? 0) < 1 ? kind : null;
}

/** Is an entity held back by its cap or quota right now? */
export function isCapped(snap: Snapshot, e: number): boolean {
  return limitOf(snap, e) !== null;
}

/** "vm:1" for a VM's vCPU 1, the name for a container: short enough for a slice label. */
export function shortLabel(snap: Snapshot, e: number): string {
  for (const vm of snap.topology.vms) if (e >= vm.entOffset && e < vm.entOffset + vm.vcpus) return `${vm.name}:${e - vm.entOffset}`;
  return snap.topology.containers.find((c) => c.ent === e)?.name ?? `#${e}`;
}
