/**
 * One millisecond of every GPU, at `execute` (after the CPUs ran theirs). Each running
 * VM with a GPU queues work at its demand, in whole GPU-milliseconds (a kernel launch; up
 * to GPU_BACKLOG_MS queued); then, by the device's mode:
 * - passthrough: its one VM runs on the whole GPU;
 * - timeslice: the holder runs for up to `timesliceMs` while it has work, then the
 *   scheduler moves round-robin to the next VM with work; a switch to another VM costs
 *   GPU_SWITCH_MS of the GPU's time; every other VM with work waits;
 * - mig: each VM runs on its own slices (slices / 7 of the GPU) and never waits for another.
 * A VM whose work needs more GPU memory than its slice fails to allocate (no spill into a
 * neighbour's memory) and queues nothing. Every GPU_PERIOD_MS the per-period counters
 * become the shares and utilisation the snapshot reports.
 */
import { POWER } from '../kernel/codes';
import { pushEvent } from '../kernel/events';
import { MIG_COMPUTE_SLICES } from '../scenario/gpu';
import { GPU_BACKLOG_MS, GPU_SWITCH_MS, GPU_PERIOD_MS } from './model';
import type { GpuAtt, GpuDev, GpuWorld } from './state';

const EPS = 1e-9;

/** Queue this millisecond's work for `a` and say whether it may run (powered, its memory allocated). */
function queueWork(st: GpuWorld, a: GpuAtt): void {
  const on = st.vmPower[a.vm] === POWER.on;
  const oom = on && a.needGiB > a.sliceGiB;
  if (oom && !a.oom) {
    const vm = st.topology.vms[a.vm]?.name ?? a.vmId;
    pushEvent(st.events, st.tick, 'info', 'gpu.ev.oom', { vm, need: a.needGiB, slice: a.sliceGiB });
  }
  a.oom = oom;
  a.ready = on && !oom;
  if (!a.ready) {
    a.backlog = 0;
    a.credit = 0;
    return;
  }
  a.credit += a.demand;
  if (a.credit >= 1 - EPS && a.backlog + 1 <= GPU_BACKLOG_MS + EPS) {
    a.backlog += 1;
    a.credit -= 1;
  }
  a.credit = Math.min(a.credit, 1);
}

function run(a: GpuAtt, capacity: number): number {
  const done = Math.min(capacity, a.backlog);
  a.backlog -= done;
  a.doneMs += done;
  a.winDone += done;
  return done;
}

const hasWork = (a: GpuAtt | undefined): boolean => a !== undefined && a.ready && a.backlog > EPS;

/** The next of the device's attachments after `from` (round robin) that is ready with work, or -1. */
function nextWithWork(d: GpuDev, atts: GpuAtt[]): number {
  const mine = d.atts;
  const k = mine.indexOf(d.holder);
  for (let n = 1; n <= mine.length; n++) {
    const i = mine[(k + n + mine.length) % mine.length] ?? -1;
    if (hasWork(atts[i])) return i;
  }
  return -1;
}

/** One ms of a time-sliced GPU: keep or pass the turn, run the holder, count the others' wait. Returns the work done. */
function timeslice(d: GpuDev, atts: GpuAtt[]): number {
  let cost = 0;
  if (!(hasWork(atts[d.holder]) && d.turnLeft > 0)) {
    const next = nextWithWork(d, atts);
    if (next >= 0 && next !== d.holder) {
      d.switches += 1;
      cost = GPU_SWITCH_MS;
    }
    d.holder = next;
    d.turnLeft = next >= 0 ? d.timesliceMs : 0;
    const given = atts[next];
    if (given !== undefined) given.winTurns += 1;
  }
  const h = atts[d.holder];
  if (h === undefined) return 0;
  const busy = run(h, 1 - cost);
  d.turnLeft -= 1;
  d.winSwitch += cost;
  for (const i of d.atts) {
    const a = atts[i];
    if (i !== d.holder && a !== undefined && hasWork(a)) a.winWait += 1;
  }
  return busy;
}

/** One ms of a passthrough or MIG GPU: every ready VM runs on its own share (the whole device, or slices/7). */
function partitioned(d: GpuDev, atts: GpuAtt[]): number {
  let busy = 0;
  for (const i of d.atts) {
    const a = atts[i];
    if (a !== undefined && a.ready) busy += run(a, d.mode === 'mig' ? a.slices / MIG_COMPUTE_SLICES : 1);
  }
  d.holder = d.mode === 'passthrough' && busy > EPS ? (d.atts[0] ?? -1) : -1;
  return busy;
}

export function stepGpu(st: GpuWorld): void {
  const { devs, atts } = st.gpu;
  if (devs.length === 0) return;
  for (const a of atts) queueWork(st, a);
  for (const d of devs) {
    const busy = d.mode === 'timeslice' ? timeslice(d, atts) : partitioned(d, atts);
    d.winBusy += busy;
    d.recent[d.recentAt] = busy > EPS ? d.holder : -1;
    d.recentAt = (d.recentAt + 1) % d.recent.length;
  }
  if ((st.tick + 1) % GPU_PERIOD_MS === 0) closePeriod(devs, atts);
}

function closePeriod(devs: GpuDev[], atts: GpuAtt[]): void {
  for (const d of devs) {
    d.util = d.winBusy / GPU_PERIOD_MS;
    d.switchShare = d.winSwitch / GPU_PERIOD_MS;
    d.winBusy = 0;
    d.winSwitch = 0;
  }
  for (const a of atts) {
    a.share = a.winDone / GPU_PERIOD_MS;
    a.wait = a.winWait / GPU_PERIOD_MS;
    a.turnWaitMs = a.winWait / Math.max(1, a.winTurns);
    a.winDone = 0;
    a.winWait = 0;
    a.winTurns = 0;
  }
}
