/**
 * raidMap against worked examples in the conventions of OSTEP's raid.py (chapter 38
 * homework): the mapping of logical blocks to (disk, offset) for RAID-0/1/4/5 and the
 * physical operations of small and full-stripe writes.
 */
import { describe, expect, it } from 'vitest';
import raidCases from './fixtures/raid-cases.json';
import { raidMap, type RaidConfig, type RaidOp } from './raid';

const ops = (cfg: RaidConfig): string[] => raidMap(cfg).ops.map((o) => `${o.op[0]}${o.disk}:${o.offset}`);
const req = (block: number, size = 1, write = false) => ({ block, size, write });

describe('raidMap', () => {
  it('RAID-0 stripes chunks round robin (4 disks, chunk 2 blocks)', () => {
    expect(ops({ level: 0, disks: 4, chunkBlocks: 2, request: req(0, 10) })).toEqual(['r0:0', 'r0:1', 'r1:0', 'r1:1', 'r2:0', 'r2:1', 'r3:0', 'r3:1', 'r0:2', 'r0:3']);
  });

  it('RAID-1 writes both mirrors and reads by offset parity', () => {
    expect(ops({ level: 1, disks: 4, chunkBlocks: 1, request: req(0, 4, true) })).toEqual(['w0:0', 'w1:0', 'w2:0', 'w3:0', 'w0:1', 'w1:1', 'w2:1', 'w3:1']);
    expect(ops({ level: 1, disks: 4, chunkBlocks: 1, request: req(0, 4) })).toEqual(['r0:0', 'r2:0', 'r1:1', 'r3:1']);
  });

  it('RAID-4 keeps parity on the last disk; a one-block write is subtractive (2 reads, 2 writes)', () => {
    expect(ops({ level: 4, disks: 4, chunkBlocks: 1, request: req(4) })).toEqual(['r1:1']);
    expect(ops({ level: 4, disks: 4, chunkBlocks: 1, request: req(4, 1, true) })).toEqual(['r1:1', 'r3:1', 'w1:1', 'w3:1']);
  });

  it('RAID-4 full-stripe write needs no reads (additive parity over nothing left)', () => {
    expect(ops({ level: 4, disks: 4, chunkBlocks: 1, request: req(3, 3, true) })).toEqual(['w0:1', 'w1:1', 'w2:1', 'w3:1']);
  });

  it('RAID-4 two-block write of a 3-block stripe is additive: read the third block', () => {
    expect(ops({ level: 4, disks: 4, chunkBlocks: 1, request: req(0, 2, true) })).toEqual(['r2:0', 'w0:0', 'w1:0', 'w3:0']);
  });

  it('RAID-5 left-symmetric rotates parity and starts each stripe after it', () => {
    // Stripe 0: D0 D1 D2 P | stripe 1: D4 D5 P D3 | stripe 2: D8 P D6 D7 | stripe 3: P D9 D10 D11
    const where = Array.from({ length: 12 }, (_, b) => ops({ level: 5, disks: 4, chunkBlocks: 1, request: req(b) })[0]);
    expect(where).toEqual(['r0:0', 'r1:0', 'r2:0', 'r3:1', 'r0:1', 'r1:1', 'r2:2', 'r3:2', 'r0:2', 'r1:3', 'r2:3', 'r3:3']);
  });

  it('RAID-5 left-asymmetric skips the parity disk in order', () => {
    // Stripe 1: D3 D4 P D5 | stripe 2: D6 P D7 D8
    const where = Array.from({ length: 9 }, (_, b) => ops({ level: 5, disks: 4, chunkBlocks: 1, raid5Layout: 'LA', request: req(b) })[0]);
    expect(where).toEqual(['r0:0', 'r1:0', 'r2:0', 'r0:1', 'r1:1', 'r3:1', 'r0:2', 'r2:2', 'r3:2']);
  });

  it('RAID-5 small write reads and writes the rotated parity disk', () => {
    expect(ops({ level: 5, disks: 4, chunkBlocks: 1, request: req(3, 1, true) })).toEqual(['r3:1', 'r2:1', 'w3:1', 'w2:1']);
  });

  it('a write spanning two stripes is split per stripe', () => {
    expect(ops({ level: 4, disks: 3, chunkBlocks: 1, request: req(1, 2, true) })).toEqual(['r0:0', 'w1:0', 'w2:0', 'r1:1', 'w0:1', 'w2:1']);
  });

  it('rejects what raid.py rejects, and accepts RAID-4/5 on 2 disks as raid.py does', () => {
    expect(() => raidMap({ level: 1, disks: 3, chunkBlocks: 1, request: req(0) })).toThrow();
    expect(ops({ level: 5, disks: 2, chunkBlocks: 1, request: req(0, 1, true) })).toEqual(['w0:0', 'w1:0']);
    expect(ops({ level: 4, disks: 2, chunkBlocks: 1, request: req(0) })).toEqual(['r0:0']);
  });

  it("gives raid.py's own answer for every one of 324 recorded requests", () => {
    for (const { ops: expected, ...cfg } of raidCases as (RaidConfig & { ops: RaidOp[] })[]) expect(raidMap(cfg).ops, JSON.stringify(cfg)).toEqual(expected);
  });
});
