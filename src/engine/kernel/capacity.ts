/**
 * Memory capacity, the admission check behind every placement, HA restart, container
 * start and "the host is full". A VM reserves its memory reservation plus its overhead
 * (vSphere admission: configured memory beyond the reservation may be overcommitted,
 * and the memory model reclaims it under pressure), a container its cgroup memory
 * limit, or the app's size when it has none, while it runs or waits to start (its image
 * pulling), and the hypervisor or host kernel keeps a fixed share. Reads only the
 * kernel's lifecycle, so the cluster and the container runtime share it.
 */
import { POWER } from './codes';
import { APP_MIB, GUEST_OS_MIB } from './workload';
import type { World } from './world';

/** Memory the hypervisor / host kernel and container engine keep for themselves (illustrative). */
export const HOST_RESERVED_MIB = 512;

/** A VM's own overhead memory (its monitor's structures, page tables; vSphere: tens of MiB; illustrative). */
export const VM_OVERHEAD_MIB = 64;

/** What a VM reserves on its host while it runs: its reservation plus its overhead. */
export function vmReserveMiB(vm: { memoryMiB: number; reservationMiB: number }): number {
  return Math.min(vm.reservationMiB, vm.memoryMiB) + VM_OVERHEAD_MIB;
}

export function containerReserveMiB(limitMiB: number): number {
  return limitMiB > 0 ? limitMiB : APP_MIB;
}

/** Memory reserved on host `h` by the hypervisor, powered VMs and bare-host containers. */
export function reservedMiB(st: World, h: number): number {
  let n = HOST_RESERVED_MIB;
  st.topology.vms.forEach((vm, i) => {
    if (vm.host === h && st.vmPower[i] !== POWER.off) n += vmReserveMiB(vm);
  });
  st.topology.containers.forEach((c, i) => {
    if (c.vm < 0 && c.host === h && (st.ctPower[i] !== POWER.off || st.ctPending[i] === 1)) n += containerReserveMiB(c.memoryLimitMiB);
  });
  return n;
}

export function freeMiB(st: World, h: number): number {
  return (st.topology.hosts[h]?.memoryMiB ?? 0) - reservedMiB(st, h);
}

/** Memory left inside VM `v` for containers, after its guest OS and running containers. */
export function vmFreeMiB(st: World, v: number): number {
  const vm = st.topology.vms[v];
  if (vm === undefined) return 0;
  let n = vm.memoryMiB - GUEST_OS_MIB[vm.guestOs];
  st.topology.containers.forEach((c, i) => {
    if (c.vm === v && (st.ctPower[i] !== POWER.off || st.ctPending[i] === 1)) n -= containerReserveMiB(c.memoryLimitMiB);
  });
  return n;
}
