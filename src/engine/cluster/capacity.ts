/**
 * Memory capacity, the check behind every placement, HA restart and "the host is
 * full". A VM reserves its whole configured memory (no overcommit in this check: the
 * memory lens models reclaiming), a container reserves its cgroup memory limit, or the
 * app's size when it has none, and the hypervisor or host kernel keeps a fixed share.
 */
import { POWER, type SimState } from '../state';
import { GUEST_OS_MIB } from '../kernel/workload';
import { APP_MIB } from '../containers/state';

/** Memory the hypervisor / host kernel and container engine keep for themselves (illustrative). */
export const HOST_RESERVED_MIB = 512;

export function containerReserveMiB(limitMiB: number): number {
  return limitMiB > 0 ? limitMiB : APP_MIB;
}

function pulling(st: SimState, id: string): boolean {
  return st.fleet.ct.pulls.some((p) => p.container === id);
}

/** Memory reserved on host `h` by the hypervisor, powered VMs and bare-host containers. */
export function reservedMiB(st: SimState, h: number): number {
  let n = HOST_RESERVED_MIB;
  st.topology.vms.forEach((vm, i) => {
    if (vm.host === h && st.vmPower[i] !== POWER.off) n += vm.memoryMiB;
  });
  st.topology.containers.forEach((c, i) => {
    if (c.vm < 0 && c.host === h && (st.ctPower[i] !== POWER.off || pulling(st, c.id))) n += containerReserveMiB(c.memoryLimitMiB);
  });
  return n;
}

export function freeMiB(st: SimState, h: number): number {
  return (st.topology.hosts[h]?.memoryMiB ?? 0) - reservedMiB(st, h);
}

/** Memory left inside VM `v` for containers, after its guest OS and running containers. */
export function vmFreeMiB(st: SimState, v: number): number {
  const vm = st.topology.vms[v];
  if (vm === undefined) return 0;
  let n = vm.memoryMiB - GUEST_OS_MIB[vm.guestOs];
  st.topology.containers.forEach((c, i) => {
    if (c.vm === v && (st.ctPower[i] !== POWER.off || pulling(st, c.id))) n -= containerReserveMiB(c.memoryLimitMiB);
  });
  return n;
}

export function isFailed(st: SimState, h: number): boolean {
  return st.fleet.cl.failed.includes(st.topology.hosts[h]?.id ?? '');
}
