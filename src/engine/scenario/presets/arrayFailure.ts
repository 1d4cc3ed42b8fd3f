/**
 * `array-failure`: four arrays in two racks, every VM disk kept as two replicas on
 * different racks. At 6 s array-b fails (scripted): its replicas are gone, the volumes
 * that had one are degraded and rebuild from the surviving copy onto other arrays at
 * 1 GiB/s per target; nothing is lost. Fail a second array before the rebuild ends to
 * see how a volume can be lost.
 */
import type { ScenarioInput } from '../schema';

const kinds = ['database', 'web', 'io-bound', 'web', 'cpu-bound', 'database'] as const;

export const arrayFailure: ScenarioInput = {
  schemaVersion: 1,
  name: 'Array failure: replicas survive and rebuild',
  seed: 5,
  hosts: [
    { id: 'host-1', name: 'host-1', sockets: 1, coresPerSocket: 4, threadsPerCore: 2, memoryMiB: 65536 },
    { id: 'host-2', name: 'host-2', sockets: 1, coresPerSocket: 4, threadsPerCore: 2, memoryMiB: 65536 },
  ],
  vms: kinds.map((workload, i) => ({
    id: `vm-${i + 1}`,
    name: `vm-${i + 1}`,
    host: `host-${(i % 2) + 1}`,
    vcpus: 2,
    memoryMiB: 4096,
    workload,
    disks: [{ id: `vm-${i + 1}-disk`, sizeGiB: 40 + 10 * i }],
  })),
  storageArrays: ['a', 'b', 'c', 'd'].map((x, i) => ({ id: `array-${x}`, name: `array-${x}`, capacityGiB: 200, iops: 30000, latencyMs: 0.5, rack: `rack-${(i % 2) + 1}` })),
  storage: { policy: 'most-free', diskReplicas: 2, diskProvisioning: 'thin' },
  events: [{ at: 6000, command: { type: 'failArray', array: 'array-b' } }],
};
