/**
 * `page-sharing`: four identical Linux guests on one host, with sharing between VMs on
 * (off by default since 2015 for security: a shared page lets one VM time another's
 * memory). Their identical OS pages and zero pages collapse into shared, copy-on-write
 * frames; a write breaks the share. Turn between-VM sharing off to see the difference.
 */
import type { ScenarioInput } from '../schema';

export const pageSharing: ScenarioInput = {
  schemaVersion: 1,
  name: 'Page sharing: four identical guests',
  seed: 3,
  hosts: [
    {
      id: 'host-1',
      name: 'host-1',
      sockets: 1,
      coresPerSocket: 4,
      threadsPerCore: 1,
      memoryMiB: 4096,
      hypervisor: { memory: { pageSharing: true, interVmSharing: true, minFreeMiB: 256, pageMiB: 1 } },
    },
  ],
  vms: [1, 2, 3, 4].map((n) => ({ id: `twin-${n}`, name: `twin-${n}`, host: 'host-1', vcpus: 1, memoryMiB: 1024, workload: 'idle' as const })),
};
