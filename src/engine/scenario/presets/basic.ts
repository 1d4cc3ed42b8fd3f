/**
 * `basic`: the small default. One host with 2 cores x 2 hyperthreads (4 pCPUs) runs a
 * type-1 hypervisor with three VMs and two containers: 7 runnable things on 4 pCPUs,
 * so a student sees vCPUs run, wait for a pCPU and block on I/O from the first tick.
 */
import type { ScenarioInput } from '../schema';

export const basic: ScenarioInput = {
  schemaVersion: 1,
  name: 'Basic: one host, three VMs, two containers',
  seed: 42,
  hosts: [
    {
      id: 'host-1',
      name: 'host-1',
      sockets: 1,
      coresPerSocket: 2,
      threadsPerCore: 2,
      memoryMiB: 16384,
      nics: 2,
      disks: [{ id: 'ssd-0', sizeGiB: 960 }],
      hypervisor: { type: 'type1', technique: 'hardware-assisted', cpu: { policy: 'round-robin', timesliceMs: 30 } },
    },
  ],
  vms: [
    { id: 'web-1', name: 'web-1', host: 'host-1', vcpus: 2, memoryMiB: 4096, workload: 'web', disks: [{ id: 'web-1-disk', sizeGiB: 40 }], vnics: [{ id: 'web-1-nic', vlan: 10 }] },
    { id: 'db-1', name: 'db-1', host: 'host-1', vcpus: 2, memoryMiB: 6144, workload: 'database', disks: [{ id: 'db-1-disk', sizeGiB: 200 }], vnics: [{ id: 'db-1-nic', vlan: 20 }] },
    { id: 'batch-1', name: 'batch-1', host: 'host-1', vcpus: 1, memoryMiB: 2048, guestOs: 'windows', workload: 'cpu-bound', disks: [{ id: 'batch-1-disk', sizeGiB: 60 }] },
  ],
  containers: [
    { id: 'api', name: 'api', host: 'host-1', image: 'node:22-alpine', workload: 'web', memoryLimitMiB: 512 },
    { id: 'cache', name: 'cache', host: 'host-1', image: 'redis:7', workload: 'io-bound', memoryLimitMiB: 256 },
  ],
  storageArrays: [{ id: 'array-a', name: 'array-a', capacityGiB: 4096, iops: 50000, latencyMs: 0.5, rack: 'rack-1' }],
  vswitches: [{ id: 'vswitch-1', name: 'vSwitch0', host: 'host-1', vlans: [10, 20], uplinks: 2 }],
  events: [],
};
