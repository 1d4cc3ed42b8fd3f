/**
 * `bt-vs-para-vs-hw`: three identical type-1 hosts running the same two VMs, one per
 * CPU virtualization technique: binary translation (full virtualization, unmodified
 * guest), paravirtualization (modified guest kernel, hypercalls) and hardware-assisted
 * (VT-x / AMD-V, VM exits). The Techniques lens counts traps, hypercalls and exits and
 * their cycles for each.
 */
import type { ScenarioInput } from '../schema';

type Tech = 'binary-translation' | 'paravirtual' | 'hardware-assisted';

const host = (id: string, technique: Tech) => ({
  id,
  name: id,
  sockets: 1,
  coresPerSocket: 2,
  threadsPerCore: 1,
  memoryMiB: 16384,
  nics: 1,
  hypervisor: { type: 'type1' as const, technique },
});

const vms = (h: string) => [
  { id: `${h}-web`, name: `${h}-web`, host: h, vcpus: 1, memoryMiB: 2048, workload: 'web' as const },
  { id: `${h}-db`, name: `${h}-db`, host: h, vcpus: 1, memoryMiB: 4096, workload: 'database' as const },
];

export const btVsParaVsHw: ScenarioInput = {
  schemaVersion: 1,
  name: 'Binary translation vs paravirtualization vs hardware-assisted',
  seed: 33,
  hosts: [host('bt', 'binary-translation'), host('para', 'paravirtual'), host('hw', 'hardware-assisted')],
  vms: [...vms('bt'), ...vms('para'), ...vms('hw')],
};
