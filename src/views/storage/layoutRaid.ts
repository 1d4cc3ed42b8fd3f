/**
 * What the "inside the array" drawing shows, worked out from the engine's state: the
 * logical block (or P for parity) at each disk x offset of the window, which cells an I/O
 * touched and how (read, write or both), and its operations counted. Pure, so tested alone.
 */
import { diskGiB, raidMap, rebuildSources, type ArraySnap, type RaidOp, type StorageSnapshot } from '../../engine';

export const WINDOW_ROWS = 6;

type Raid = NonNullable<ArraySnap['raid']>;
export type RaidIoSnap = NonNullable<ArraySnap['disks']>['recent'][number];

export function dataDisks(r: Raid): number {
  return r.level === 0 ? r.disks : r.level === 1 ? r.disks / 2 : r.disks - 1;
}

/** Label of each cell, rows x disks: the logical block stored there, or 'P' for parity. */
export function raidCells(r: Raid): string[][] {
  const grid = Array.from({ length: WINDOW_ROWS }, () => Array.from({ length: r.disks }, () => ''));
  for (let b = 0; b < dataDisks(r) * WINDOW_ROWS; b++) {
    const ops = raidMap({ level: r.level, disks: r.disks, chunkBlocks: r.chunkBlocks, request: { block: b, size: 1, write: true } }).ops.filter((o) => o.op === 'write');
    ops.forEach((o, k) => {
      const row = grid[o.offset];
      if (row === undefined) return;
      row[o.disk] = (r.level === 4 || r.level === 5) && k === ops.length - 1 ? 'P' : String(b);
    });
  }
  return grid;
}

export type Mark = 'r' | 'w' | 'rw';

/** How the I/O touched each cell, keyed "disk:offset". */
export function marks(ops: readonly RaidOp[]): Map<string, Mark> {
  const m = new Map<string, Mark>();
  for (const o of ops) {
    const k = `${o.disk}:${o.offset}`;
    const was = m.get(k);
    const now: Mark = o.op === 'read' ? 'r' : 'w';
    m.set(k, was === undefined || was === now ? now : 'rw');
  }
  return m;
}

export function countOps(ops: readonly RaidOp[]): { reads: number; writes: number } {
  const reads = ops.filter((o) => o.op === 'read').length;
  return { reads, writes: ops.length - reads };
}

/** The latest read among the array's recent I/Os. */
export function latestRead(recent: readonly RaidIoSnap[]): RaidIoSnap | null {
  for (let i = recent.length - 1; i >= 0; i--) {
    const io = recent[i];
    if (io !== undefined && !io.write) return io;
  }
  return null;
}

/**
 * The sentence that says an array's state: healthy, degraded or rebuilding (each with its
 * own words for RAID-1, whose failed disk is served and rebuilt from its mirror alone, and
 * for RAID-4/5, which read every other disk of the set and use the parity), or lost.
 */
export function raidStateKey(a: Pick<ArraySnap, 'failed' | 'raid' | 'disks'>): string {
  const run = a.disks;
  if (a.failed) return a.raid?.level === 0 ? 'raid.state.lost0' : 'raid.state.lost';
  if (run === undefined || run.failedDisk === null) return 'raid.state.ok';
  const mirror = a.raid?.level === 1 ? '1' : '';
  return run.rebuilt !== null ? `raid.state.rebuilding${mirror}` : `raid.state.degraded${mirror}`;
}

/**
 * Array `index`'s disk rebuild as the lens tells it: the rate the engine's throttle gave it
 * in the last storage period (MiB/s onto the new disk, as much read from each disk it reads),
 * the disks it reads (the engine's rebuildSources: RAID-1 the mirror, RAID-4/5 every other
 * disk), the seconds left at that rate (null before its first period, when it has no rate
 * yet), and the replica copies reading or writing the same array, which share its room with
 * it. Null when the array is not rebuilding a disk.
 */
export function raidRebuild(st: StorageSnapshot, index: number): { mibps: number; reads: number[]; s: number | null; copies: number } | null {
  const a = st.arrays[index];
  const run = a?.disks;
  if (a?.raid === undefined || run === undefined || run.rebuilt === null || a.failed) return null;
  const leftMiB = (1 - run.rebuilt) * diskGiB(a.raid, a.capacityGiB) * 1024;
  let copies = 0;
  for (const v of st.volumes) {
    // A copy reads the volume's first live replica (as the engine does) and writes the one being built.
    const src = v.replicas.find((r) => !r.building)?.array;
    for (const r of v.replicas) if (r.building && src !== undefined && (r.array === index || src === index)) copies += 1;
  }
  return { mibps: run.copyMiBps, reads: rebuildSources(a.raid, run.failedDisk ?? 0), s: run.copyMiBps > 0 ? Math.ceil(leftMiB / run.copyMiBps) : null, copies };
}
