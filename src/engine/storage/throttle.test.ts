/**
 * The throttle of the arrays' background copies: an array's room is what its foreground I/O
 * leaves below 80 % busy, never less than a tenth of its time, and the copies on it (replica
 * copies and RAID disk rebuilds, stream by stream) share it max-min fair: never more than an
 * array's room, its fabric port's maximum each way (into a target, out of a source) or a
 * RAID rebuild's per-disk maximum, and every copy is
 * held back by one of them that is full and on which no copy goes faster (a property over
 * random copies).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kibCost, rebuildLoad } from './period';
import { COPY_BUSY_CEILING, COPY_MIN_BUSY, copyRates, copyRoom, type CopyStream } from './throttle';

describe('copyRates: the copies share what their arrays have left', () => {
  it('no array carries more than its room, no target, source or RAID disk more than the maximum, and every copy is held by a full one where none goes faster', () => {
    const world = fc.integer({ min: 2, max: 6 }).chain((n) =>
      fc.record({
        room: fc.array(fc.double({ min: 0, max: 3000, noNaN: true }), { minLength: n, maxLength: n }),
        max: fc.double({ min: 1, max: 5000, noNaN: true }),
        copies: fc.array(
          fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 1, max: n - 1 })).map(([from, d]): CopyStream => ({ from, to: (from + d) % n })),
          { maxLength: 12 },
        ),
        // At most one RAID disk rebuild per array (one failed disk at a time), of 2-8 streams.
        raids: fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 2, max: 8 })), { selector: ([a]) => a, maxLength: n }),
      }),
    );
    fc.assert(
      fc.property(world, ({ room, max, copies, raids }) => {
        const streams: CopyStream[] = [...raids.map(([raid, k]): CopyStream => ({ raid, streams: k })), ...copies];
        const rate = copyRates(streams, room, max);
        const n = room.length;
        const onArray = new Float64Array(n);
        const into = new Float64Array(n);
        const outOf = new Float64Array(n);
        // Per resource (the same numbering as copyRates'), the fastest copy on it.
        const fastest = new Float64Array(3 * n);
        streams.forEach((c, i) => {
          const r = rate[i] ?? 0;
          expect(r).toBeGreaterThanOrEqual(0);
          if ('raid' in c) {
            onArray[c.raid] = (onArray[c.raid] ?? 0) + c.streams * r;
            fastest[c.raid] = Math.max(fastest[c.raid] ?? 0, r);
            return;
          }
          onArray[c.from] = (onArray[c.from] ?? 0) + r;
          onArray[c.to] = (onArray[c.to] ?? 0) + r;
          into[c.to] = (into[c.to] ?? 0) + r;
          outOf[c.from] = (outOf[c.from] ?? 0) + r;
          for (const x of [c.from, c.to, n + c.to, 2 * n + c.from]) fastest[x] = Math.max(fastest[x] ?? 0, r);
        });
        const eps = 1e-6 * Math.max(1, max);
        for (let a = 0; a < n; a++) {
          expect(onArray[a] ?? 0).toBeLessThanOrEqual((room[a] ?? 0) + eps);
          expect(into[a] ?? 0).toBeLessThanOrEqual(max + eps);
          expect(outOf[a] ?? 0).toBeLessThanOrEqual(max + eps);
        }
        // Max-min fair, stream by stream: each copy has a bottleneck, full, on which no copy goes faster than it.
        const bottleneck = (x: number, r: number): boolean => r >= (fastest[x] ?? 0) - eps && (x < n ? (onArray[x] ?? 0) >= (room[x] ?? 0) - eps : x < 2 * n ? (into[x - n] ?? 0) >= max - eps : (outOf[x - 2 * n] ?? 0) >= max - eps);
        streams.forEach((c, i) => {
          const r = rate[i] ?? 0;
          if ('raid' in c) expect(r <= max + eps && (r >= max - eps || bottleneck(c.raid, r))).toBe(true);
          else expect([c.from, c.to, n + c.to, 2 * n + c.from].some((x) => bottleneck(x, r))).toBe(true);
        });
      }),
    );
  });

  it('copies out of one array share its fabric port: heavy replication out of it slows another copy', () => {
    // Three arrays with room to spare, a 1000 MiB/s port each way: one copy alone gets the port.
    expect(copyRates([{ from: 0, to: 1 }], [5000, 5000, 5000], 1000)[0]).toBeCloseTo(1000, 9);
    // A second copy out of array 0 (into another array, so no inbound port is shared) halves it.
    const two = copyRates([{ from: 0, to: 1 }, { from: 0, to: 2 }], [5000, 5000, 5000], 1000);
    expect(two[0]).toBeCloseTo(500, 9);
    expect(two[1]).toBeCloseTo(500, 9);
    // Copies out of different arrays into different arrays do not slow each other.
    const apart = copyRates([{ from: 0, to: 1 }, { from: 2, to: 3 }], [5000, 5000, 5000, 5000], 1000);
    expect(Array.from(apart)).toEqual([1000, 1000]);
  });

  it('a RAID disk rebuild and a replica copy on one array get the same rate per stream', () => {
    // Array 0 has 500 MiB/s of room: a RAID-5 rebuild of 4 streams and a copy writing into it share it five ways.
    const rate = copyRates([{ raid: 0, streams: 4 }, { from: 1, to: 0 }], [500, 3000], 4096);
    expect(rate[0]).toBeCloseTo(100, 9);
    expect(rate[1]).toBeCloseTo(100, 9);
    // Under a low maximum each RAID disk stops at it and the copy takes what it leaves.
    const capped = copyRates([{ raid: 0, streams: 4 }, { from: 1, to: 0 }], [500, 3000], 60);
    expect(capped[0]).toBeCloseTo(60, 9);
    expect(capped[1]).toBeCloseTo(60, 9);
    const alone = copyRates([{ raid: 0, streams: 4 }], [500, 3000], 200);
    expect(alone[0]).toBeCloseTo(125, 9);
  });

  it('an array has room up to 80 % busy after its foreground I/O, and never less than a tenth of its time', () => {
    const a = { iops: 30000, mibps: 1875 };
    const perMiB = rebuildLoad(1, kibCost(a.iops, a.mibps));
    expect(copyRoom(a, 0) * perMiB).toBeCloseTo(COPY_BUSY_CEILING * a.iops, 6);
    expect(copyRoom(a, 0.5 * a.iops) * perMiB).toBeCloseTo(0.3 * a.iops, 6);
    expect(copyRoom(a, 2 * a.iops) * perMiB).toBeCloseTo(COPY_MIN_BUSY * a.iops, 6);
  });
});
