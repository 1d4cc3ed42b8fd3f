/**
 * Pure layout for the Cluster lens: one card per host (load, memory, its VMs, failed
 * or not), the frame grid of the migration in progress (cell geometry and counts per
 * page state), and the bar chart of the dirty set per pre-copy round against the
 * largest set that could be copied within the allowed downtime.
 */
import { scaleBand, scaleLinear } from 'd3';
import { GRID_PAGES, LOAD_SAMPLE_PERIOD, LOAD_SAMPLES, PAGE, POWER, type MigrationSummary, type RoundStat, type Scenario, type Snapshot } from '../../engine';
import { dodgeLabels } from '../shared/geometry';

export interface VmChip {
  index: number;
  id: string;
  name: string;
  power: number;
  memoryMiB: number;
  workload: string;
  migrating: 'out' | 'in' | 'queued' | null;
}

export interface HostCard {
  index: number;
  id: string;
  name: string;
  failed: boolean;
  /** CPU demand now, in whole % (the bar, its number and the load chart's end all draw this). */
  cpuPct: number;
  memPct: number;
  reservedMiB: number;
  freeMiB: number;
  memoryMiB: number;
  pcpus: number;
  /** Configured memory of its powered VMs, and as % of the host (over 100: overcommitted). */
  configuredMiB: number;
  configuredPct: number;
  /** Seconds until HA declares this failed host dead, or null. */
  haWaitS: number | null;
  vms: VmChip[];
}

export function hostCards(snap: Snapshot): HostCard[] {
  const t = snap.topology;
  const cl = snap.fleet.cl;
  const m = cl.migration;
  const wait = new Map(cl.haPending.map((p) => [p.host, p.at]));
  return t.hosts.map((h, i) => {
    const f = snap.fleet.hosts[i];
    const vms = t.vms.flatMap((vm, j): VmChip[] => {
      if (vm.host !== i) return [];
      const migrating = m?.vm === vm.id ? (m.phase === 'precopy' ? 'out' : 'in') : cl.queue.some((q) => q.vm === vm.id) ? 'queued' : null;
      return [{ index: j, id: vm.id, name: vm.name, power: snap.vms.power[j] ?? POWER.off, memoryMiB: vm.memoryMiB, workload: vm.workload, migrating }];
    });
    return {
      index: i, id: h.id, name: h.name, failed: f?.failed ?? false, cpuPct: Math.round(f?.cpuDemandPct ?? 0), memPct: f?.memPct ?? 0,
      reservedMiB: f?.reservedMiB ?? 0, freeMiB: f?.freeMiB ?? 0, memoryMiB: h.memoryMiB, pcpus: h.pcpuCount,
      configuredMiB: f?.configuredMiB ?? 0, configuredPct: Math.round((100 * (f?.configuredMiB ?? 0)) / Math.max(1, h.memoryMiB)),
      haWaitS: wait.has(h.id) ? Math.max(0, Math.ceil(((wait.get(h.id) ?? 0) - snap.tick) / 1000)) : null, vms,
    };
  });
}

export const GRID_COLS = 32;

export interface GridGeometry {
  cols: number;
  rows: number;
  cell: number;
  width: number;
  height: number;
}

/** Square cells filling `width`, at least 6 px so a projector shows them. */
export function gridGeometry(width: number): GridGeometry {
  const cell = Math.max(6, Math.floor(width / GRID_COLS));
  const rows = Math.ceil(GRID_PAGES / GRID_COLS);
  return { cols: GRID_COLS, rows, cell, width: cell * GRID_COLS, height: cell * rows };
}

export function cellRect(g: GridGeometry, page: number): { x: number; y: number; s: number } {
  return { x: (page % g.cols) * g.cell, y: Math.floor(page / g.cols) * g.cell, s: g.cell };
}

export function pageCounts(pages: Uint8Array): { pending: number; copied: number; dirty: number } {
  const out = { pending: 0, copied: 0, dirty: 0 };
  for (const p of pages) {
    if (p === PAGE.pending) out.pending += 1;
    else if (p === PAGE.copied) out.copied += 1;
    else if (p === PAGE.dirty) out.dirty += 1;
  }
  return out;
}

/** A migrated VM's memory on its destination now, in MiB (the memory model's pages x its page size). */
export interface Arrival {
  /** In the destination's RAM: private or shared frames. */
  residentMiB: number;
  memoryMiB: number;
  /** Never touched by the guest: nothing to copy, nothing resident. */
  untouchedMiB: number;
  /** Ballooned, compressed or swapped on the destination. */
  elsewhereMiB: number;
}

/**
 * What became of the last migrated VM's memory: read from the memory model's page counts
 * now (the pre-copied pages are its memory, so it arrives resident, not cold). Null when
 * the VM is gone, off, or no longer on the host it moved to, or has stopped running there
 * since it arrived (a restart there rebuilds its memory from scratch: not the copy's).
 */
export function arrivalNow(snap: Snapshot, last: MigrationSummary): Arrival | null {
  const t = snap.topology;
  const v = t.vms.findIndex((vm) => vm.id === last.vm);
  const host = t.hosts[t.vms[v]?.host ?? -1];
  const mem = snap.memory.vms[v];
  const pageMiB = snap.memory.hosts[t.vms[v]?.host ?? -1]?.pageMiB;
  if (last.leftAt !== undefined || v < 0 || host?.id !== last.to || snap.vms.power[v] !== POWER.on || mem === undefined || pageMiB === undefined) return null;
  const c = mem.counts;
  return {
    residentMiB: (c.resident + c.shared) * pageMiB,
    memoryMiB: mem.pages * pageMiB,
    untouchedMiB: c.untouched * pageMiB,
    elsewhereMiB: (c.ballooned + c.compressed + c.swapped) * pageMiB,
  };
}

/** Pages that fit into the allowed downtime: the dirty set must shrink below this for stop-and-copy. */
export function stopThresholdPages(linkMiBps: number, maxDowntimeMs: number, pageMiB: number): number {
  return Math.max(0, Math.floor(((maxDowntimeMs - 3) * linkMiBps) / 1000 / pageMiB));
}

export interface RoundBar {
  round: number;
  x: number;
  w: number;
  y: number;
  h: number;
  dirty: number;
  throttlePct: number;
}

export function roundBars(rounds: readonly RoundStat[], width: number, height: number, threshold: number): { bars: RoundBar[]; thresholdY: number } {
  const shown = rounds.slice(-16);
  const x = scaleBand<number>().domain(shown.map((r) => r.round)).range([0, width]).padding(0.2);
  const max = Math.max(threshold * 1.2, ...shown.map((r) => r.dirtiedPages), 1);
  const y = scaleLinear().domain([0, max]).range([height, 0]);
  const bars = shown.map((r) => ({ round: r.round, x: x(r.round) ?? 0, w: x.bandwidth(), y: y(r.dirtiedPages), h: height - y(r.dirtiedPages), dirty: r.dirtiedPages, throttlePct: r.throttlePct }));
  return { bars, thresholdY: y(threshold) };
}

export interface LoadLine {
  host: number;
  path: string;
  /** Where the line ends, for its label. */
  endX: number;
  endY: number;
  /** Label position, pushed apart so labels of close lines do not overlap. */
  labelY: number;
  last: number;
}

/**
 * The load chart's samples, ending now: the engine samples every LOAD_SAMPLE_PERIOD
 * ticks, so its last sample can be older than the host cards beside the chart. The
 * chart ends on the cards' own whole-% figures at the current tick (replacing a sample
 * taken at this tick), so its end labels and the bars say the same number.
 */
export function loadSeries(snap: Snapshot): { tick: number; cpuPct: number[] }[] {
  const history = snap.fleet.cl.loadHistory;
  if (history.length === 0) return [];
  const now = { tick: snap.tick, cpuPct: snap.topology.hosts.map((_, i) => Math.round(snap.fleet.hosts[i]?.cpuDemandPct ?? 0)) };
  return [...history.filter((s) => s.tick < snap.tick), now];
}

/** The time the load chart spans (ms), ending now: as long as the engine keeps samples (30 s). */
export const LOAD_SPAN_MS = LOAD_SAMPLE_PERIOD * LOAD_SAMPLES;

/**
 * One polyline per host through its CPU demand samples; x from `spanMs` ago (the left
 * edge) to now (the right edge), so in a run's first seconds the lines take the right end
 * only, at the pace the caption's "last 30 s" says; y from 0 to at least 100 %; end
 * labels `gap` apart at least and inside the drawing (its `pad` of room above and below the plot).
 */
export function loadLines(history: readonly { tick: number; cpuPct: number[] }[], width: number, height: number, gap = 11, pad = { top: 0, bottom: 0 }, spanMs = LOAD_SPAN_MS): { lines: LoadLine[]; y100: number; maxPct: number } {
  const lastTick = history.at(-1)?.tick ?? 1;
  const maxPct = Math.max(100, ...history.flatMap((h) => h.cpuPct));
  const x = scaleLinear().domain([lastTick - spanMs, lastTick]).range([0, width]).clamp(true);
  const y = scaleLinear().domain([0, maxPct]).range([height, 0]);
  const hosts = history.at(-1)?.cpuPct.length ?? 0;
  const lines = Array.from({ length: hosts }, (_, h): LoadLine => {
    const pts = history.map((s) => [x(s.tick), y(s.cpuPct[h] ?? 0)] as const);
    const end = pts.at(-1) ?? [0, height];
    return { host: h, path: pts.map(([px, py], i) => `${i === 0 ? 'M' : 'L'}${px.toFixed(1)},${py.toFixed(1)}`).join(''), endX: end[0], endY: end[1], labelY: end[1], last: history.at(-1)?.cpuPct[h] ?? 0 };
  });
  const labels = dodgeLabels(lines.map((l) => l.endY), gap, gap / 2 - pad.top, height + pad.bottom - gap / 2);
  lines.forEach((l, i) => (l.labelY = labels[i] ?? l.endY));
  return { lines, y100: y(100), maxPct };
}

/** A migration the scenario itself will start: which VM, to which host, at which tick (names as drawn). */
export interface ScriptedMove {
  vm: string;
  to: string;
  at: number;
}

/** The first migration `scenario` schedules after `tick`, with its VM's and host's names from `snap`; null when none. */
export function nextScriptedMove(scenario: Pick<Scenario, 'events'> | null, tick: number, snap: Pick<Snapshot, 'topology'>): ScriptedMove | null {
  let next: ScriptedMove | null = null;
  for (const e of scenario?.events ?? []) {
    if (e.at <= tick || e.command.type !== 'migrateVm' || (next !== null && e.at >= next.at)) continue;
    const { vm, host } = e.command;
    const vmName = snap.topology.vms.find((x) => x.id === vm)?.name ?? vm;
    const hostName = snap.topology.hosts.find((x) => x.id === host)?.name ?? host;
    next = { vm: vmName, to: hostName, at: e.at };
  }
  return next;
}
