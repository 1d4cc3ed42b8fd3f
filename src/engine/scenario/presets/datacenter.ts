/**
 * `datacenter-32`: the largest foundation preset, four hosts of 2 sockets x 8 cores x
 * 2 threads (32 pCPUs each) running 32 VMs with mixed workloads and a few containers.
 * It is the benchmark's "32-VM scenario" and shows load spread across hosts.
 */
import type { ScenarioInput } from '../schema';

const kinds = ['web', 'database', 'cpu-bound', 'io-bound', 'idle', 'web', 'database', 'web'] as const;
const hosts = [1, 2, 3, 4].map((n) => ({
  id: `host-${n}`,
  name: `host-${n}`,
  sockets: 2,
  coresPerSocket: 8,
  threadsPerCore: 2 as const,
  memoryMiB: 262144,
  nics: 4,
  disks: [{ id: `host-${n}-boot`, sizeGiB: 480 }],
  hypervisor: { type: 'type1' as const, technique: 'hardware-assisted' as const },
}));

export const datacenter32: ScenarioInput = {
  schemaVersion: 1,
  name: 'Data centre: 4 hosts, 32 VMs',
  seed: 7,
  hosts,
  vms: Array.from({ length: 32 }, (_, i) => ({
    id: `vm-${i + 1}`,
    name: `vm-${i + 1}`,
    host: `host-${(i % 4) + 1}`,
    vcpus: 2 + (i % 3) * 2,
    memoryMiB: 8192 + (i % 4) * 4096,
    workload: kinds[i % kinds.length] ?? 'web',
    guestOs: i % 5 === 0 ? ('windows' as const) : ('linux' as const),
    disks: [{ id: `vm-${i + 1}-disk`, sizeGiB: 100 }],
  })),
  containers: Array.from({ length: 8 }, (_, i) => ({
    id: `ct-${i + 1}`,
    name: `ct-${i + 1}`,
    host: `host-${(i % 4) + 1}`,
    image: i % 2 === 0 ? 'nginx:1.27' : 'postgres:16',
    workload: i % 2 === 0 ? ('web' as const) : ('database' as const),
  })),
  storageArrays: [1, 2, 3, 4].map((n) => ({ id: `array-${n}`, name: `array-${n}`, capacityGiB: 65536, iops: 200000, latencyMs: 0.3, rack: `rack-${((n - 1) % 2) + 1}` })),
  vswitches: hosts.map((h) => ({ id: `${h.id}-vs`, name: 'vSwitch0', host: h.id, vlans: [10, 20, 30], uplinks: 2 })),
  events: [],
};
