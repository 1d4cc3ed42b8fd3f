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

function queueWork(st: GpuWorld, a: GpuAtt): boolean {
  const on = st.vmPower[a.vm] === POWER.on;
  const oom = on && a.needGiB > a.sliceGiB;
  if (oom && !a.oom) {
    const vm = st.topology.vms[a.vm]?.name ?? a.vmId;
    pushEvent(st.events, st.tick, 'info', 'gpu.ev.oom', { vm, need: a.needGiB, slice: a.sliceGiB });
  }
  a.oom = oom;
  if (!on || oom) {
    a.backlog = 0;
    a.credit = 0;
    return false;
  }
  a.credit += a.demand;
  if (a.credit >= 1 - EPS && a.backlog + 1 <= GPU_BACKLOG_MS + EPS) {
    a.backlog += 1;
    a.credit -= 1;
  }
  a.credit = Math.min(a.credit, 1);
  return true;
}

function run(a: GpuAtt, capacity: number): number {
  const done = Math.min(capacity, a.backlog);
  a.backlog -= done;
  a.doneMs += done;
  a.winDone += done;
  return done;
}

/** The next attachment after `from` (round robin) that is ready with work, or -1. */
function nextWithWork(mine: number[], atts: GpuAtt[], ready: boolean[], from: number): number {
  const k = mine.indexOf(from);
  for (let n = 1; n <= mine.length; n++) {
    const i = mine[(k + n + mine.length) % mine.length] ?? -1;
    if (ready[i] === true && (atts[i]?.backlog ?? 0) > EPS) return i;
  }
  return -1;
}

function timeslice(d: GpuDev, mine: number[], atts: GpuAtt[], ready: boolean[]): { busy: number; switching: number } {
  const holder = atts[d.holder];
  const keep = holder !== undefined && ready[d.holder] === true && holder.backlog > EPS && d.turnLeft > 0;
  let cost = 0;
  if (!keep) {
    const next = nextWithWork(mine, atts, ready, d.holder);
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
  if (h === undefined) return { busy: 0, switching: 0 };
  const busy = run(h, 1 - cost);
  d.turnLeft -= 1;
  for (const i of mine) {
    const a = atts[i];
    if (i !== d.holder && a !== undefined && ready[i] === true && a.backlog > EPS) a.winWait += 1;
  }
  return { busy, switching: cost };
}

export function stepGpu(st: GpuWorld): void {
  const { devs, atts } = st.gpu;
  if (devs.length === 0) return;
  const ready = atts.map((a) => queueWork(st, a));
  devs.forEach((d, g) => {
    const mine = atts.flatMap((a, i) => (a.gpu === g ? [i] : []));
    let busy = 0;
    let switching = 0;
    if (d.mode === 'timeslice') ({ busy, switching } = timeslice(d, mine, atts, ready));
    else {
      for (const i of mine) {
        const a = atts[i];
        if (a === undefined || ready[i] !== true) continue;
        busy += run(a, d.mode === 'mig' ? a.slices / MIG_COMPUTE_SLICES : 1);
      }
      d.holder = d.mode === 'passthrough' && busy > EPS ? (mine[0] ?? -1) : -1;
    }
    d.winBusy += busy;
    d.winSwitch += switching;
    d.recent.shift();
    d.recent.push(busy > EPS ? d.holder : -1);
  });
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
