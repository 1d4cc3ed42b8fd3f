/**
 * The RAID part of the storage tick and commands: each RAID array's sampled I/Os, its
 * physical load (what its level costs per logical read and write), its disk rebuild's
 * progress at the rate the throttle gave it (rebuild.ts, throttle.ts), and failing or
 * replacing one of its disks.
 */
import { OK, reject, type Outcome } from '../kernel/contract';
import { pushEvent } from '../kernel/events';
import { kibCost, REBUILD_IO_KIB, rebuildLoad } from './period';
import { diskGiB, ioBlocks, progressRaidRebuild, raidCost, rebuildStreams, sampleRaid } from './raid';
import type { ArrayState, StorageState, StorageWorld } from './types';

/** Period length in seconds (STORAGE_PERIOD ticks of 1 ms). */
const PERIOD_S = 0.1;

/** Scratch for sampleRaid (the storage tick allocates no more per array). */
const TRAFFIC = { reads: 0, writes: 0, readKiB: 0, writeKiB: 0 };

/**
 * Mutates the RAID arrays' runs and their `load`: the logical reads and writes that
 * arrived (`rw`, per array: reads and writes per second, then the KiB per second of each)
 * become physical operations of their own sizes. That is the arrays' foreground load; a
 * disk rebuild is background work, added by advanceRaidRebuild.
 */
export function stepRaidArrays(st: StorageWorld, s: StorageState, load: Float64Array, rw: Float64Array): void {
  s.arrays.forEach((a, i) => {
    if (a.raid === undefined || a.disks === undefined || a.failed) return;
    const t = TRAFFIC;
    t.reads = rw[4 * i] ?? 0;
    t.writes = rw[4 * i + 1] ?? 0;
    t.readKiB = rw[4 * i + 2] ?? 0;
    t.writeKiB = rw[4 * i + 3] ?? 0;
    const phys = sampleRaid(a.raid, a.disks, st.tick, t);
    load[i] = (load[i] ?? 0) - t.reads - t.writes + phys;
  });
}

/**
 * Rated I/Os per MiB that a replica copy's writes cost array `a` beyond their plain 1 MiB
 * I/Os (REBUILD_IO_KIB, rebuildLoad): on a RAID array what its level adds to a foreground
 * write of that size (stepRaidArrays: the physical operations of one write mapped at its size,
 * at most one stripe, in place of the one I/O already counted), as the array is now (degraded
 * or rebuilding included); 0 on an array without RAID. A 4-disk RAID-5 with one-block chunks
 * maps a 1 MiB write as a whole stripe at a random start, 6.7 operations on average (4 when
 * it is aligned: full-stripe, no reads), so 5.7 more than the one I/O.
 */
export function copyWriteExtra(a: ArrayState): number {
  if (a.raid === undefined || a.disks === undefined || a.failed) return 0;
  const ops = raidCost(a.raid, a.disks, ioBlocks(a.raid, REBUILD_IO_KIB)).write;
  return ((ops - 1) * 1024) / REBUILD_IO_KIB;
}

/**
 * Advance array `i`'s disk rebuild by one period at `mibps` onto the new disk (mutates its
 * run and `load`): it reads the surviving disks it needs (RAID-1: the mirror; RAID-4/5: all
 * the others) and writes the replacement, each stream at `mibps` in 1 MiB I/Os weighed by
 * their size (period.ts, rebuildLoad).
 */
export function advanceRaidRebuild(st: StorageWorld, s: StorageState, i: number, mibps: number, load: Float64Array): void {
  const a = s.arrays[i];
  if (a?.raid === undefined || a.disks === undefined || a.disks.rebuilt === null) return;
  a.disks.copyMiBps = mibps;
  load[i] = (load[i] ?? 0) + rebuildStreams(a.raid) * rebuildLoad(mibps, kibCost(a.iops, a.mibps));
  const disk = a.disks.failedDisk ?? 0;
  if (progressRaidRebuild(a.disks, mibps * PERIOD_S, diskGiB(a.raid, a.capacityGiB))) {
    pushEvent(st.events, st.tick, 'info', 'storage.event.diskRebuilt', { array: a.name, disk });
  }
}

/**
 * One disk of a RAID array fails. RAID-0 (no redundancy), or a second disk of a RAID-4/5
 * array or the mirror of a failed RAID-1 disk, loses the array's data: `failWhole` fails
 * the array as a whole. Otherwise the array runs degraded until the disk is replaced.
 */
export function failDisk(st: StorageWorld, id: string, disk: number, failWhole: (a: number) => void): Outcome {
  const i = st.storage.arrays.findIndex((a) => a.id === id);
  const a = st.storage.arrays[i];
  if (a === undefined) return reject('storage.reason.noSuchArray', { array: id });
  if (a.raid === undefined || a.disks === undefined) return reject('storage.reason.noRaid', { array: a.name });
  if (a.failed) return reject('storage.reason.alreadyFailed', { array: a.name });
  if (disk >= a.raid.disks) return reject('storage.reason.noSuchDisk', { array: a.name, disk, n: a.raid.disks });
  const run = a.disks;
  if (run.failedDisk === disk) return reject('storage.reason.diskFailed', { array: a.name, disk });
  const second = run.failedDisk !== null;
  if (second && a.raid.level === 1 && (run.failedDisk ?? 0) >> 1 !== disk >> 1) return reject('storage.reason.oneDiskAtATime', { array: a.name });
  if (a.raid.level === 0 || second) {
    run.failedDisk = disk;
    run.rebuilt = null;
    run.copyMiBps = 0;
    pushEvent(st.events, st.tick, 'info', a.raid.level === 0 ? 'storage.event.diskLostRaid0' : 'storage.event.diskLostSecond', { array: a.name, disk });
    failWhole(i);
    return OK;
  }
  run.failedDisk = disk;
  run.rebuilt = null;
  pushEvent(st.events, st.tick, 'info', 'storage.event.diskFailed', { array: a.name, disk, level: a.raid.level });
  return OK;
}

/** A new disk replaces the failed one and is rebuilt from the others, offset by offset. */
export function replaceDisk(st: StorageWorld, id: string): Outcome {
  const a = st.storage.arrays.find((x) => x.id === id);
  if (a === undefined) return reject('storage.reason.noSuchArray', { array: id });
  if (a.raid === undefined || a.disks === undefined) return reject('storage.reason.noRaid', { array: a.name });
  if (a.failed) return reject('storage.reason.raidLost', { array: a.name });
  if (a.disks.failedDisk === null) return reject('storage.reason.noFailedDisk', { array: a.name });
  if (a.disks.rebuilt !== null) return reject('storage.reason.diskRebuilding', { array: a.name });
  a.disks.rebuilt = 0;
  pushEvent(st.events, st.tick, 'info', 'storage.event.diskReplaced', { array: a.name, disk: a.disks.failedDisk });
  return OK;
}
