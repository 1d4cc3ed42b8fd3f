/**
 * Pre-copy live migration on its own: a slow writer converges in a few rounds with a
 * downtime within the limit; a writer faster than the link never converges, so the
 * fallback either throttles it until it does or stops it for a long stop-and-copy.
 * The downtime follows from the pages left and the link speed.
 */
import { describe, expect, it } from 'vitest';
import { countPages, downtimeFor, GRID_PAGES, MAX_ROUNDS, newMigration, PAGE, SWITCHOVER_MS, tickPrecopy, tickStopCopy, type LinkConfig, type Migration } from './precopy';

/**
 * Migrate a VM that writes `dirtyMiBps` while it runs. The caller measures what the guest
 * wrote each ms (in the engine: the memory model); here a throttled guest runs, and so
 * writes, (100 - throttle) % of the time.
 */
function migrate(dirtyMiBps: number, cfg: LinkConfig): { m: Migration; totalMs: number } {
  const m = newMigration({ vm: 'v', from: 'a', to: 'b', reason: { key: 'x' }, tick: 0, memoryMiB: 4096, dirtyMiBps, hotShare: 0.5, seed: 7 });
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
    expect(m.downtimeMs).toBeGreaterThan(8 * 50);
    expect(m.rounds.length).toBeLessThan(MAX_ROUNDS);
  });

  it('downtime is the dirty pages over the link plus the switchover', () => {
    const m = newMigration({ vm: 'v', from: 'a', to: 'b', reason: { key: 'x' }, tick: 0, memoryMiB: 1024, dirtyMiBps: 0, hotShare: 1, seed: 1 });
    // 100 pages of 1 MiB over 1250 MiB/s = 80 ms.
    expect(downtimeFor(m, 100, 1250)).toBe(80 + SWITCHOVER_MS);
  });

  it('writes are the caller\'s measurement: a guest that writes nothing while throttled converges at once, one that keeps writing does not', () => {
    const run = (mibPerMs: (m: Migration) => number) => {
      const m = newMigration({ vm: 'v', from: 'a', to: 'b', reason: { key: 'x' }, tick: 0, memoryMiB: 4096, dirtyMiBps: 1600, hotShare: 0.5, seed: 7 });
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

  it('is deterministic for a seed', () => {
    expect(migrate(300, tenGbE).m.rounds).toEqual(migrate(300, tenGbE).m.rounds);
  });
});
