/**
 * `san-placement`: the notes' SAN example. One busy database server has filled
 * array-a with its data; new volumes should go "where relatively more space is left".
 * Scripted: db-1 asks for three more volumes at 3 s, 6 s and 9 s; under most-free they
 * land on the emptiest arrays. Switch the policy and predict where the next one goes.
 */
import type { ScenarioInput } from '../schema';

export const sanPlacement: ScenarioInput = {
  schemaVersion: 1,
  name: 'SAN placement: a busy server spreads its data',
  seed: 11,
  hosts: [{ id: 'host-1', name: 'host-1', sockets: 1, coresPerSocket: 4, threadsPerCore: 2, memoryMiB: 65536 }],
  vms: [
    { id: 'db-1', name: 'db-1', host: 'host-1', vcpus: 2, memoryMiB: 8192, workload: 'database' },
    { id: 'web-1', name: 'web-1', host: 'host-1', vcpus: 2, memoryMiB: 4096, workload: 'web', disks: [{ id: 'web-1-disk', sizeGiB: 200 }] },
    { id: 'app-1', name: 'app-1', host: 'host-1', vcpus: 1, memoryMiB: 4096, workload: 'io-bound', disks: [{ id: 'app-1-disk', sizeGiB: 300 }] },
  ],
  storageArrays: [
    { id: 'array-a', name: 'array-a', capacityGiB: 4000, iops: 40000, latencyMs: 0.5, rack: 'rack-1' },
    { id: 'array-b', name: 'array-b', capacityGiB: 4000, iops: 40000, latencyMs: 0.5, rack: 'rack-1' },
    { id: 'array-c', name: 'array-c', capacityGiB: 2000, iops: 20000, latencyMs: 0.8, rack: 'rack-2' },
    { id: 'array-d', name: 'array-d', capacityGiB: 6000, iops: 60000, latencyMs: 0.4, rack: 'rack-2' },
  ],
  storage: { policy: 'most-free', diskReplicas: 1, diskProvisioning: 'thick' },
  volumes: [
    { id: 'db-data', sizeGiB: 3000, owner: 'db-1', replicas: 1, arrays: ['array-a'], writtenPct: 90 },
    { id: 'archive', sizeGiB: 1500, owner: 'app-1', replicas: 1, arrays: ['array-d'], writtenPct: 60 },
    { id: 'logs', sizeGiB: 800, owner: 'web-1', replicas: 1, arrays: ['array-b'], writtenPct: 50 },
  ],
  events: [
    { at: 3000, command: { type: 'createVolume', volume: { id: 'db-data-2', sizeGiB: 1000, owner: 'db-1', replicas: 1 } } },
    { at: 6000, command: { type: 'createVolume', volume: { id: 'db-data-3', sizeGiB: 1000, owner: 'db-1', replicas: 1 } } },
    { at: 9000, command: { type: 'createVolume', volume: { id: 'db-data-4', sizeGiB: 1000, owner: 'db-1', replicas: 1 } } },
  ],
};
