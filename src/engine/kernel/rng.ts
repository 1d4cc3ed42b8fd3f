/**
 * Seeded PRNG (mulberry32). Its whole state is one uint32 kept inside the sim state,
 * so cloning the state clones the generator and replays are exact. Nothing in the
 * engine may use the platform's unseeded random source.
 */

export interface RngState {
  s: number;
}

export function createRng(seed: number): RngState {
  return { s: seed >>> 0 };
}

/** Next float in [0, 1). Mutates the generator state (hot path). */
export function nextFloat(rng: RngState): number {
  rng.s = (rng.s + 0x6d2b79f5) >>> 0;
  let t = rng.s;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** Uniform integer in [lo, hi] inclusive. */
export function nextInt(rng: RngState, lo: number, hi: number): number {
  return lo + Math.floor(nextFloat(rng) * (hi - lo + 1));
}
