/**
 * The classic functions against worked examples: OSTEP chapter 22's trace with 3 frames
 * (OPT 6 hits, FIFO 4, LRU 6), Belady's anomaly for FIFO (1,2,3,4,1,2,5,1,2,3,4,5: 3
 * frames 3 hits, 4 frames 2 hits) and its absence for LRU and OPT, CLOCK's second
 * chance by hand, RAND replayed from given numbers, and hand-built page tables.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulateReplacement, type ReplacementPolicy } from './replacement';
import { translateLinear, translateMultiLevel } from './translate';

const hitsOf = (policy: ReplacementPolicy, frames: number, trace: number[]): number => simulateReplacement({ policy, frames, trace }).hits.filter(Boolean).length;
const OSTEP = [0, 1, 2, 0, 1, 3, 0, 3, 1, 2, 1];
const BELADY = [1, 2, 3, 4, 1, 2, 5, 1, 2, 3, 4, 5];

describe('simulateReplacement', () => {
  it('matches OSTEP chapter 22 (3 frames): OPT 6 hits, FIFO 4, LRU 6', () => {
    expect(hitsOf('OPT', 3, OSTEP)).toBe(6);
    expect(hitsOf('FIFO', 3, OSTEP)).toBe(4);
    expect(hitsOf('LRU', 3, OSTEP)).toBe(6);
    expect(simulateReplacement({ policy: 'OPT', frames: 3, trace: OSTEP }).victims).toEqual([null, null, null, null, null, 2, null, null, null, 3, null]);
    expect(simulateReplacement({ policy: 'FIFO', frames: 3, trace: OSTEP }).victims[5]).toBe(0);
  });

  it('shows Belady’s anomaly for FIFO but not for LRU or OPT', () => {
    expect(hitsOf('FIFO', 3, BELADY)).toBe(3);
    expect(hitsOf('FIFO', 4, BELADY)).toBe(2);
    expect(hitsOf('LRU', 4, BELADY)).toBeGreaterThanOrEqual(hitsOf('LRU', 3, BELADY));
    expect(hitsOf('OPT', 4, BELADY)).toBeGreaterThanOrEqual(hitsOf('OPT', 3, BELADY));
  });

  it('CLOCK gives a referenced page a second chance', () => {
    // 1,2,3 fill; 1 is referenced again (all bits set anyway); 4 sweeps a full circle and evicts 1.
    const r = simulateReplacement({ policy: 'CLOCK', frames: 3, trace: [1, 2, 3, 4, 2, 5] });
    expect(r.victims).toEqual([null, null, null, 1, null, 3]);
    expect(r.hits).toEqual([false, false, false, false, true, false]);
  });

  it('RAND replays from the given numbers', () => {
    const r = simulateReplacement({ policy: 'RAND', frames: 2, trace: [1, 2, 3, 4], random: [0.9, 0.1] });
    expect(r.victims).toEqual([null, null, 2, 1]);
  });

  it('never hits more than OPT, and misses every first reference (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 40 }), fc.integer({ min: 1, max: 5 }), (trace, frames) => {
        const opt = hitsOf('OPT', frames, trace);
        for (const p of ['FIFO', 'LRU', 'CLOCK'] as const) expect(hitsOf(p, frames, trace)).toBeLessThanOrEqual(opt);
        const first = new Set<number>();
        simulateReplacement({ policy: 'LRU', frames, trace }).hits.forEach((h, i) => {
          if (!first.has(trace[i]!)) expect(h).toBe(false);
          first.add(trace[i]!);
        });
      }),
    );
  });
});

describe('translateLinear', () => {
  it('splits VPN and offset and maps through the table', () => {
    const pageTable = [null, 7, null, 5, ...Array<null>(12).fill(null)];
    const r = translateLinear({ pageSize: 1024, addressSpaceSize: 16384, physMemSize: 32768, pageTable, addresses: [0x0d07, 0x0400, 0x0123, 0x4000] });
    expect(r.results).toEqual([
      { valid: true, pa: 0x1507, vpn: 3 },
      { valid: true, pa: 0x1c00, vpn: 1 },
      { valid: false, pa: null, vpn: 0 },
      { valid: false, pa: null, vpn: 16 },
    ]);
  });
});

describe('translateMultiLevel', () => {
  // OSTEP layout: 32-byte pages, 15-bit addresses = 5-bit PDE index, 5-bit PTE index, 5-bit offset.
  const memory = new Uint8Array(128 * 32);
  memory[2 * 32 + 3] = 0x80 | 5; // PDE 3 of the directory (page 2) -> table page 5
  memory[5 * 32 + 9] = 0x80 | 0x11; // PTE 9 of page 5 -> frame 0x11
  const base = { pageSize: 32, levelBits: [5, 5], validMask: 0x80, pfnMask: 0x7f, pdbr: 2, memory };

  it('walks directory then table to the physical address, and names the faulting level', () => {
    const va = (3 << 10) | (9 << 5) | 0x1a;
    const noPte = (3 << 10) | (8 << 5);
    const noPde = 4 << 10;
    expect(translateMultiLevel({ ...base, addresses: [va, noPte, noPde] }).results).toEqual([
      { fault: null, pa: 0x11 * 32 + 0x1a },
      { fault: 'pte', pa: null },
      { fault: 'pde', pa: null },
    ]);
  });
});
