/**
 * What the "inside the array" drawing shows, worked out from the engine's state: the
 * logical block (or P for parity) at each disk x offset of the window, which cells an I/O
 * touched and how (read, write or both), and its operations counted. Pure, so tested alone.
 */
import { diskGiB, raidMap, rebuildSources, type ArraySnap, type RaidOp, type StorageSnapshot } from '../../engine';
import type { Translate } from '../../i18n';

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

/**
 * Whether a RAID-4/5 read had a block of the failed disk computed from the other disks: the
 * healthy mapping of the request reads a cell the I/O did not (a RAID-1 read just goes to the
 * mirror instead, one read for one). Counting reads cannot tell: a read of a run of blocks
 * reads several disks anyway, and the rebuilt block's row may be one it reads whole.
 */
export function readRebuilt(r: Raid, io: RaidIoSnap): boolean {
  if (io.write || !io.degraded || r.level < 4) return false;
  const healthy = raidMap({ level: r.level, disks: r.disks, chunkBlocks: r.chunkBlocks, request: { block: io.block, size: io.size, write: false } }).ops;
  return healthy.some((h) => !io.ops.some((o) => o.op === h.op && o.disk === h.disk && o.offset === h.offset));
}

/**
 * The sentence under "Latest write:" or "Latest read:": the one logical I/O, every block it
 * covers (the cells the drawing lights), and the disk reads and writes it became.
 */
export function ioCountText(t: Translate, r: Raid, io: RaidIoSnap): string {
  const { reads, writes } = countOps(io.ops);
  // "block 9", or "blocks 9–11" for a run: the engine maps each I/O at its issuer's size, at most one stripe
  // (a booting guest's 64 KiB I/Os light a whole stripe, a web VM's 4 KiB ones a single block).
  const p = { span: io.size > 1 ? 'raid.count.run' : 'raid.count.one', first: io.block, last: io.block + io.size - 1, r: reads, w: writes };
  // A RAID-4/5 write of a whole stripe reads nothing: its parity comes from the new data alone (a small write reads
  // the old data and parity first), which a student told "2 reads + 2 writes" would otherwise not see.
  if (io.write) return t(r.level >= 4 && reads === 0 ? 'raid.count.writeFull' : 'raid.count.write', p);
  if (!readRebuilt(r, io)) return t('raid.count.read', p);
  return t(io.size > 1 ? 'raid.count.readDegradedRun' : 'raid.count.readDegraded', p);
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
