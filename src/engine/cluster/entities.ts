/**
 * Small in-place helpers the container runtime and the cluster share for moving
 * schedulable entities around: take entities off their pCPUs and out of the ready
 * queues, power a VM or container off or on, and pause a VM's vCPUs for the
 * stop-and-copy phase of a live migration. All of them mutate a state the caller
 * owns (inside `step`, or a clone made by `applyCommand`).
 */
import { pushEvent } from '../kernel/events';
import { ENT, POWER, powerOnEntities, queueContents, type SimState } from '../state';
import { BOOT_CODE, CONTAINER_START_TICKS, VM_BOOT_TICKS } from '../kernel/workload';

/** Remove entities [first, first+count) from pCPUs and ready queues; their state is the caller's. */
export function detachEntities(st: SimState, first: number, count: number): void {
  const last = first + count;
  for (let e = first; e < last; e++) {
    const p = st.ent.pcpu[e] ?? -1;
    if (p >= 0) st.pcpuEnt[p] = -1;
    st.ent.pcpu[e] = -1;
  }
  st.queues.forEach((q, h) => {
    const all = queueContents(st, h);
    const keep = all.filter((e) => e < first || e >= last);
    if (keep.length === all.length) return;
    q.head = 0;
    q.len = keep.length;
    keep.forEach((e, i) => (q.buf[i] = e));
  });
}

export function powerOffContainerAt(st: SimState, i: number): void {
  const c = st.topology.containers[i];
  if (c === undefined || st.ctPower[i] === POWER.off) return;
  detachEntities(st, c.ent, 1);
  st.ent.state[c.ent] = ENT.off;
  st.ctPower[i] = POWER.off;
  st.ctBootLeft[i] = 0;
}

export function startContainerAt(st: SimState, i: number): void {
  const c = st.topology.containers[i];
  if (c === undefined || st.ctPower[i] !== POWER.off) return;
  st.ctPower[i] = POWER.booting;
  st.ctBootLeft[i] = CONTAINER_START_TICKS;
  powerOnEntities(st, c.ent, 1, BOOT_CODE);
}

/** Power a VM off with the containers inside it. */
export function powerOffVmAt(st: SimState, i: number): void {
  const vm = st.topology.vms[i];
  if (vm === undefined) return;
  detachEntities(st, vm.entOffset, vm.vcpus);
  st.ent.state.fill(ENT.off, vm.entOffset, vm.entOffset + vm.vcpus);
  st.vmPower[i] = POWER.off;
  st.vmBootLeft[i] = 0;
  st.vmMemUsedMiB[i] = 0;
  st.topology.containers.forEach((c, ci) => {
    if (c.vm === i) powerOffContainerAt(st, ci);
  });
}

export function bootVmAt(st: SimState, i: number): void {
  const vm = st.topology.vms[i];
  if (vm === undefined || st.vmPower[i] !== POWER.off) return;
  st.vmPower[i] = POWER.booting;
  st.vmBootLeft[i] = VM_BOOT_TICKS;
  powerOnEntities(st, vm.entOffset, vm.vcpus, BOOT_CODE);
  pushEvent(st.events, st.tick, 'info', 'event.vmBooting', { vm: vm.name });
}

/**
 * Pause a running VM for `ticks`: its vCPUs leave the pCPUs and queues and wait, as if
 * blocked, so they wake (on whatever host the VM is on by then) when the pause ends.
 */
export function pauseVmAt(st: SimState, i: number, ticks: number): void {
  const vm = st.topology.vms[i];
  if (vm === undefined) return;
  detachEntities(st, vm.entOffset, vm.vcpus);
  for (let e = vm.entOffset; e < vm.entOffset + vm.vcpus; e++) {
    const ioLeft = st.ent.state[e] === ENT.blocked ? (st.ent.phaseLeft[e] ?? 0) : 0;
    st.ent.state[e] = ENT.blocked;
    st.ent.phaseLeft[e] = Math.max(ticks, ioLeft);
  }
}
