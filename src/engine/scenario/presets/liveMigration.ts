/**
 * `live-migration`: two hosts on a 10 GbE link. At 5 s web-vm (writes 80 MiB/s) moves
 * to host-2: a full copy, a few shrinking rounds, then a pause of a few tens of ms.
 * At 16 s db-vm, an in-memory database writing 1.6 GiB/s (faster than the link), is
 * moved: its dirty set stops shrinking and the fallback (auto-converge) throttles it.
 */
import type { ScenarioInput } from '../schema';

const host = (id: string) => ({ id, name: id, sockets: 1, coresPerSocket: 4, threadsPerCore: 2, memoryMiB: 32768 });

export const liveMigration: ScenarioInput = {
  schemaVersion: 1,
  name: 'Live migration by pre-copy',
  seed: 8,
  hosts: [host('host-1'), host('host-2')],
  vms: [
    { id: 'web-vm', name: 'web-vm', host: 'host-1', vcpus: 2, memoryMiB: 4096, workload: 'web' },
    { id: 'db-vm', name: 'db-vm', host: 'host-1', vcpus: 2, memoryMiB: 4096, workload: 'database' },
  ],
  events: [
    { at: 5000, command: { type: 'migrateVm', vm: 'web-vm', host: 'host-2' } },
    { at: 16000, command: { type: 'migrateVm', vm: 'db-vm', host: 'host-2' } },
  ],
};
