/**
 * Lock-holder preemption (why co-scheduling exists). A guest kernel protects shared data
 * with spinlocks; a vCPU that wants a lock held by a sibling spins until the holder lets
 * go. If the holder's vCPU is descheduled (ready or co-stopped), the spinner burns its
 * slice: on the pCPU (%RUN), no guest progress. Modelled per tick: every vCPU of a
 * multi-vCPU VM carries skew (how far it lags its running siblings, on every host,
 * co-scheduling or not); while a sibling is descheduled and lags by more than SPIN_SKEW,
 * each running vCPU spends its workload's lock share of the tick spinning. Simplified:
 * a constant share stands for "the descheduled sibling may hold a lock I need"; real
 * spin times depend on which lock, and pause-loop exiting (PLE) lets the hypervisor
 * deschedule a spinner, which is not modelled.
 */
import { ENT } from '../kernel/codes';
import { LOCK_SHARES } from '../kernel/workload';
import type { CpuWorld } from './cpuState';

/** Lag (ms) of a descheduled sibling above which its running siblings may spin on a lock it holds. */
export const SPIN_SKEW = 2;

/**
 * Skew of every vCPU of every multi-vCPU VM, at the start of the tick: a runnable vCPU
 * that waits while a sibling runs falls one tick further behind; a running one catches
 * up one tick; a co-stopped one keeps its skew; an idle (blocked) one carries none.
 */
export function trackSkew(st: CpuWorld): void {
  const vms = st.topology.vms;
  const state = st.ent.state;
  const skew = st.cpu.skew;
  for (let i = 0; i < vms.length; i++) {
    const vm = vms[i];
    if (vm === undefined || vm.vcpus < 2) continue;
    const first = vm.entOffset;
    const end = first + vm.vcpus;
    let running = false;
    for (let e = first; e < end; e++) if (state[e] === ENT.running) running = true;
    for (let e = first; e < end; e++) {
      const s = state[e];
      if (s === ENT.ready) {
        if (running) skew[e] = (skew[e] ?? 0) + 1;
      } else if (s === ENT.running) {
        const k = (skew[e] ?? 0) - 1;
        skew[e] = k > 0 ? k : 0;
      } else if (s !== ENT.costop) skew[e] = 0;
    }
  }
}

/**
 * After scheduling, for the tick about to execute: the share of this tick each running
 * vCPU spins (cpu.spinNow), its workload's lock share while a descheduled sibling lags
 * by more than SPIN_SKEW, else 0.
 */
export function markSpin(st: CpuWorld): void {
  const vms = st.topology.vms;
  const { state, phaseKind } = st.ent;
  const { skew, spinNow } = st.cpu;
  for (let i = 0; i < vms.length; i++) {
    const vm = vms[i];
    if (vm === undefined || vm.vcpus < 2) continue;
    const first = vm.entOffset;
    const end = first + vm.vcpus;
    let holder = false;
    for (let e = first; e < end; e++) {
      const s = state[e];
      if ((s === ENT.ready || s === ENT.costop) && (skew[e] ?? 0) > SPIN_SKEW) holder = true;
    }
    for (let e = first; e < end; e++) spinNow[e] = holder && state[e] === ENT.running ? (LOCK_SHARES[phaseKind[e] ?? 0] ?? 0) : 0;
  }
}
