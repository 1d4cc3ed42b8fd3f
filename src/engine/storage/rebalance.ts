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
import { allocGiB, deriveStatus, keptReplicas, touchVolume, usedPerArray } from './volumes';

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
/** GiB per array once a layout is complete. */
function layoutUse(s: StorageState, layout: readonly (readonly number[])[], vols: readonly LayoutVolume[]): number[] {
  const use = s.arrays.map(() => 0);
  layout.forEach((arrays, i) => {
    for (const a of arrays) use[a] = (use[a] ?? 0) + (vols[i]?.allocGiB ?? 0);
  });
  return use;
}

/** During the moves both the old and the new replica take space: every target must hold its new copies too. */
function hasHeadroom(s: StorageState, current: readonly (readonly number[])[], target: readonly (readonly number[])[], vols: readonly LayoutVolume[]): boolean {
  const use = usedPerArray(s);
  target.forEach((arrays, i) => {
    for (const a of arrays) if (!(current[i] ?? []).includes(a)) use[a] = (use[a] ?? 0) + (vols[i]?.allocGiB ?? 0);
  });
  return s.arrays.every((a, i) => (use[i] ?? 0) <= a.capacityGiB + 1e-9);
}

export function rebalance(s: StorageState, tick: number): MoveRecord | null {
  const vols = layoutVolumes(s);
  const online = onlineArrays(s);
  const usedBefore = [...usedPerArray(s)];
  const current = s.volumes.filter((v) => v.status !== 'lost').map((v) => v.replicas.map((r) => r.array));
  const target = placeAll(s.arrays, online, vols, s.policy, s.rackAware);
  if (current.some((have, i) => (target[i]?.length ?? 0) < have.length)) return null;
  if (!hasHeadroom(s, current, target, vols)) return null;
  const moves: Move[] = [];
  let moved = 0;
  s.volumes.filter((v) => v.status !== 'lost').forEach((v, i) => {
    const want = target[i] ?? [];
    const have = current[i] ?? [];
    // Pair each replica leaving with one arriving; an arrival without a partner is a missing copy.
    const leaving = have.filter((a) => !want.includes(a));
    const arriving = want.filter((a) => !have.includes(a));
    arriving.forEach((to, k) => {
      moved += allocGiB(v);
      if (moves.length < MAX_MOVES_LISTED) moves.push({ volume: v.name, from: leaving[k] ?? -1, to, gib: allocGiB(v) });
    });
    // Moves are copies over time: the old replica keeps serving (leaving) until its new copy
    // is built from a live replica, then it goes.
    v.replicas = [
      ...v.replicas.filter((r) => want.includes(r.array)),
      ...v.replicas.filter((r) => leaving.includes(r.array)).map((r) => ({ ...r, leaving: true })),
      ...arriving.map((a) => ({ array: a, building: true, copiedGiB: 0, copyMiBps: 0, leaving: false })),
    ];
    v.status = deriveStatus(v);
    v.stuck = keptReplicas(v) < v.want;
    touchVolume(s, v);
  });
  const total = vols.reduce((n, v) => n + v.allocGiB * v.count, 0);
  const byPolicy = {} as Record<PlacementPolicy, number>;
  for (const p of placementPolicies) {
    const before = placeAll(s.arrays, s.baseline, vols, p, s.rackAware);
    const after = placeAll(s.arrays, online, vols, p, s.rackAware);
    byPolicy[p] = movedGiB(before, after, vols);
  }
  const rec: MoveRecord = { tick, policy: s.policy, moves, movedGiB: moved, totalGiB: total, fairGiB: fairShare(s, online, total), byPolicy, usedBefore, usedAfter: layoutUse(s, target, vols) };
  s.lastMove = rec;
  s.baseline = online;
  s.rrCursor = 0;
  return rec;
}
