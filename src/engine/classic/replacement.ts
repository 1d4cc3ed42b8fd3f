/**
 * Page replacement as in OSTEP's paging-policy.py: a reference string run through a
 * memory of `frames` frames, reporting per reference whether it hit and which page was
 * evicted. FIFO evicts the oldest arrival, LRU the least recently used, OPT (Belady)
 * the page used farthest in the future (never again counts as farthest; ties go to the
 * last page in memory order, as the simulator's `>=` comparison does), RAND the page in the
 * slot picked by the next given random number in [0, 1), so a run can be replayed.
 * CLOCK is the textbook second chance: a use bit per frame, set on every reference;
 * on a miss the hand sweeps, clearing set bits, and replaces the first clear one.
 */

export type ReplacementPolicy = 'FIFO' | 'LRU' | 'OPT' | 'CLOCK' | 'RAND';

export interface ReplacementInput {
  policy: ReplacementPolicy;
  frames: number;
  trace: readonly number[];
  /** RAND only: numbers in [0, 1), one used per eviction. */
  random?: readonly number[];
}

export interface ReplacementResult {
  hits: boolean[];
  victims: (number | null)[];
}

function optVictim(mem: readonly number[], trace: readonly number[], at: number): number {
  let best = 0;
  let bestNext = -1;
  mem.forEach((page, slot) => {
    const next = trace.indexOf(page, at + 1);
    const dist = next < 0 ? Infinity : next;
    if (dist >= bestNext) {
      bestNext = dist;
      best = slot;
    }
  });
  return best;
}

function clockRun(frames: number, trace: readonly number[]): ReplacementResult {
  const slots: number[] = [];
  const use: number[] = [];
  let hand = 0;
  const out: ReplacementResult = { hits: [], victims: [] };
  for (const page of trace) {
    const at = slots.indexOf(page);
    if (at >= 0) {
      use[at] = 1;
      out.hits.push(true);
      out.victims.push(null);
      continue;
    }
    out.hits.push(false);
    if (slots.length < frames) {
      slots.push(page);
      use.push(1);
      out.victims.push(null);
      continue;
    }
    while (use[hand] === 1) {
      use[hand] = 0;
      hand = (hand + 1) % frames;
    }
    out.victims.push(slots[hand] ?? null);
    slots[hand] = page;
    use[hand] = 1;
    hand = (hand + 1) % frames;
  }
  return out;
}

export function simulateReplacement(input: ReplacementInput): ReplacementResult {
  const { policy, trace } = input;
  const frames = Math.max(1, Math.floor(input.frames));
  if (policy === 'CLOCK') return clockRun(frames, trace);
  // mem is kept in eviction order for FIFO (arrival) and LRU (recency, oldest first).
  const mem: number[] = [];
  const out: ReplacementResult = { hits: [], victims: [] };
  let r = 0;
  trace.forEach((page, i) => {
    const at = mem.indexOf(page);
    if (at >= 0) {
      if (policy === 'LRU') mem.push(...mem.splice(at, 1));
      out.hits.push(true);
      out.victims.push(null);
      return;
    }
    out.hits.push(false);
    let victim: number | null = null;
    if (mem.length >= frames) {
      const slot = policy === 'OPT' ? optVictim(mem, trace, i) : policy === 'RAND' ? Math.floor((input.random?.[r++] ?? 0) * mem.length) % mem.length : 0;
      victim = mem.splice(slot, 1)[0] ?? null;
    }
    mem.push(page);
    out.victims.push(victim);
  });
  return out;
}
