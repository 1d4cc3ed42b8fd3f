/**
 * `cpu-overcommit`: 8 vCPUs on 4 pCPUs (1 socket x 2 cores x 2 hyperthreads), a 2:1
 * overcommit. Four 2-vCPU VMs, two of them CPU-hungry, under Xen Credit: ready (steal)
 * time appears at once, and switching the policy shows how each one shares the threads.
 */
import type { ScenarioInput } from '../schema';

const vm = (id: string, workload: 'cpu-bound' | 'web' | 'database', weight = 256) => ({
  id,
  name: id,
  host: 'host-1',
  vcpus: 2,
  weight,
  memoryMiB: 2048,
  workload,
});

export const cpuOvercommit: ScenarioInput = {
  schemaVersion: 1,
  name: 'CPU overcommit: 8 vCPUs on 4 threads',
  seed: 11,
  hosts: [
    {
      id: 'host-1',
      name: 'host-1',
      sockets: 1,
      coresPerSocket: 2,
      threadsPerCore: 2,
      memoryMiB: 16384,
      hypervisor: { cpu: { policy: 'credit', timesliceMs: 30 } },
    },
  ],
  vms: [vm('batch-a', 'cpu-bound'), vm('batch-b', 'cpu-bound'), vm('db', 'database'), vm('web', 'web')],
  events: [],
};
