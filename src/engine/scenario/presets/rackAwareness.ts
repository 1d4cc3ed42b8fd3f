/**
 * `rack-awareness`: three racks of two arrays. Rack awareness is off and the policy is
 * round robin, so the two replicas of each volume land on neighbouring arrays, which
 * share a rack. The scripted lesson has two acts. At 12 s rack-1 loses power: both
 * copies of two volumes go with it and they are lost. At 16 s its power is back (the
 * arrays return empty), and at 18 s the admin turns rack awareness on and rebalances:
 * one copy of each volume moves to another rack (done by about 27 s). At 30 s rack-2
 * loses power: nothing more is lost, and the volumes it held re-replicate onto the
 * racks left (rebuilt by about 37 s). A student can also reset, turn rack awareness on
 * and rebalance before 12 s: then even the first failure loses nothing.
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
    disks: [{ id: `vm-${i + 1}-disk`, sizeGiB: 24 }],
  })),
  storageArrays: [1, 2, 3].flatMap((r) =>
    ['a', 'b'].map((x) => ({ id: `r${r}-${x}`, name: `r${r}-${x}`, capacityGiB: 200, iops: 60000, latencyMs: 0.5, rack: `rack-${r}` })),
  ),
  // Rebuilds and moves may copy at 4 GiB/s (a few 25 GbE links' worth); they take the room
  // the arrays have left (all-flash, 60,000 IOPS and 3,750 MiB/s each; copies fill them up to
  // 80 % busy), so a rebalance at the start finishes its moves (about 7 s) before the 12 s
  // failure, and the scripted one (18 s) before rack-2 fails at 30 s. 24 GiB disks keep the
  // copies that short.
  storage: { policy: 'round-robin', rackAware: false, diskReplicas: 2, diskProvisioning: 'thin', rebuildMiBps: 4096 },
  events: [
    { at: 12_000, command: { type: 'failRack', rack: 'rack-1' } },
    { at: 16_000, command: { type: 'repairArray', array: 'r1-a' } },
    { at: 16_000, command: { type: 'repairArray', array: 'r1-b' } },
    { at: 18_000, command: { type: 'setRackAware', on: true } },
    { at: 18_000, command: { type: 'rebalance' } },
    { at: 30_000, command: { type: 'failRack', rack: 'rack-2' } },
  ],
};
