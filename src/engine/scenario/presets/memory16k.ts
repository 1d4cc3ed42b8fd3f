/**
 * `memory-16k`: the memory benchmark's world. One 16 GiB host at 1 MiB per page is a
 * 16,384-frame grid, overcommitted 1.5x by six VMs so frames keep changing owner and
 * state (sharing, balloon, compression, swap) at top speed. The VMs power on 3 s apart
 * (0-15 s), so the grid fills and the host steps down through its states as each one
 * arrives (soft and hard at about 18 s, low at 20 s); from 26 s a scripted cycle stops one VM
 * every 3 s and starts it again 1.5 s later, for 24 simulated minutes (960 events), so
 * thousands of frames are freed and taken again every simulated second.
 */
import type { ScenarioInput } from '../schema';

const kinds = ['database', 'web', 'cpu-bound', 'database', 'web', 'io-bound'] as const;
/** Power-on stagger, and when the stop/start cycle begins (after the last VM has booted and settled). */
const STAGGER_MS = 3000;
const CYCLE_MS = 26_000;

export const memory16k: ScenarioInput = {
  schemaVersion: 1,
  name: 'Memory grid: 16,384 frames, 1.5x overcommitted',
  seed: 16,
  hosts: [
    {
      id: 'host-1',
      name: 'host-1',
      sockets: 1,
      coresPerSocket: 8,
      threadsPerCore: 2,
      memoryMiB: 16384,
      hypervisor: { memory: { pageMiB: 1, minFreeMiB: 1024 } },
    },
  ],
  vms: kinds.map((workload, i) => ({ id: `vm-${i + 1}`, name: `vm-${i + 1}`, host: 'host-1', vcpus: 2, memoryMiB: 4096, workload, autostart: i === 0 })),
  events: [
    ...kinds.slice(1).map((_, i) => ({ at: (i + 1) * STAGGER_MS, command: { type: 'startVm' as const, vm: `vm-${i + 2}` } })),
    ...cycle(),
  ],
};

/** The churn: one VM stopped every 3 s from CYCLE_MS and started again 1.5 s later. */
function cycle() {
  return Array.from({ length: 480 }, (_, k) => {
    const vm = `vm-${(k % kinds.length) + 1}`;
    const at = CYCLE_MS + k * 3000;
    return [
      { at, command: { type: 'stopVm' as const, vm } },
      { at: at + 1500, command: { type: 'startVm' as const, vm } },
    ];
  }).flat();
}
