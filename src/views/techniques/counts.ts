/**
 * Reading the engine's per-VM technique counters out of a snapshot, and summing them
 * over a host's VMs, so the cost panels can compare techniques on one workload. Pure.
 */
import { VF, type Snapshot, type WorkCounts } from '../../engine';

export interface VmCounters extends WorkCounts {
  traps: number;
  hypercalls: number;
  translations: number;
  hostOsCrossings: number;
  overheadCycles: number;
  recentOverhead: number;
  /** Sensitive instructions since this VM's translation cache was last flushed. */
  tcSensitive: number;
}

export function vmCounters(vm: Float64Array, i: number): VmCounters {
  const f = (k: number): number => vm[i * VF.count + k] ?? 0;
  const sensitive = f(VF.sensitive);
  return {
    runMs: f(VF.runMs),
    sensitive,
    io: f(VF.io),
    // Compare techniques from a cold start: every technique pays its own warm-up.
    sensitiveSinceFlush: sensitive,
    traps: f(VF.traps),
    hypercalls: f(VF.hypercalls),
    translations: f(VF.translations),
    hostOsCrossings: f(VF.hostOsCrossings),
    overheadCycles: f(VF.cpuCycles) + f(VF.ioCycles) + f(VF.hostOsCycles),
    recentOverhead: f(VF.recentOverhead),
    tcSensitive: f(VF.sensitiveSinceFlush),
  };
}

/** The summed workload of every VM on a host (what the host's guests asked of the hypervisor). */
export function hostWork(snap: Snapshot, host: number): WorkCounts {
  const out = { runMs: 0, sensitive: 0, io: 0, sensitiveSinceFlush: 0 };
  snap.topology.vms.forEach((vm, i) => {
    if (vm.host !== host) return;
    const c = vmCounters(snap.virt.vm, i);
    out.runMs += c.runMs;
    out.sensitive += c.sensitive;
    out.io += c.io;
    out.sensitiveSinceFlush += c.sensitive;
  });
  return out;
}
