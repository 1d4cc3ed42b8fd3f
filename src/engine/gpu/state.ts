/**
 * The GPU model's state: per device, who holds it and for how long, and per-period
 * counters; per attachment (a VM's use of a device), its queued work and what it got.
 * Built from the scenario's `gpus` and `vms[].gpu`; carried across edits by ids.
 */
import type { World } from '../kernel/world';
import { sliceGiB } from '../scenario/gpu';
import type { Scenario } from '../scenario/schema';
import { GPU_RECENT_MS, type GpuAttSnapshot, type GpuDevSnapshot } from './model';

/** A device as the snapshot shows it, plus what only the scheduler needs. `recent` is a ring here (oldest at `recentAt`). */
export interface GpuDev extends GpuDevSnapshot {
  /** Indices (in `atts`) of the VMs attached to it, in scenario order: fixed for a scenario. */
  atts: number[];
  /** Attachment index holding the GPU, or -1; and the ms left in its turn. */
  holder: number;
  turnLeft: number;
  winBusy: number;
  winSwitch: number;
  recentAt: number;
}

/** An attachment as the snapshot shows it, plus its queue and this period's counters. */
export interface GpuAtt extends GpuAttSnapshot {
  vmId: string;
  /**
   * Work arrives in whole GPU-milliseconds (kernels): credit accrues at its demand and becomes
   * 1 ms of work when it reaches 1. VMs start at staggered credits (golden-ratio steps), so
   * equal demands do not arrive in lockstep.
   */
  credit: number;
  backlog: number;
  /** Running with its memory allocated this tick (set first thing each tick). */
  ready: boolean;
  winDone: number;
  winWait: number;
  winTurns: number;
}

export interface GpuState {
  devs: GpuDev[];
  atts: GpuAtt[];
}

export type GpuWorld = World & { gpu: GpuState };

export function buildGpu(s: Scenario, w: World): GpuState {
  const hostIndex = new Map(w.topology.hosts.map((h, i) => [h.id, i]));
  const devs = s.gpus.map((g): GpuDev => ({
    id: g.id, host: hostIndex.get(g.host) ?? -1, model: g.model, mode: g.mode, memoryGiB: g.memoryGiB, timesliceMs: g.timesliceMs,
    atts: [], holder: -1, turnLeft: 0, switches: 0, winBusy: 0, winSwitch: 0, util: 0, switchShare: 0, recent: Array.from({ length: GPU_RECENT_MS }, () => -1), recentAt: 0,
  }));
  const atts: GpuAtt[] = [];
  s.vms.forEach((vm, i) => {
    const a = vm.gpu;
    const gi = a === undefined ? -1 : s.gpus.findIndex((g) => g.id === a.device);
    const g = s.gpus[gi];
    if (a === undefined || g === undefined) return;
    atts.push({
      vmId: vm.id, vm: i, gpu: gi, demand: a.demandPct / 100, needGiB: a.needGiB, sliceGiB: sliceGiB(g, a), slices: g.mode === 'mig' ? (a.slices ?? 0) : 0,
      credit: (atts.length * 0.618) % 1, backlog: 0, ready: false, doneMs: 0, winDone: 0, winWait: 0, winTurns: 0, turnWaitMs: 0, share: 0, wait: 0, oom: false,
    });
  });
  atts.forEach((a, i) => devs[a.gpu]?.atts.push(i));
  return { devs, atts };
}

/** The state for an edited scenario: the same devices and VMs keep their history (by id). */
export function carryGpu(prev: GpuState, next: World): GpuState {
  const fresh = buildGpu(next.scenario, next);
  const oldDev = new Map(prev.devs.map((d) => [d.id, d]));
  const oldAtt = new Map(prev.atts.map((a) => [a.vmId, a]));
  const devs = fresh.devs.map((d) => {
    const o = oldDev.get(d.id);
    return o === undefined || o.mode !== d.mode ? d : { ...d, switches: o.switches, winBusy: o.winBusy, winSwitch: o.winSwitch, util: o.util, switchShare: o.switchShare, recent: [...o.recent], recentAt: o.recentAt };
  });
  const atts = fresh.atts.map((a) => {
    const o = oldAtt.get(a.vmId);
    const sameDev = o !== undefined && prev.devs[o.gpu]?.id === devs[a.gpu]?.id;
    return o === undefined || !sameDev ? a : { ...a, credit: a.demand > 0 ? o.credit : 0, backlog: a.demand > 0 ? o.backlog : 0, doneMs: o.doneMs, winDone: o.winDone, winWait: o.winWait, winTurns: o.winTurns, turnWaitMs: o.turnWaitMs, share: o.share, wait: o.wait, oom: o.oom };
  });
  // A device's figures are its VMs' (the utilisation the sum of their shares, this period's busy time the sum of
  // their work): a VM removed by the edit takes its part with it, or the device would report it until its period ends.
  devs.forEach((d) => {
    if (oldDev.get(d.id) === undefined) return;
    d.util = d.atts.reduce((n, i) => n + (atts[i]?.share ?? 0), 0);
    d.winBusy = d.atts.reduce((n, i) => n + (atts[i]?.winDone ?? 0), 0);
  });
  // A holder's index may have moved: find it again by VM id, or let the scheduler pick anew.
  devs.forEach((d) => {
    const o = oldDev.get(d.id);
    const heldBy = o === undefined || o.holder < 0 ? undefined : prev.atts[o.holder]?.vmId;
    const h = heldBy === undefined ? -1 : atts.findIndex((a) => a.vmId === heldBy);
    d.holder = h;
    d.turnLeft = h < 0 ? 0 : (o?.turnLeft ?? 0);
  });
  return { devs, atts };
}
