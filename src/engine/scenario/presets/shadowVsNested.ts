/**
 * `shadow-vs-nested`: the same VM twice, on two identical hosts that translate
 * differently. host-shadow keeps shadow page tables (a TLB miss walks 4 levels, but
 * every guest page-table write and CR3 load traps to the hypervisor); host-nested uses
 * EPT/NPT (no traps, but a TLB miss walks up to 24 references). Compare the counters.
 */
import type { ScenarioInput } from '../schema';

const host = (id: string, technique: 'binary-translation' | 'hardware-assisted', translation: 'shadow' | 'nested') => ({
  id,
  name: id,
  sockets: 1,
  coresPerSocket: 2,
  threadsPerCore: 1 as const,
  memoryMiB: 8192,
  hypervisor: { technique, memory: { translation, pageMiB: 2 } },
});

export const shadowVsNested: ScenarioInput = {
  schemaVersion: 1,
  name: 'Shadow page tables vs nested paging',
  seed: 21,
  hosts: [host('host-shadow', 'binary-translation', 'shadow'), host('host-nested', 'hardware-assisted', 'nested')],
  vms: [
    { id: 'app-s', name: 'app-s', host: 'host-shadow', vcpus: 2, memoryMiB: 4096, workload: 'web' },
    { id: 'app-n', name: 'app-n', host: 'host-nested', vcpus: 2, memoryMiB: 4096, workload: 'web' },
  ],
};
