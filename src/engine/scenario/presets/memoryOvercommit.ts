/**
 * `memory-overcommit`: one 8 GiB host promised 12 GiB (1.5x) by three busy VMs. As the
 * guests fill their working sets and page caches, free memory falls through the ESXi
 * states and the reclaim ladder engages in order: sharing, ballooning, then compression
 * and swapping. minFree is raised to 512 MiB (the formula gives 257 MiB for this host)
 * so each state's band is wide enough to watch.
 */
import type { ScenarioInput } from '../schema';

export const memoryOvercommit: ScenarioInput = {
  schemaVersion: 1,
  name: 'Memory overcommit: 12 GiB promised on an 8 GiB host',
  seed: 11,
  hosts: [
    {
      id: 'host-1',
      name: 'host-1',
      sockets: 1,
      coresPerSocket: 4,
      threadsPerCore: 1,
      memoryMiB: 8192,
      hypervisor: { type: 'type1', technique: 'hardware-assisted', memory: { pageSharing: true, ballooning: true, minFreeMiB: 512, pageMiB: 2 } },
    },
  ],
  vms: [
    { id: 'db', name: 'db', host: 'host-1', vcpus: 2, memoryMiB: 4096, workload: 'database' },
    { id: 'web', name: 'web', host: 'host-1', vcpus: 1, memoryMiB: 4096, workload: 'web' },
    { id: 'batch', name: 'batch', host: 'host-1', vcpus: 1, memoryMiB: 4096, workload: 'cpu-bound', guestOs: 'windows' },
  ],
};
