/**
 * `balloon`: an idle VM and a busy one share a 5,472 MiB host, promised 8 GiB. The idle
 * VM runs first and its guest fills its free memory with page cache; at 6 s the database
 * VM powers on (idle at first: clear, about 11.5 s) and its load rises in three steps,
 * each faster than the balloon drivers can answer (they poll once a second and inflate at
 * most 64 MiB/s): its site opens at 14 s (soft: the idle VM's balloon inflates), a batch
 * job starts at 17 s (hard: the hypervisor swaps until free memory is back above the soft
 * line), its reports start at 20 s (low: allocations wait for a moment). With the idle
 * memory tax on, the idle VM (most of its memory is cold page cache) gives, not the busy
 * one. At 32 s the database powers off: memory is plentiful again (high) and the idle
 * VM's balloon deflates at its rate (about 50 s). Compression is off so the balloon is the
 * main tool; switch the tax off to compare. The host size is chosen so each step lands in
 * the next state.
 */
import type { ScenarioInput } from '../schema';

const at = (ms: number, command: NonNullable<ScenarioInput['events']>[number]['command']) => ({ at: ms, command });

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
      memoryMiB: 5472,
      hypervisor: { memory: { ballooning: true, compression: false, idleMemoryTax: true, minFreeMiB: 512, pageMiB: 2 } },
    },
  ],
  vms: [
    { id: 'idle', name: 'idle', host: 'host-1', vcpus: 1, memoryMiB: 4096, workload: 'idle' },
    { id: 'busy', name: 'busy', host: 'host-1', vcpus: 2, memoryMiB: 4096, workload: 'idle', autostart: false },
  ],
  events: [
    at(6000, { type: 'startVm', vm: 'busy' }),
    at(14_000, { type: 'setWorkload', vm: 'busy', workload: 'web' }),
    at(17_000, { type: 'setWorkload', vm: 'busy', workload: 'cpu-bound' }),
    at(20_000, { type: 'setWorkload', vm: 'busy', workload: 'database' }),
    at(32_000, { type: 'stopVm', vm: 'busy' }),
  ],
};
