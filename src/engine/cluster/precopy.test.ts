/**
 * Pre-copy live migration on its own: a slow writer converges in a few rounds with a
 * downtime within the limit; a writer faster than the link over a large writable working
 * set never converges, so the fallback either throttles it until it does or stops it for
 * a long stop-and-copy; one whose writes fall on a small set re-dirties the same pages.
 * The downtime follows from the pages left and the link speed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countPages, downtimeFor, GRID_PAGES, MAX_ROUNDS, newMigration, PAGE, SWITCHOVER_MS, tickPrecopy, tickStopCopy, type LinkConfig, type Migration } from './precopy';

/**
 * Migrate a VM that writes `dirtyMiBps` while it runs. The caller measures what the guest
 * wrote each ms (in the engine: the memory model); here a throttled guest runs, and so
 * writes, (100 - throttle) % of the time.
 */
function migrate(dirtyMiBps: number, cfg: LinkConfig, writableMiB = 2048, memoryMiB = 4096, seed = 7): { m: Migration; totalMs: number } {
  const m = newMigration({ vm: 'v', from: 'a', to: 'b', reason: { key: 'x' }, tick: 0, memoryMiB, dirtyMiBps, writableMiB, seed });
  let tick = 0;
  while (m.phase === 'precopy' && tick < 600_000) tickPrecopy(m, tick++, cfg, ((dirtyMiBps / 1000) * (100 - m.throttlePct)) / 100);
  while (!tickStopCopy(m, cfg)) tick++;
  return { m, totalMs: tick + 1 };
}

const tenGbE: LinkConfig = { linkMiBps: 1250, maxDowntimeMs: 50, fallback: 'auto-converge' };

describe('pre-copy', () => {
  it('round 0 copies every page once, in about memory / bandwidth', () => {
    const { m } = migrate(0, tenGbE);
    expect(m.rounds[0]?.sentPages).toBe(GRID_PAGES);
    expect(m.rounds[0]?.ms).toBeGreaterThanOrEqual(3276);
    expect(m.rounds[0]?.ms).toBeLessThanOrEqual(3278);
    expect(m.rounds).toHaveLength(1);
    expect(m.downtimeMs).toBe(SWITCHOVER_MS);
  });

  it('a slow writer converges: each round sends fewer pages, downtime within the limit', () => {
    const { m } = migrate(80, tenGbE);
    expect(m.forced).toBe(false);
    expect(m.throttlePct).toBe(0);
    expect(m.downtimeMs).toBeLessThanOrEqual(50);
    const sent = m.rounds.map((r) => r.sentPages);
    for (let i = 1; i < sent.length; i++) expect(sent[i]).toBeLessThan(sent[i - 1] ?? Infinity);
    expect(countPages(m, PAGE.copied)).toBe(GRID_PAGES);
  });

  it('a writer faster than the link does not converge; auto-converge throttles it until it does', () => {
    const { m } = migrate(1600, tenGbE);
    expect(m.forced).toBe(false);
    expect(m.throttlePct).toBeGreaterThanOrEqual(20);
    expect(m.downtimeMs).toBeLessThanOrEqual(50);
    expect(m.rounds.some((r) => r.throttlePct > 0)).toBe(true);
  });

  it('with the stop-and-copy fallback it gives up and pauses the VM far longer than allowed', () => {
    const { m } = migrate(1600, { ...tenGbE, fallback: 'stop-and-copy' });
    expect(m.forced).toBe(true);
    expect(m.downtimeMs).toBeGreaterThan(4 * 50);
    expect(m.rounds.length).toBeLessThan(MAX_ROUNDS);
  });

  it('downtime is the dirty pages over the link plus the switchover', () => {
    const m = newMigration({ vm: 'v', from: 'a', to: 'b', reason: { key: 'x' }, tick: 0, memoryMiB: 1024, dirtyMiBps: 0, writableMiB: 1024, seed: 1 });
    // 100 pages of 1 MiB over 1250 MiB/s = 80 ms.
    expect(downtimeFor(m, 100, 1250)).toBe(80 + SWITCHOVER_MS);
  });

  it('writes are the caller\'s measurement: a guest that writes nothing while throttled converges at once, one that keeps writing does not', () => {
    const run = (mibPerMs: (m: Migration) => number) => {
      const m = newMigration({ vm: 'v', from: 'a', to: 'b', reason: { key: 'x' }, tick: 0, memoryMiB: 4096, dirtyMiBps: 1600, writableMiB: 2048, seed: 7 });
      let tick = 0;
      while (m.phase === 'precopy' && tick < 600_000) tickPrecopy(m, tick++, tenGbE, mibPerMs(m));
      return m;
    };
    const stopsWriting = run((m) => (m.throttlePct > 0 ? 0 : 1.6));
    expect(stopsWriting.forced).toBe(false);
    expect(stopsWriting.throttlePct).toBe(20);
    // The throttle alone changes nothing here: no factor is applied inside pre-copy.
    const keepsWriting = run(() => 1.6);
    expect(keepsWriting.forced).toBe(true);
    expect(keepsWriting.throttlePct).toBe(99);
  });

  it('a writer faster than the link converges unthrottled when its writes fall on a small writable set, and does not when the set is large', () => {
    // 4,000 MiB/s against a 1,250 MiB/s link. On 32 MiB (8 cells) it keeps re-dirtying the
    // same pages, which fit the allowed downtime (15 cells of 4 MiB in 50 ms).
    const small = migrate(4000, tenGbE, 32).m;
    expect(small.forced).toBe(false);
    expect(small.throttlePct).toBe(0);
    expect(small.downtimeMs).toBeLessThanOrEqual(50);
    expect(Math.max(...small.rounds.map((r) => r.dirtiedPages))).toBeLessThanOrEqual(8);
    // On 3,000 MiB it dirties far more than a pause can carry, round after round.
    const large = migrate(4000, tenGbE, 3000).m;
    expect(large.throttlePct).toBeGreaterThanOrEqual(20);
    expect(large.rounds.length).toBeGreaterThan(small.rounds.length);
  });

  it('property: a round never dirties more pages than the writable working set', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1024 }), fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 1, max: 1000 }), (writableMiB, rate, seed) => {
        // 1,024 MiB: one cell per MiB; the stop-and-copy fallback bounds the run.
        const { m } = migrate(rate, { ...tenGbE, fallback: 'stop-and-copy' }, writableMiB, 1024, seed);
        const cells = writableMiB === 0 ? 0 : Math.max(1, writableMiB);
        for (const r of m.rounds) expect(r.dirtiedPages).toBeLessThanOrEqual(cells);
        expect(m.rounds.length).toBeGreaterThan(0);
      }),
      { numRuns: 25 },
    );
  });

  it('is deterministic for a seed', () => {
    expect(migrate(300, tenGbE).m.rounds).toEqual(migrate(300, tenGbE).m.rounds);
  });
});
