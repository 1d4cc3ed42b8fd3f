/** The guest's balloon choices by hand: page cache first, then FIFO, LRU, CLOCK's second chance. */
import { describe, expect, it } from 'vitest';
import { createRng } from '../kernel/rng';
import { balloonVictim, deflateVictim } from './guest';
import { emptyCounters, PG, type VmMem } from './model';

function vm(pages: number, ws: number): VmMem {
  return {
    pages, osPages: 1, wsPages: ws, state: new Uint8Array(pages).fill(PG.resident), frame: new Int32Array(pages), content: new Float64Array(pages),
    lastUse: new Int32Array(pages), balloonTarget: 0, balloonPages: 0, guestHand: 0, ref: new Uint8Array(pages), growCursor: pages, cacheOpen: -1,
    cacheFrames: 0, tlb: new Int32Array(0), ranLast: new Uint8Array(1), c: emptyCounters(),
  };
}

describe('balloonVictim', () => {
  it('takes page cache from the top first, whatever the policy', () => {
    const m = vm(10, 6);
    expect(balloonVictim(m, 'fifo', createRng(1))).toBe(9);
    m.state[9] = PG.ballooned;
    expect(balloonVictim(m, 'lru', createRng(1))).toBe(8);
  });

  it('then FIFO gives the page touched first, LRU the least recently used', () => {
    const m = vm(4, 4);
    m.lastUse.set([50, 10, 40, 30]);
    expect(balloonVictim(m, 'fifo', createRng(1))).toBe(0);
    expect(balloonVictim(m, 'lru', createRng(1))).toBe(1);
  });

  it('CLOCK clears reference bits and takes the first page without one', () => {
    const m = vm(4, 4);
    m.ref.set([1, 1, 0, 1]);
    expect(balloonVictim(m, 'clock', createRng(1))).toBe(2);
    expect(Array.from(m.ref)).toEqual([0, 0, 0, 1]);
    expect(m.guestHand).toBe(3);
  });

  it('gives back the highest ballooned page first', () => {
    const m = vm(6, 2);
    m.state[1] = PG.ballooned;
    m.state[4] = PG.ballooned;
    expect(deflateVictim(m)).toBe(4);
  });
});
