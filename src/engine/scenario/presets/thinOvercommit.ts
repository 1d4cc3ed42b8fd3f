/**
 * `thin-overcommit`: two 400 GiB arrays hold thin volumes that promise 1.4 TiB. Thin
 * volumes take only what is written, so it all fits at first; the writers keep writing
 * (growth runs 128 times faster than written here, growthScale, so it happens within a
 * minute: logger's 64 KiB writes grow its volume as 8 MiB ones would) until an array is
 * full and writes to its volumes fail. Add an array and rebalance to let them resume.
 */
import type { ScenarioInput } from '../schema';

export const thinOvercommit: ScenarioInput = {
  schemaVersion: 1,
  name: 'Thin provisioning: promising more than there is',
  seed: 3,
  hosts: [{ id: 'host-1', name: 'host-1', sockets: 1, coresPerSocket: 4, threadsPerCore: 2, memoryMiB: 65536 }],
  vms: [
    { id: 'logger', name: 'logger', host: 'host-1', vcpus: 2, memoryMiB: 4096, workload: 'io-bound' },
    { id: 'db-1', name: 'db-1', host: 'host-1', vcpus: 2, memoryMiB: 8192, workload: 'database' },
    { id: 'web-1', name: 'web-1', host: 'host-1', vcpus: 1, memoryMiB: 2048, workload: 'web' },
  ],
  storageArrays: [
    { id: 'array-a', name: 'array-a', capacityGiB: 400, iops: 30000, latencyMs: 0.5, rack: 'rack-1' },
    { id: 'array-b', name: 'array-b', capacityGiB: 400, iops: 30000, latencyMs: 0.5, rack: 'rack-2' },
  ],
  storage: { policy: 'most-free', growthScale: 128, rebuildMiBps: 4096 },
  volumes: [
    { id: 'logs', sizeGiB: 600, provisioning: 'thin', replicas: 1, owner: 'logger', writtenPct: 30 },
    { id: 'db-data', sizeGiB: 500, provisioning: 'thin', replicas: 1, owner: 'db-1', writtenPct: 40 },
    { id: 'web-data', sizeGiB: 300, provisioning: 'thin', replicas: 1, owner: 'web-1', writtenPct: 30 },
  ],
};
