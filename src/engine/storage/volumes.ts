/**
 * Small shared facts about volumes and arrays: how much a replica takes on its array,
 * how full each array is, who may read or write a volume, and a volume's health
 * derived from its live replicas (never stored independently of them).
 */
import type { StorageState, VolumeState, VolumeStatus } from './types';

/** GiB a replica takes on its array: thick reserves the whole size, thin only what is written. */
export function allocGiB(v: VolumeState): number {
  return v.thin ? v.writtenGiB : v.sizeGiB;
}

/** Replicas that stay: all but those a rebalance is moving away. */
export function keptReplicas(v: VolumeState): number {
  let n = 0;
  for (const r of v.replicas) if (!r.leaving) n += 1;
  return n;
}

export function liveReplicas(v: VolumeState): number {
  let n = 0;
  for (const r of v.replicas) if (!r.building) n += 1;
  return n;
}

/** Health from the replicas: lost with no live copy, rebuilding while a copy is made, degraded when short. */
export function deriveStatus(v: VolumeState): VolumeStatus {
  const live = liveReplicas(v);
  if (live === 0) return 'lost';
  if (live >= v.want) return 'ok';
  return v.replicas.some((r) => r.building) ? 'rebuilding' : 'degraded';
}

/** Used GiB per array (building replicas reserve their full allocation). */
export function usedPerArray(s: StorageState): Float64Array {
  const used = new Float64Array(s.arrays.length);
  for (const v of s.volumes) {
    const a = allocGiB(v);
    for (const r of v.replicas) used[r.array] = (used[r.array] ?? 0) + a;
  }
  return used;
}

/** Provisioned GiB per array: what the volumes on it promise (thin volumes at full size). */
export function provisionedPerArray(s: StorageState): Float64Array {
  const out = new Float64Array(s.arrays.length);
  for (const v of s.volumes) for (const r of v.replicas) out[r.array] = (out[r.array] ?? 0) + v.sizeGiB;
  return out;
}

/** Give a volume a new revision: call it where any field but its moving figures changes. */
export function touchVolume(s: StorageState, v: VolumeState): void {
  s.volumeRev += 1;
  v.rev = s.volumeRev;
}

export function accessOf(v: VolumeState, vm: string): 'rw' | 'ro' | 'none' {
  if (v.owner === vm) return 'rw';
  return v.access[vm] ?? 'none';
}
