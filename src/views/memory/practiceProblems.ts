/**
 * Seeded practice problems (same seed, same problem, so an instructor can say "problem
 * 7"): a page-replacement question (how many hits?), the Belady's-anomaly case, and a
 * linear address-translation question, each with the answer from the engine's classic
 * functions.
 */
import { simulateReplacement, translateLinear, translateMultiLevel, type ReplacementPolicy } from '../../engine';

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

export interface MultiLevelProblem {
  va: number;
  pdbr: number;
  pdeIndex: number;
  pde: number;
  pteIndex: number;
  pte: number | null;
  offset: number;
  fault: null | 'pde' | 'pte';
  pa: number | null;
}

/**
 * OSTEP's two-level layout (paging-multilevel-translate.py): 32-byte pages, 15-bit
 * virtual addresses = 5-bit directory index, 5-bit table index, 5-bit offset; each entry
 * one byte, valid bit 0x80 and a 7-bit PFN; the directory sits in page `pdbr`.
 */
export function multiLevelProblem(seed: number): MultiLevelProblem {
  const rnd = seeded(seed * 104729 + 7);
  const memory = new Uint8Array(128 * 32);
  const pdbr = 10 + Math.floor(rnd() * 100);
  const va = Math.floor(rnd() * 32768);
  const pdeIndex = va >> 10;
  const pteIndex = (va >> 5) & 31;
  const table = 1 + Math.floor(rnd() * 8);
  if (rnd() > 0.2) memory[pdbr * 32 + pdeIndex] = 0x80 | table;
  if (rnd() > 0.25) memory[table * 32 + pteIndex] = 0x80 | Math.floor(rnd() * 128);
  const r = translateMultiLevel({ pageSize: 32, levelBits: [5, 5], validMask: 0x80, pfnMask: 0x7f, pdbr, memory, addresses: [va] }).results[0];
  const pde = memory[pdbr * 32 + pdeIndex] ?? 0;
  return { va, pdbr, pdeIndex, pde, pteIndex, pte: (pde & 0x80) === 0 ? null : (memory[(pde & 0x7f) * 32 + pteIndex] ?? 0), offset: va & 31, fault: r?.fault ?? null, pa: r?.pa ?? null };
}
