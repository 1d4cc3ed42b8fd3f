/**
 * `raid-striping`: inside the arrays. Four small arrays of four disks each, one per RAID
 * level (0, 1, 4 and 5, chunks of one 4 KiB block), and four web VMs, each with its
 * disk (a volume with one replica) pinned to one array, doing small (4 KiB, their workload's
 * own size, one block) random reads and writes once booted (their first 4 s of boot I/O are
 * 64 KiB, mapped as a whole stripe: the lens names every block such an I/O covers). A replaced disk is rebuilt at 200 MiB/s
 * (Linux md's default speed_limit_max, 200,000 KiB/s per device), about 10 s for 2 GiB. The Storage lens draws the selected array's disks, stripes and parity, and
 * lights the blocks of its latest I/Os: a RAID-5 small write reads the old data and
 * parity and writes both. Fail a disk to see degraded reads rebuilt from the other disks,
 * replace it to watch the rebuild; fail a RAID-0 disk to see the data lost.
 */
import type { ScenarioInput } from '../schema';

const levels = [0, 1, 4, 5] as const;

export const raidStriping: ScenarioInput = {
  schemaVersion: 1,
  name: 'RAID: striping, mirroring and parity inside an array',
  seed: 38,
  hosts: [{ id: 'host-1', name: 'host-1', sockets: 1, coresPerSocket: 4, threadsPerCore: 1, memoryMiB: 32768 }],
  vms: levels.map((l) => ({ id: `vm-raid${l}`, name: `vm-raid${l}`, host: 'host-1', vcpus: 1, memoryMiB: 2048, workload: 'web' as const, disks: [] })),
  storageArrays: levels.map((l) => ({ id: `raid${l}`, name: `raid${l}`, capacityGiB: 6, iops: 20000, latencyMs: 0.5, rack: 'rack-1', raid: { level: l, disks: 4, chunkBlocks: 1 } })),
  volumes: levels.map((l) => ({ id: `vm-raid${l}-disk`, sizeGiB: 2, provisioning: 'thick' as const, replicas: 1, owner: `vm-raid${l}`, arrays: [`raid${l}`] })),
  storage: { policy: 'most-free', diskReplicas: 1, diskProvisioning: 'thick', rebuildMiBps: 200 },
  events: [],
};
