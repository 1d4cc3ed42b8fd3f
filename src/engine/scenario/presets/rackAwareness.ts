/**
 * `rack-awareness`: three racks of two arrays. Rack awareness is off and the policy is
 * round robin, so the two replicas of each volume land on neighbouring arrays, which
 * share a rack. At 8 s rack-1 loses power (scripted): both copies of some volumes go
 * with it and they are lost. Reset, turn rack awareness on, rebalance, and fail the
 * rack again: every volume survives, because its copies sit in different racks.
 */
import type { ScenarioInput } from '../schema';

export const rackAwareness: ScenarioInput = {
  schemaVersion: 1,
  name: 'Rack awareness: why replicas need different racks',
  seed: 9,
  hosts: [{ id: 'host-1', name: 'host-1', sockets: 1, coresPerSocket: 4, threadsPerCore: 2, memoryMiB: 65536 }],
  vms: Array.from({ length: 6 }, (_, i) => ({
    id: `vm-${i + 1}`,
    name: `vm-${i + 1}`,
    host: 'host-1',
    vcpus: 1,
    memoryMiB: 2048,
    workload: i % 2 === 0 ? ('web' as const) : ('database' as const),
    disks: [{ id: `vm-${i + 1}-disk`, sizeGiB: 60 }],
  })),
  storageArrays: [1, 2, 3].flatMap((r) =>
    ['a', 'b'].map((x) => ({ id: `r${r}-${x}`, name: `r${r}-${x}`, capacityGiB: 200, iops: 30000, latencyMs: 0.5, rack: `rack-${r}` })),
  ),
  // Fast rebuilds (8 GiB/s) so a rebalance at the start finishes its moves before the 8 s failure.
  storage: { policy: 'round-robin', rackAware: false, diskReplicas: 2, diskProvisioning: 'thin', rebuildMiBps: 8192 },
  events: [{ at: 8000, command: { type: 'failRack', rack: 'rack-1' } }],
};
