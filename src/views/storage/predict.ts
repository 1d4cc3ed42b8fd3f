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
  const arrays = st.arrays.map((a) => ({ id: a.id, name: a.name, rack: a.rack, capacityGiB: a.capacityGiB, iops: a.iops, latencyMs: a.latencyMs, mibps: a.mibps, failed: a.failed }));
  const used = st.arrays.map((a) => a.usedGiB);
  const alloc = d.thin ? (d.sizeGiB * 25) / 100 : d.sizeGiB;
  const chosen = place({ arrays, used, policy: st.policy, rackAware: st.rackAware, cursor: { value: st.rrCursor } }, { id: d.id, allocGiB: alloc, count: d.replicas, taken: [] });
  return chosen.map((a) => st.arrays[a]?.name ?? '');
}

export interface GuessScore {
  /** Guessed arrays that the volume really goes to. */
  right: number;
  /** How many arrays it goes to. */
  of: number;
  /** Every pick right and none extra. */
  exact: boolean;
}

/** A student's guess (array names) scored against where the volume really goes. */
export function scoreGuess(guess: readonly string[], actual: readonly string[]): GuessScore {
  const real = new Set(actual);
  const picks = new Set(guess);
  const right = [...picks].filter((g) => real.has(g)).length;
  return { right, of: real.size, exact: right === real.size && picks.size === real.size };
}
