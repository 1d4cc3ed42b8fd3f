/**
 * Placement policies: where the replicas of a volume go. Pure functions over the
 * arrays and how much of each is used, so the lens can ask "where would the next
 * volume go?" and the rebalance can replay a whole layout under any policy.
 * - most-free: the array with the largest *share* of free space (the notes: data goes
 *   where relatively more space is left);
 * - round-robin: the next array in order after the last one used;
 * - hashing: weighted rendezvous hashing, straw2-like. Each (volume, array) pair draws
 *   ln(u)/weight from a hash of both ids, weight = capacity; the replicas go to the
 *   highest draws. Adding an array changes only the pairs it wins, so only about its
 *   fair share of data moves.
 * Every policy keeps one volume's replicas on distinct arrays, and on distinct racks
 * while unused racks remain (when rack awareness is on).
 */
import type { PlacementPolicy } from '../scenario/parts';
import type { ArrayState } from './types';

export interface PlaceRequest {
  id: string;
  /** GiB the replica takes on its array now (thick: the size; thin: what is written). */
  allocGiB: number;
  count: number;
  /** Arrays already holding a replica of this volume. */
  taken: readonly number[];
}

export interface PlaceContext {
  arrays: readonly ArrayState[];
  used: Float64Array | number[];
  policy: PlacementPolicy;
  rackAware: boolean;
  /** Round-robin position; advanced in place by `place`. */
  cursor: { value: number };
}

/** 32-bit FNV-1a of a string, then a murmur-style finaliser so nearby ids spread. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The straw2 draw of one (volume, array) pair: higher wins; weight scales the odds. */
export function strawDraw(volumeId: string, array: ArrayState): number {
  const u = (hash32(`${volumeId}|${array.id}`) + 1) / 4294967297;
  return Math.log(u) / Math.max(1, array.capacityGiB);
}

function fits(ctx: PlaceContext, a: number, gib: number): boolean {
  const arr = ctx.arrays[a];
  return arr !== undefined && !arr.failed && (ctx.used[a] ?? 0) + gib <= arr.capacityGiB + 1e-9;
}

/** Order in which a policy considers the arrays for one replica. */
function preference(ctx: PlaceContext, req: PlaceRequest): number[] {
  const n = ctx.arrays.length;
  const all = Array.from({ length: n }, (_, i) => i);
  if (ctx.policy === 'round-robin') return all.map((i) => (ctx.cursor.value + i) % n);
  if (ctx.policy === 'hashing') {
    const draw = all.map((i) => strawDraw(req.id, ctx.arrays[i] as ArrayState));
    return all.toSorted((a, b) => (draw[b] ?? 0) - (draw[a] ?? 0) || a - b);
  }
  const free = (i: number): number => {
    const a = ctx.arrays[i] as ArrayState;
    return (a.capacityGiB - (ctx.used[i] ?? 0)) / a.capacityGiB;
  };
  return all.toSorted((a, b) => free(b) - free(a) || a - b);
}

/**
 * Choose up to `count` arrays for new replicas (fewer if not enough fit). Mutates
 * ctx.used (adds the allocation) and the round-robin cursor, so successive calls see
 * earlier choices.
 */
export function place(ctx: PlaceContext, req: PlaceRequest): number[] {
  const chosen: number[] = [];
  for (let r = 0; r < req.count; r++) {
    const taken = [...req.taken, ...chosen];
    const racks = new Set(taken.map((a) => ctx.arrays[a]?.rack));
    const ok = (a: number): boolean => !taken.includes(a) && fits(ctx, a, req.allocGiB);
    const order = preference(ctx, req);
    let pick = ctx.rackAware ? order.find((a) => ok(a) && !racks.has(ctx.arrays[a]?.rack)) : undefined;
    pick ??= order.find(ok);
    if (pick === undefined) break;
    chosen.push(pick);
    ctx.used[pick] = (ctx.used[pick] ?? 0) + req.allocGiB;
    if (ctx.policy === 'round-robin') ctx.cursor.value = (pick + 1) % ctx.arrays.length;
  }
  return chosen;
}

export interface LayoutVolume {
  id: string;
  allocGiB: number;
  count: number;
}

/**
 * A whole layout from scratch: every volume placed in order on the arrays in `online`
 * (others treated as absent). Used by rebalance and by the "what moved" comparison.
 */
export function placeAll(arrays: readonly ArrayState[], online: readonly number[], vols: readonly LayoutVolume[], policy: PlacementPolicy, rackAware: boolean): number[][] {
  const on = new Set(online);
  const view = arrays.map((a, i) => ({ ...a, failed: a.failed || !on.has(i) }));
  const ctx: PlaceContext = { arrays: view, used: new Float64Array(arrays.length), policy, rackAware, cursor: { value: 0 } };
  return vols.map((v) => place(ctx, { id: v.id, allocGiB: v.allocGiB, count: v.count, taken: [] }));
}

/** GiB that must be copied to go from layout `a` to layout `b` (replicas new in b). */
export function movedGiB(a: readonly (readonly number[])[], b: readonly (readonly number[])[], vols: readonly LayoutVolume[]): number {
  let moved = 0;
  vols.forEach((v, i) => {
    const before = new Set(a[i] ?? []);
    for (const x of b[i] ?? []) if (!before.has(x)) moved += v.allocGiB;
  });
  return moved;
}
