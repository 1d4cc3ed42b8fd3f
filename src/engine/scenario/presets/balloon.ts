/**
 * `balloon`: an idle VM and a busy one share a 5 GiB host, promised 8 GiB. The idle VM
 * runs first and its guest fills its free memory with page cache; at 6 s the busy
 * database VM powers on, and as it fills its working set (about 11.5 s) the host runs
 * short and the balloon drivers inflate: with the idle memory tax on, the idle VM (most
 * of its memory is cold page cache) gives, not the busy one. At 32 s the database's job
 * ends and it powers off: memory is plentiful again (high) and the idle VM's balloon
 * deflates. Compression is off so the balloon is the main tool; switch the tax off to
 * compare.
 */
import type { ScenarioInput } from '../schema';

export const balloon: ScenarioInput = {
  schemaVersion: 1,
  name: 'Ballooning: an idle and a busy VM under pressure',
  seed: 5,
  hosts: [
    {
      id: 'host-1',
      name: 'host-1',
      sockets: 1,
      coresPerSocket: 2,
      threadsPerCore: 2,
      memoryMiB: 5120,
      hypervisor: { memory: { ballooning: true, compression: false, idleMemoryTax: true, minFreeMiB: 512, pageMiB: 2 } },
    },
  ],
  vms: [
    { id: 'idle', name: 'idle', host: 'host-1', vcpus: 1, memoryMiB: 4096, workload: 'idle' },
    { id: 'busy', name: 'busy', host: 'host-1', vcpus: 2, memoryMiB: 4096, workload: 'database', autostart: false },
  ],
  events: [
    { at: 6000, command: { type: 'startVm', vm: 'busy' } },
    { at: 32_000, command: { type: 'stopVm', vm: 'busy' } },
  ],
};
