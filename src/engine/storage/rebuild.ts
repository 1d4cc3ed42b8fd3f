/**
 * Replica copies (rebuilds after a failure, and rebalance moves): where they start, how
 * fast each one goes, and what they cost the arrays; and, beside them, each RAID array's
 * disk rebuild. A replica copy reads its source array and writes its target in 1 MiB I/Os
 * weighed by their size like any other I/O (period.ts, rebuildLoad, the same weighing a RAID
 * disk rebuild uses); a copy writing into a RAID array is also charged what the array's level
 * adds to a write of that size (parity, mirror copies: raidTick.ts, copyWriteExtra), as the
 * VMs' writes there are. Both are throttled together (throttle.ts) the way Linux md
 * (sync_speed_min / sync_speed_max) and vSAN's resync throttling do it: they take the room
 * the foreground I/O leaves on their arrays, stream by stream, up to `storage.rebuildMiBps`
 * into each target array and out of each source array (its fabric port, each way; a RAID
 * rebuild: per disk), and always at least a small guaranteed
 * share, so a copy never stalls on a saturated array. docs/model.md, Storage, Failures.
 */
import { pushEvent } from '../kernel/events';
import { placeVolume } from './build';
import { ALPHA, kibCost, rebuildLoad, STORAGE_PERIOD } from './period';
import { rebuildStreams } from './raid';
import { advanceRaidRebuild, copyWriteExtra } from './raidTick';
import { copyRates, copyRoom, type CopyStream } from './throttle';
import type { Replica, StorageState, StorageWorld } from './types';
import { allocGiB, deriveStatus, keptReplicas, touchVolume, usedPerArray } from './volumes';

/**
 * Advance every copy by one period (mutates): each replica copy and each RAID disk rebuild
 * goes at its rate (copyRates over the room `load`, the foreground's rated I/Os per second
 * per array, leaves), and its I/Os are added to `load` on its arrays. A finished move frees
 * the old replica.
 */
export function progressRebuilds(st: StorageWorld, s: StorageState, load: Float64Array): void {
  const streams: CopyStream[] = [];
  const copies: Replica[] = [];
  // RAID disk rebuilds first: streams [0, raids.length) are theirs.
  const raids: number[] = [];
  s.arrays.forEach((a, i) => {
    if (a.raid === undefined || a.disks?.rebuilt == null || a.failed) return;
    streams.push({ raid: i, streams: rebuildStreams(a.raid) });
    raids.push(i);
  });
  // Per array, rated I/Os per MiB a copy's writes cost it beyond plain 1 MiB I/Os (NaN: not worked out yet).
  const extra = new Float64Array(s.arrays.length).fill(NaN);
  for (const v of s.volumes) {
    if (v.status === 'lost') continue;
    const src = v.replicas.find((x) => !x.building);
    for (const r of v.replicas) {
      if (!r.building) continue;
      r.copyMiBps = 0;
      if (src === undefined) continue;
      const to = s.arrays[r.array];
      if (Number.isNaN(extra[r.array])) extra[r.array] = to === undefined ? 0 : copyWriteExtra(to);
      const x = extra[r.array] ?? 0;
      streams.push(x > 0 && to !== undefined ? { from: src.array, to: r.array, toCost: 1 + x / rebuildLoad(1, kibCost(to.iops, to.mibps)) } : { from: src.array, to: r.array });
      copies.push(r);
    }
  }
  const inbound = new Float64Array(s.arrays.length);
  if (streams.length > 0) {
    const room = s.arrays.map((a, i) => (a.failed ? 0 : copyRoom(a, load[i] ?? 0)));
    const rate = copyRates(streams, room, s.rebuildMiBps);
    raids.forEach((a, i) => advanceRaidRebuild(st, s, a, rate[i] ?? 0, load));
    streams.forEach((c, i) => {
      if ('raid' in c) return;
      const mibps = rate[i] ?? 0;
      const r = copies[i - raids.length];
      if (r !== undefined) r.copyMiBps = mibps;
      inbound[c.to] = (inbound[c.to] ?? 0) + mibps;
      for (const a of [c.from, c.to]) {
        const arr = s.arrays[a];
        if (arr !== undefined) load[a] = (load[a] ?? 0) + rebuildLoad(mibps, kibCost(arr.iops, arr.mibps));
      }
      // Writing into a RAID array: the level's extra operations, as for the VMs' writes.
      if (c.toCost !== undefined) load[c.to] = (load[c.to] ?? 0) + mibps * (extra[c.to] ?? 0);
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
