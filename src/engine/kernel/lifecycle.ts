/**
 * Lifecycle: power and boot of VMs and containers, pauses and throttling of their
 * entities, and host failure. Every path that starts or stops something goes through
 * here (commands, scripted events, HA restarts, placement, image pulls, OOM kills,
 * migrations), so a stop always ends the boot countdown, frees the pCPUs and queues and
 * stops what runs inside. Narration stays with the caller (a command says "stopped",
 * an HA restart says why). Powering an entity on tells the subsystems (the CPU scheduler
 * places it in its policy) through `hooks`. All of it mutates a state its caller owns.
 */
import { meter, VM_MEM_USED } from './channel';
import { ENT, POWER } from './codes';
import { pushEvent } from './events';
import { detachEntities, enqueue } from './queues';
import { BOOT_CODE, CONTAINER_START_TICKS, drawBurst, phaseCode, VM_BOOT_TICKS } from './workload';
import type { World } from './world';

/** What the subsystems want to hear about (the engine forwards it to each one's contract). */
export interface PowerHooks {
  poweredOn(st: World, e: number): void;
}

/** Make every entity of a VM or container runnable. */
export function powerOnEntities(st: World, hooks: PowerHooks, first: number, count: number, kindCode: number): void {
  for (let e = first; e < first + count; e++) {
    st.ent.state[e] = ENT.ready;
    st.ent.phaseKind[e] = kindCode;
    st.ent.phaseLeft[e] = drawBurst(st.rng, kindCode);
    st.ent.resume[e] = 0;
    st.ent.paused[e] = 0;
    st.ent.limited[e] = 0;
    const h = st.ent.host[e] ?? -1;
    if (h >= 0) enqueue(st, h, e);
    hooks.poweredOn(st, e);
  }
}

/** Power VM i on: its guest boots for VM_BOOT_TICKS. `narrate` says so in the event log. */
export function bootVm(st: World, hooks: PowerHooks, i: number, narrate: boolean): void {
  const vm = st.topology.vms[i];
  if (vm === undefined || st.vmPower[i] !== POWER.off) return;
  st.vmPower[i] = POWER.booting;
  st.vmBootLeft[i] = VM_BOOT_TICKS;
  powerOnEntities(st, hooks, vm.entOffset, vm.vcpus, BOOT_CODE);
  if (narrate) pushEvent(st.events, st.tick, 'info', 'event.vmBooting', { vm: vm.name });
}

/** Power container i off: off its pCPU and queue, boot countdown over. */
export function stopContainer(st: World, i: number): void {
  const c = st.topology.containers[i];
  if (c === undefined || st.ctPower[i] === POWER.off) return;
  detachEntities(st, c.ent, 1);
  st.ent.state[c.ent] = ENT.off;
  st.ctPower[i] = POWER.off;
  st.ctBootLeft[i] = 0;
}

/** Power VM i off with the containers inside it; its memory is no longer in use. */
export function stopVm(st: World, i: number): void {
  const vm = st.topology.vms[i];
  if (vm === undefined) return;
  detachEntities(st, vm.entOffset, vm.vcpus);
  st.ent.state.fill(ENT.off, vm.entOffset, vm.entOffset + vm.vcpus);
  st.vmPower[i] = POWER.off;
  st.vmBootLeft[i] = 0;
  meter(st, VM_MEM_USED)[i] = 0;
  st.topology.containers.forEach((c, ci) => {
    if (c.vm === i) stopContainer(st, ci);
  });
}

/** Power container i on: its process starts for CONTAINER_START_TICKS. */
export function startContainer(st: World, hooks: PowerHooks, i: number): void {
  const c = st.topology.containers[i];
  if (c === undefined || st.ctPower[i] !== POWER.off) return;
  st.ctPower[i] = POWER.booting;
  st.ctBootLeft[i] = CONTAINER_START_TICKS;
  powerOnEntities(st, hooks, c.ent, 1, BOOT_CODE);
}

/** At scenario load: everything marked autostart boots (a container only inside a VM that does). */
export function initialPower(st: World, hooks: PowerHooks): void {
  const s = st.scenario;
  st.topology.vms.forEach((_, i) => {
    if (s.vms[i]?.autostart === true) bootVm(st, hooks, i, false);
  });
  st.topology.containers.forEach((c, i) => {
    if (s.containers[i]?.autostart !== true) return;
    if (c.vm >= 0 && st.vmPower[c.vm] === POWER.off) return;
    startContainer(st, hooks, i);
  });
}

/** The kernel's tick step: boot countdowns; a finished boot starts the workload. */
export function progressBoot(st: World): void {
  const t = st.topology;
  for (let i = 0; i < t.vms.length; i++) {
    if (st.vmPower[i] !== POWER.booting) continue;
    const left = (st.vmBootLeft[i] ?? 0) - 1;
    st.vmBootLeft[i] = left;
    if (left > 0) continue;
    const vm = t.vms[i];
    if (vm === undefined) continue;
    st.vmPower[i] = POWER.on;
    st.ent.phaseKind.fill(phaseCode(vm.workload), vm.entOffset, vm.entOffset + vm.vcpus);
    pushEvent(st.events, st.tick, 'info', 'event.vmStarted', { vm: vm.name, ms: VM_BOOT_TICKS });
  }
  for (let i = 0; i < t.containers.length; i++) {
    if (st.ctPower[i] !== POWER.booting) continue;
    const left = (st.ctBootLeft[i] ?? 0) - 1;
    st.ctBootLeft[i] = left;
    if (left > 0) continue;
    const c = t.containers[i];
    if (c === undefined) continue;
    st.ctPower[i] = POWER.on;
    st.ent.phaseKind[c.ent] = phaseCode(c.workload);
    pushEvent(st.events, st.tick, 'info', 'event.containerStarted', { container: c.name });
  }
}

/**
 * Pause a running VM for `ticks`: its vCPUs leave the pCPUs and queues and wait, as if
 * blocked, so they wake (on whatever host the VM is on by then) when the pause ends
 * (pauseEntity, for each vCPU). A pause in progress lasts to the later end of the two,
 * or, with `replace`, ends when this one does (a stop-and-copy pause replaces a throttle's sleep).
 */
export function pauseVm(st: World, i: number, ticks: number, replace = false): void {
  const vm = st.topology.vms[i];
  if (vm === undefined) return;
  detachEntities(st, vm.entOffset, vm.vcpus);
  for (let e = vm.entOffset; e < vm.entOffset + vm.vcpus; e++) pauseEntity(st, e, ticks, replace);
}

/**
 * Hold entity e off the CPU for `ticks` (a VM's pause, migration's auto-converge sleep,
 * a spent cgroup CPU quota), then it is runnable again. Its caller has taken it off its
 * pCPU and queue. Taken off in the middle of a CPU burst, it resumes that burst
 * (ent.resume): a pause takes running time away, it does not end the work early and skip
 * the I/O wait that follows it. Waiting for I/O, it keeps waiting for it (ent.phaseLeft)
 * and wakes when both are over. A pause in progress lasts to the later end of the two,
 * or, with `replace`, ends when this one does.
 */
export function pauseEntity(st: World, e: number, ticks: number, replace = false): void {
  const ent = st.ent;
  const s = ent.state[e];
  if (s === ENT.running || s === ENT.ready || s === ENT.costop) {
    ent.resume[e] = Math.max(1, ent.phaseLeft[e] ?? 0);
    ent.phaseLeft[e] = 0;
  }
  ent.state[e] = ENT.blocked;
  ent.paused[e] = replace ? ticks : Math.max(ticks, ent.paused[e] ?? 0);
  ent.limited[e] = 0;
}

/**
 * A spent cgroup CPU quota: container entity e is paused (pauseEntity) for the `ticks` left
 * of its period, marked as its limit's hold (ent.limited): time held back by a limit.
 */
export function throttleEntity(st: World, e: number, ticks: number): void {
  detachEntities(st, e, 1);
  pauseEntity(st, e, ticks);
  st.ent.limited[e] = 1;
}

export function isHostFailed(st: World, h: number): boolean {
  return st.failedHosts.includes(st.topology.hosts[h]?.id ?? '');
}

/** Host h fails: every VM on it stops (memory gone), and so does every container on the bare host. Returns the VMs that were on. */
export function failHostPower(st: World, h: number): number[] {
  const victims = st.topology.vms.flatMap((v, i) => (v.host === h && st.vmPower[i] !== POWER.off ? [i] : []));
  for (const i of victims) stopVm(st, i);
  st.topology.containers.forEach((c, i) => {
    if (c.vm < 0 && c.host === h) stopContainer(st, i);
  });
  st.failedHosts.push(st.topology.hosts[h]?.id ?? '');
  return victims;
}

/** Host h works again (empty: what ran there was restarted elsewhere or stays off). */
export function repairHostPower(st: World, h: number): void {
  const id = st.topology.hosts[h]?.id ?? '';
  st.failedHosts = st.failedHosts.filter((x) => x !== id);
}
