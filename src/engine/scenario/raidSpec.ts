/** The scenario language for what is inside a storage array (its RAID level). */
import { z } from '../zod';

/** RAID levels an array can be built with (OSTEP ch. 38, raid.py's levels). */
export const raidLevels = [0, 1, 4, 5] as const;

/**
 * What is inside an array (optional: without it an array is a black box with an IOPS
 * figure): its RAID level, disks and chunk size in 4 KiB blocks. The storage subsystem
 * then maps a sample of the array's I/Os onto the disks with raidMap.
 */
export const raidSpecSchema = z.strictObject({
  level: z.union([z.literal(0), z.literal(1), z.literal(4), z.literal(5)]),
  disks: z.int().min(2).max(8).default(4),
  chunkBlocks: z.int().min(1).max(4).default(1),
});

/** Disks a level needs (checked with the scenario's references): RAID-1 pairs, RAID-4/5 at least 3. */
export function raidDisksProblem(r: { level: number; disks: number }): 'even' | 'three' | null {
  if (r.level === 1 && r.disks % 2 !== 0) return 'even';
  if (r.level >= 4 && r.disks < 3) return 'three';
  return null;
}

export type RaidSpec = z.output<typeof raidSpecSchema>;
