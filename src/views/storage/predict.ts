/**
 * "Where will the next volume go?": the engine's own placement function run on the
 * snapshot (arrays, used GiB, round-robin position), so the prediction a student
 * reveals is exactly what the create command will do.
 */
import { place, type StorageSnapshot } from '../../engine';

export interface Draft {
  id: string;
  sizeGiB: number;
  thin: boolean;
  replicas: number;
}

/** Thin volumes start with a quarter written (the schema's default), thick ones take their size. */
export function predictPlacement(st: StorageSnapshot, d: Draft): string[] {
  const arrays = st.arrays.map((a) => ({ id: a.id, name: a.name, rack: a.rack, capacityGiB: a.capacityGiB, iops: a.iops, latencyMs: a.latencyMs, failed: a.failed }));
  const used = st.arrays.map((a) => a.usedGiB);
  const alloc = d.thin ? (d.sizeGiB * 25) / 100 : d.sizeGiB;
  const chosen = place({ arrays, used, policy: st.policy, rackAware: st.rackAware, cursor: { value: st.rrCursor } }, { id: d.id, allocGiB: alloc, count: d.replicas, taken: [] });
  return chosen.map((a) => st.arrays[a]?.name ?? '');
}
