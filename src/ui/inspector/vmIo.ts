/**
 * The size of the I/Os a VM's latency figure is for: the snapshot's VM latency is its
 * vCPU 0's (engine: storage/snapshot.ts), for an I/O of that vCPU's current size, which is
 * the boot's while its guest boots (kernel/workload.ts, BOOT_CODE) and its workload's after.
 * The volume inspector labels the figure with this, so label and number agree.
 */
import { POWER, PROFILES, type Snapshot } from '../../engine';

export function vmIoKiB(snap: Snapshot, vmIndex: number): { kib: number; booting: boolean } {
  const vm = snap.topology.vms[vmIndex];
  const booting = snap.vms.power[vmIndex] === POWER.booting;
  return { kib: booting || vm === undefined ? PROFILES.boot.ioKiB : PROFILES[vm.workload].ioKiB, booting };
}
