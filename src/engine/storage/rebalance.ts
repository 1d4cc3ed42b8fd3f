/**
 * Rebalance: lay every surviving volume out again from scratch by the current policy
 * on the arrays online now, move the replicas that land elsewhere, and record what
 * moved. The record also says what each policy would move for the same change of
 * arrays (from the set online at the previous rebalance to the set online now, each
 * starting from its own layout), beside the least any policy must move (the new
 * arrays' fair share): the lesson of consistent hashing.
 */
import { placementPolicies, type PlacementPolicy } from '../scenario/parts';
import { movedGiB, placeAll, type LayoutVolume } from './placement';
import type { Move, MoveRecord, StorageState } from './types';
import { allocGiB, deriveStatus, usedPerArray } from './volumes';

const MAX_MOVES_LISTED = 200;

function layoutVolumes(s: StorageState): LayoutVolume[] {
  return s.volumes.filter((v) => v.status !== 'lost').map((v) => ({ id: v.id, allocGiB: allocGiB(v), count: v.want }));
}

function onlineArrays(s: StorageState): number[] {
  return s.arrays.flatMap((a, i) => (a.failed ? [] : [i]));
}

/** Fair share: the data that belongs on arrays that are new since the baseline, by capacity. */
function fairShare(s: StorageState, online: number[], total: number): number {
  const base = new Set(s.baseline);
  const cap = (ids: number[]): number => ids.reduce((n, i) => n + (s.arrays[i]?.capacityGiB ?? 0), 0);
  const fresh = online.filter((i) => !base.has(i));
  return cap(online) === 0 ? 0 : (total * cap(fresh)) / cap(online);
}

/**
 * Rebalance (mutates s), or null without touching anything when the fresh layout
 * would hold fewer copies of some volume than it has now (no room to lay it out again).
 */
export function rebalance(s: StorageState, tick: number): MoveRecord | null {
  const vols = layoutVolumes(s);
  const online = onlineArrays(s);
  const usedBefore = [...usedPerArray(s)];
  const current = s.volumes.filter((v) => v.status !== 'lost').map((v) => v.replicas.map((r) => r.array));
  const target = placeAll(s.arrays, online, vols, s.policy, s.rackAware);
  if (current.some((have, i) => (target[i]?.length ?? 0) < have.length)) return null;
  const moves: Move[] = [];
  let moved = 0;
  s.volumes.filter((v) => v.status !== 'lost').forEach((v, i) => {
    const want = target[i] ?? [];
    const have = current[i] ?? [];
    // Keep replicas that stay; pair each leaving replica with an arriving one.
    const leaving = have.filter((a) => !want.includes(a));
    const arriving = want.filter((a) => !have.includes(a));
    arriving.forEach((to, k) => {
      const from = leaving[k] ?? -1;
      moved += allocGiB(v);
      if (moves.length < MAX_MOVES_LISTED) moves.push({ volume: v.name, from, to, gib: allocGiB(v) });
    });
    // A moved replica arrives whole (the copy is taken as instant); a copy the volume was
    // missing has no source replica leaving, so it is rebuilt like any other.
    const fresh = new Set(arriving.slice(leaving.length));
    const building = (a: number): boolean => fresh.has(a) || v.replicas.some((r) => r.array === a && r.building);
    if (want.length > 0) v.replicas = want.map((a) => ({ array: a, building: building(a), copiedGiB: 0 }));
    v.status = deriveStatus(v);
    v.stuck = v.replicas.length < v.want;
  });
  const total = vols.reduce((n, v) => n + v.allocGiB * v.count, 0);
  const byPolicy = {} as Record<PlacementPolicy, number>;
  for (const p of placementPolicies) {
    const before = placeAll(s.arrays, s.baseline, vols, p, s.rackAware);
    const after = placeAll(s.arrays, online, vols, p, s.rackAware);
    byPolicy[p] = movedGiB(before, after, vols);
  }
  const rec: MoveRecord = { tick, policy: s.policy, moves, movedGiB: moved, totalGiB: total, fairGiB: fairShare(s, online, total), byPolicy, usedBefore, usedAfter: [...usedPerArray(s)] };
  s.lastMove = rec;
  s.baseline = online;
  s.rrCursor = 0;
  return rec;
}
