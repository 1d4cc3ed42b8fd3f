/**
 * Replica copies (rebuilds after a failure, and rebalance moves): where they start, how
 * fast each one goes, and what they cost the arrays. A copy reads its source array and
 * writes its target in 1 MiB I/Os weighed by their size like any other I/O (period.ts,
 * rebuildLoad, the same weighing a RAID disk rebuild uses). It is throttled the way Linux
 * md (sync_speed_min / sync_speed_max) and vSAN's resync throttling do it: the copies take
 * the room the foreground I/O leaves on both arrays, up to `storage.rebuildMiBps` into
 * each target array (the maximum), and always at least a small guaranteed share, so a
 * copy never stalls on a saturated array. docs/model.md, Storage, Failures.
 */
import { pushEvent } from '../kernel/events';
import { placeVolume } from './build';
import { ALPHA, kibCost, rebuildLoad, STORAGE_PERIOD } from './period';
import type { ArrayState, Replica, StorageState, StorageWorld } from './types';
import { allocGiB, deriveStatus, keptReplicas, touchVolume, usedPerArray } from './volumes';

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

/** MiB/s of copy traffic (read or written) an array takes on beside `fgLoad` rated I/Os per second of foreground I/O. */
export function copyRoom(a: Pick<ArrayState, 'iops' | 'mibps'>, fgLoad: number): number {
  const busy = Math.max(COPY_MIN_BUSY, COPY_BUSY_CEILING - fgLoad / a.iops);
  return (busy * a.iops) / rebuildLoad(1, kibCost(a.iops, a.mibps));
}

/** One copy: from the array holding a live replica to the array receiving the new one. */
export interface CopyStream {
  from: number;
  to: number;
}

/**
 * Each copy's rate, MiB/s, max-min fair (progressive filling): every copy shares the room of
 * both its arrays (`room`, MiB/s per array, reads and writes alike) and the at most `maxMiBps`
 * flowing into its target; all copies grow together, and those on an array or a target with
 * nothing left stop. So no array carries more copy traffic than its room and no target
 * receives more than `maxMiBps`. Deterministic (stream order only breaks no ties).
 */
export function copyRates(streams: readonly CopyStream[], room: readonly number[], maxMiBps: number): Float64Array {
  const n = room.length;
  // Resources: 0..n-1 each array's room, n..2n-1 each target's inbound maximum.
  const left = new Float64Array(2 * n);
  for (let a = 0; a < n; a++) {
    left[a] = Math.max(0, room[a] ?? 0);
    left[n + a] = Math.max(0, maxMiBps);
  }
  const rate = new Float64Array(streams.length);
  const done = new Uint8Array(streams.length);
  const users = new Float64Array(2 * n);
  for (let round = 0; round <= 2 * n; round++) {
    users.fill(0);
    for (let i = 0; i < streams.length; i++) {
      const c = streams[i];
      if (done[i] === 1 || c === undefined) continue;
      users[c.from] = (users[c.from] ?? 0) + 1;
      users[c.to] = (users[c.to] ?? 0) + 1;
      users[n + c.to] = (users[n + c.to] ?? 0) + 1;
    }
    let inc = Infinity;
    for (let r = 0; r < 2 * n; r++) if ((users[r] ?? 0) > 0) inc = Math.min(inc, (left[r] ?? 0) / (users[r] ?? 1));
    if (inc === Infinity) break;
    for (let r = 0; r < 2 * n; r++) left[r] = (left[r] ?? 0) - inc * (users[r] ?? 0);
    for (let i = 0; i < streams.length; i++) {
      const c = streams[i];
      if (done[i] === 1 || c === undefined) continue;
      rate[i] = (rate[i] ?? 0) + inc;
      const full = (r: number): boolean => (left[r] ?? 0) <= 1e-9 * Math.max(1, maxMiBps);
      if (full(c.from) || full(c.to) || full(n + c.to)) done[i] = 1;
    }
  }
  return rate;
}

/**
 * Advance every copy by one period (mutates): each copy goes at its rate (copyRates over
 * the room `load`, the foreground's rated I/Os per second per array, leaves), and its I/Os
 * are added to `load` on both arrays. A finished move frees the old replica.
 */
export function progressRebuilds(st: StorageWorld, s: StorageState, load: Float64Array): void {
  const streams: CopyStream[] = [];
  const copies: Replica[] = [];
  for (const v of s.volumes) {
    if (v.status === 'lost') continue;
    const src = v.replicas.find((x) => !x.building);
    for (const r of v.replicas) {
      if (!r.building) continue;
      r.copyMiBps = 0;
      if (src === undefined) continue;
      streams.push({ from: src.array, to: r.array });
      copies.push(r);
    }
  }
  const inbound = new Float64Array(s.arrays.length);
  if (streams.length > 0) {
    const room = s.arrays.map((a, i) => (a.failed ? 0 : copyRoom(a, load[i] ?? 0)));
    const rate = copyRates(streams, room, s.rebuildMiBps);
    streams.forEach((c, i) => {
      const mibps = rate[i] ?? 0;
      const r = copies[i];
      if (r !== undefined) r.copyMiBps = mibps;
      inbound[c.to] = (inbound[c.to] ?? 0) + mibps;
      for (const a of [c.from, c.to]) {
        const arr = s.arrays[a];
        if (arr !== undefined) load[a] = (load[a] ?? 0) + rebuildLoad(mibps, kibCost(arr.iops, arr.mibps));
      }
    });
    for (const v of s.volumes) {
      if (v.status === 'lost' || !v.replicas.some((r) => r.building)) continue;
      // A copy over the replicas: a finished move removes an element from v.replicas.
      for (const r of v.replicas.slice()) {
        if (!r.building) continue;
        r.copiedGiB = Math.min(allocGiB(v), r.copiedGiB + (r.copyMiBps * STORAGE_PERIOD) / 1000 / 1024);
        if (r.copiedGiB < allocGiB(v)) continue;
        r.building = false;
        r.copyMiBps = 0;
        const gone = v.replicas.findIndex((x) => x.leaving);
        if (gone >= 0) {
          // A rebalance move is done: the copy is complete, the old replica goes.
          pushEvent(st.events, st.tick, 'info', 'storage.event.moved', { volume: v.name, from: s.arrays[v.replicas[gone]?.array ?? -1]?.name ?? '', to: s.arrays[r.array]?.name ?? '' });
          v.replicas.splice(gone, 1);
        } else {
          pushEvent(st.events, st.tick, 'info', 'storage.event.rebuilt', { volume: v.name, array: s.arrays[r.array]?.name ?? '' });
        }
      }
      v.status = deriveStatus(v);
      touchVolume(s, v);
    }
  }
  for (let a = 0; a < s.arrays.length; a++) s.rebuildIn[a] = (s.rebuildIn[a] ?? 0) + ALPHA * ((inbound[a] ?? 0) - (s.rebuildIn[a] ?? 0));
}

/** Start a rebuild for every volume short of replicas that has a live copy to copy from. */
export function startRebuilds(st: StorageWorld, s: StorageState): void {
  if (!s.volumes.some((v) => v.status !== 'lost' && v.status !== 'ok' && keptReplicas(v) < v.want)) return;
  const used = usedPerArray(s);
  for (const v of s.volumes) {
    if (v.status === 'lost' || v.status === 'ok' || keptReplicas(v) >= v.want) continue;
    const before = v.replicas.length;
    const wasStuck = v.stuck;
    placeVolume(s, v, used);
    for (const r of v.replicas.slice(before)) {
      r.building = true;
      pushEvent(st.events, st.tick, 'info', 'storage.event.rebuildStarted', { volume: v.name, array: s.arrays[r.array]?.name ?? '', gib: Math.round(allocGiB(v)) });
    }
    v.status = deriveStatus(v);
    if (v.stuck && !wasStuck) pushEvent(st.events, st.tick, 'info', 'storage.event.noRoom', { volume: v.name, have: v.replicas.length, want: v.want });
  }
}
