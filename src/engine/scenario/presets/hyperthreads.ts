/**
 * `hyperthreads`: 2 cores x 2 threads. Two CPU-bound VMs start on separate cores and
 * run at full speed; at 6 s two more start, every sibling pair becomes busy and each
 * thread delivers about 62 % of a core (1.25x per core together, DOMAIN.md). Fair share
 * scheduling (KVM) keeps placement simple to follow.
 */
import type { ScenarioInput } from '../schema';

const vm = (id: string, autostart: boolean) => ({ id, name: id, host: 'host-1', vcpus: 1, memoryMiB: 2048, workload: 'cpu-bound' as const, autostart });

export const hyperthreads: ScenarioInput = {
  schemaVersion: 1,
  name: 'Hyperthreads: siblings share a core',
  seed: 5,
  hosts: [
    {
      id: 'host-1',
      name: 'host-1',
      sockets: 1,
      coresPerSocket: 2,
      threadsPerCore: 2,
      memoryMiB: 16384,
      hypervisor: { cpu: { policy: 'fair-share', timesliceMs: 30 } },
    },
  ],
  vms: [vm('calc-1', true), vm('calc-2', true), vm('calc-3', false), vm('calc-4', false)],
  events: [
    { at: 6000, command: { type: 'startVm', vm: 'calc-3' } },
    { at: 6000, command: { type: 'startVm', vm: 'calc-4' } },
  ],
};
