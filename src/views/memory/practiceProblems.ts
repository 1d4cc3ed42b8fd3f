/**
 * Seeded practice problems (same seed, same problem, so an instructor can say "problem
 * 7"): a page-replacement question (how many hits?), the Belady's-anomaly case, and a
 * linear address-translation question, each with the answer from the engine's classic
 * functions.
 */
import { simulateReplacement, translateLinear, type ReplacementPolicy } from '../../engine';

/** A tiny seeded generator (mulberry32) for problems; the simulation's own rng lives in the engine. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface ReplacementProblem {
  policy: ReplacementPolicy;
  frames: number;
  trace: number[];
  hits: boolean[];
  victims: (number | null)[];
  /** For the Belady case: the same trace with one more frame. */
  more?: { frames: number; hits: number };
}

const POLICIES: ReplacementPolicy[] = ['FIFO', 'LRU', 'OPT', 'CLOCK'];
export const BELADY_TRACE = [1, 2, 3, 4, 1, 2, 5, 1, 2, 3, 4, 5];

export function replacementProblem(seed: number, belady: boolean): ReplacementProblem {
  if (belady) {
    const r = simulateReplacement({ policy: 'FIFO', frames: 3, trace: BELADY_TRACE });
    const four = simulateReplacement({ policy: 'FIFO', frames: 4, trace: BELADY_TRACE });
    return { policy: 'FIFO', frames: 3, trace: BELADY_TRACE, ...r, more: { frames: 4, hits: four.hits.filter(Boolean).length } };
  }
  const rnd = seeded(seed);
  const policy = POLICIES[Math.floor(rnd() * POLICIES.length)] ?? 'FIFO';
  const trace = Array.from({ length: 10 }, () => Math.floor(rnd() * 5));
  return { policy, frames: 3, trace, ...simulateReplacement({ policy, frames: 3, trace }) };
}

export interface TranslationProblem {
  pageSize: number;
  table: (number | null)[];
  va: number;
  answer: number | null;
  vpn: number;
  offset: number;
}

export function translationProblem(seed: number): TranslationProblem {
  const rnd = seeded(seed * 7919 + 1);
  const pageSize = 16;
  const table = Array.from({ length: 8 }, () => (rnd() < 0.3 ? null : Math.floor(rnd() * 16)));
  const va = Math.floor(rnd() * 8 * pageSize);
  const r = translateLinear({ pageSize, addressSpaceSize: 8 * pageSize, physMemSize: 16 * pageSize, pageTable: table, addresses: [va] }).results[0];
  return { pageSize, table, va, answer: r?.pa ?? null, vpn: Math.floor(va / pageSize), offset: va % pageSize };
}
