/**
 * The one throttle of the arrays' background copies: replica copies (rebuilds after an
 * array failure, rebalance moves) and RAID disk rebuilds (a replaced disk rebuilt from the
 * others) take only the room their arrays' foreground I/O (the VMs' and containers') leaves,
 * and share it max-min fair stream by stream. It follows Linux md (sync_speed_min /
 * sync_speed_max) and vSAN's resync throttling. docs/model.md, Storage, Failures.
 */
import { kibCost, rebuildLoad } from './period';
import type { ArrayState } from './types';

/**
 * Busy share of an array up to which the copies fill what foreground I/O leaves
 * (illustrative): at 80 % busy a foreground I/O waits 5x its unloaded time, the kind of
 * latency watermark vSAN's adaptive resync halves its resync bandwidth at.
 */
export const COPY_BUSY_CEILING = 0.8;
/**
 * Busy share of an array the copies always get, however busy it is (md's guaranteed
 * sync_speed_min, here a share of the array's time, illustrative): a saturated array
 * still rebuilds, slowly, and its load may then pass 100 %.
 */
export const COPY_MIN_BUSY = 0.1;

/** MiB/s of copy traffic (read or written, in 1 MiB I/Os) an array takes on beside `fgLoad` rated I/Os per second of foreground I/O. */
export function copyRoom(a: Pick<ArrayState, 'iops' | 'mibps'>, fgLoad: number): number {
  const busy = Math.max(COPY_MIN_BUSY, COPY_BUSY_CEILING - fgLoad / a.iops);
  return (busy * a.iops) / rebuildLoad(1, kibCost(a.iops, a.mibps));
}

/**
 * One copy on the arrays. A replica copy reads array `from` and writes array `to`: one
 * stream on each, and its rate counts against the maximum flowing into `to` and the one
 * flowing out of `from` (each array's port on the SAN fabric, each way: the copies out of
 * one array share its outbound port, as those into one array share its inbound one). Its write takes `toCost` of `to`'s room per MiB/s (absent: 1,
 * a plain 1 MiB I/O; more on a RAID array, whose level adds operations to every write:
 * raidTick.ts, copyWriteExtra). A RAID disk rebuild of array `raid` reads the surviving disks
 * it needs and writes the new one: `streams` streams on that array (RAID-1: 2; RAID-4/5:
 * every disk), all at the new disk's rate, which is at most the maximum (md's limit is per
 * device); it uses no link.
 */
export type CopyStream = { from: number; to: number; toCost?: number } | { raid: number; streams: number };

/**
 * Each copy's rate, MiB/s (a RAID rebuild's: each of its streams', the rate its new disk is
 * written at), max-min fair stream by stream (progressive filling): every stream on an array
 * (a replica copy's read or write, each of a RAID rebuild's reads and its write) grows at the
 * same pace, within its arrays' room (`room`, MiB/s per array) and the at most `maxMiBps`
 * flowing into a replica copy's target, out of its source (each array's fabric port, each
 * way) or through each stream of a RAID rebuild; copies on an array, a port or a limit with
 * nothing left stop. So no array carries more copy
 * traffic than its room, a RAID rebuild and the replica copies on its array share that
 * room, and none goes past the maximum. Deterministic (stream order only breaks no ties).
 */
export function copyRates(streams: readonly CopyStream[], room: readonly number[], maxMiBps: number): Float64Array {
  const n = room.length;
  const m = streams.length;
  // Resources: 0..n-1 each array's room, n..2n-1 each array's inbound and 2n..3n-1 its outbound maximum
  // (its fabric port, each way), 3n+i copy i's own maximum (a RAID rebuild's).
  const left = new Float64Array(3 * n + m);
  for (let a = 0; a < n; a++) {
    left[a] = Math.max(0, room[a] ?? 0);
    left[n + a] = Math.max(0, maxMiBps);
    left[2 * n + a] = Math.max(0, maxMiBps);
  }
  for (let i = 0; i < m; i++) left[3 * n + i] = Math.max(0, maxMiBps);
  // What copy i takes of each resource per MiB/s of its rate.
  const uses = (c: CopyStream, i: number, f: (r: number, per: number) => void): void => {
    if ('raid' in c) {
      f(c.raid, c.streams);
      f(3 * n + i, 1);
    } else {
      f(c.from, 1);
      f(c.to, c.toCost ?? 1);
      f(n + c.to, 1);
      f(2 * n + c.from, 1);
    }
  };
  const rate = new Float64Array(m);
  const done = new Uint8Array(m);
  const users = new Float64Array(3 * n + m);
  const full = (r: number): boolean => (left[r] ?? 0) <= 1e-9 * Math.max(1, maxMiBps);
  // Each round fills at least one resource, so there are at most as many rounds as resources.
  for (let round = 0; round <= 3 * n + m; round++) {
    users.fill(0);
    for (let i = 0; i < m; i++) {
      const c = streams[i];
      if (done[i] === 1 || c === undefined) continue;
      uses(c, i, (r, per) => {
        users[r] = (users[r] ?? 0) + per;
      });
    }
    let inc = Infinity;
    for (let r = 0; r < users.length; r++) if ((users[r] ?? 0) > 0) inc = Math.min(inc, (left[r] ?? 0) / (users[r] ?? 1));
    if (inc === Infinity) break;
    for (let r = 0; r < users.length; r++) left[r] = (left[r] ?? 0) - inc * (users[r] ?? 0);
    for (let i = 0; i < m; i++) {
      const c = streams[i];
      if (done[i] === 1 || c === undefined) continue;
      rate[i] = (rate[i] ?? 0) + inc;
      uses(c, i, (r) => {
        if (full(r)) done[i] = 1;
      });
    }
  }
  return rate;
}
