/**
 * HA admission control, as a pure reading of the world: the failover capacity it keeps
 * and what the running VMs reserve (a leaf, so commands and the snapshot can both use it).
 */
import { vmReserveMiB } from '../kernel/capacity';
import { POWER } from '../kernel/codes';
import { isHostFailed } from '../kernel/lifecycle';
import type { World } from '../kernel/world';

/**
 * HA admission control (vSphere's "cluster resource percentage", tolerating one host
 * failure): reservations may use the working hosts' memory minus the largest one's, so
 * every reserved VM can still restart when any one host fails.
 */
export function haAdmission(st: World): { capacityMiB: number; failoverMiB: number; reservedMiB: number } {
  let capacity = 0;
  let largest = 0;
  let reserved = 0;
  st.topology.hosts.forEach((h, i) => {
    if (isHostFailed(st, i)) return;
    capacity += h.memoryMiB;
    largest = Math.max(largest, h.memoryMiB);
  });
  st.topology.vms.forEach((v, i) => {
    if (st.vmPower[i] !== POWER.off && !isHostFailed(st, v.host)) reserved += vmReserveMiB(v);
  });
  return { capacityMiB: capacity, failoverMiB: largest, reservedMiB: reserved };
}
