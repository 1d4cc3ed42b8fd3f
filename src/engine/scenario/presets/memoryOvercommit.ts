/**
 * `memory-overcommit`: one 8 GiB host promised 12 GiB (1.5x) by three VMs, paced so a
 * student at 1x can name each rung as it engages. The VMs power on one after another
 * (0, 4 and 8 s, as a host's start order staggers them), idle at first; as their guests
 * fill page caches free memory falls below minFree (clear, about 13 s: sharing scans
 * faster). At 16 s web's site opens and its working set grows (soft: the balloon
 * inflates, in web and batch rather than db, which has high shares). At 26 s the
 * database's reports and batch's data load start together (75 % working sets), faster
 * than the balloon can answer (hard, about 26.5 s: compression and swapping); from then
 * on the working sets do not fit and the VMs do less work (waiting on memory). minFree
 * is raised to 512 MiB (the formula gives 257 MiB for this host) so each state's band
 * is wide enough to watch.
 */
import type { ScenarioInput } from '../schema';

const at = (ms: number, command: NonNullable<ScenarioInput['events']>[number]['command']) => ({ at: ms, command });

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
    // High memory shares (ESXi: 20 per MiB, twice normal): reclaim asks the others first.
    { id: 'db', name: 'db', host: 'host-1', vcpus: 2, memoryMiB: 4096, workload: 'idle', memShares: 4096 * 20 },
    { id: 'web', name: 'web', host: 'host-1', vcpus: 1, memoryMiB: 4096, workload: 'idle', autostart: false },
    { id: 'batch', name: 'batch', host: 'host-1', vcpus: 1, memoryMiB: 4096, workload: 'idle', guestOs: 'windows', autostart: false },
  ],
  events: [
    at(4000, { type: 'startVm', vm: 'web' }),
    at(8000, { type: 'startVm', vm: 'batch' }),
    at(16_000, { type: 'setWorkload', vm: 'web', workload: 'web' }),
    at(26_000, { type: 'setWorkload', vm: 'db', workload: 'database' }),
    at(26_000, { type: 'setWorkload', vm: 'batch', workload: 'database' }),
  ],
};
