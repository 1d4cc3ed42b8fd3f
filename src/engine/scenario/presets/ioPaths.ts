/**
 * `io-paths`: one hardware-assisted type-1 host with four cores runs three identical
 * database VMs doing the same work (random disk reads and writes and log writes on one
 * array, packets on one vSwitch: the workload that issues the most I/O per ms of CPU, so
 * the path's cost shows in the work done), one per I/O path: an emulated device (every register access traps), a
 * virtio device (shared rings, one notification per batch of 8) and a passthrough /
 * SR-IOV virtual function (no hypervisor in the data path, no live migration). Each VM
 * has a core of its own, so the only difference is the path: the Techniques lens's
 * I/O paths panel shows exits, CPU time and latency per I/O, and IOPS, side by side.
 * An empty second host is there to migrate to: vm-virtio goes, vm-passthrough is refused.
 */
import type { ScenarioInput } from '../schema';

type Path = 'emulated' | 'virtio' | 'passthrough';

const vm = (path: Path) => ({
  id: `vm-${path}`,
  name: `vm-${path}`,
  host: 'host-1',
  vcpus: 1,
  memoryMiB: 2048,
  workload: 'database' as const,
  ioPath: path,
  ioQueueDepth: 8,
  disks: [{ id: `vm-${path}-disk`, sizeGiB: 40 }],
  vnics: [{ id: `vm-${path}-nic`, vswitch: 'vswitch-1', vlan: 10 }],
});

const host = (id: string) => ({
  id,
  name: id,
  sockets: 1,
  coresPerSocket: 4,
  threadsPerCore: 1,
  memoryMiB: 16384,
  nics: 2,
  hypervisor: { type: 'type1' as const, technique: 'hardware-assisted' as const },
});

export const ioPaths: ScenarioInput = {
  schemaVersion: 1,
  name: 'I/O paths: emulated vs virtio vs passthrough',
  seed: 16,
  hosts: [host('host-1'), host('host-2')],
  vms: [vm('emulated'), vm('virtio'), vm('passthrough')],
  storageArrays: [{ id: 'array-a', name: 'array-a', capacityGiB: 2048, iops: 50000, latencyMs: 0.2, rack: 'rack-1' }],
  vswitches: [{ id: 'vswitch-1', name: 'vSwitch0', host: 'host-1', vlans: [10], uplinks: 1 }],
  events: [],
};
