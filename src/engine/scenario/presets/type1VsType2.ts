/**
 * `type1-vs-type2`: two identical hosts with identical VMs and workloads; host-bare
 * runs a bare-metal (type 1) hypervisor, host-hosted a hosted (type 2) one on a host
 * OS. Both use hardware assistance, so the only difference is the host-OS crossing on
 * every trap and I/O: the Techniques lens shows its cost side by side.
 */
import type { ScenarioInput } from '../schema';

const host = (id: string, type: 'type1' | 'type2') => ({
  id,
  name: id,
  sockets: 1,
  coresPerSocket: 2,
  threadsPerCore: 1,
  memoryMiB: 16384,
  nics: 1,
  hypervisor: { type, technique: 'hardware-assisted' as const },
});

const vms = (h: string) => [
  { id: `${h}-web`, name: `${h}-web`, host: h, vcpus: 1, memoryMiB: 2048, workload: 'web' as const },
  { id: `${h}-io`, name: `${h}-io`, host: h, vcpus: 1, memoryMiB: 2048, workload: 'io-bound' as const },
];

export const type1VsType2: ScenarioInput = {
  schemaVersion: 1,
  name: 'Type 1 vs Type 2: same VMs, bare-metal vs hosted',
  seed: 21,
  hosts: [host('bare', 'type1'), host('hosted', 'type2')],
  vms: [...vms('bare'), ...vms('hosted')],
};
