/**
 * The memory state strip's stretches, taken from the snapshot alone: the log of changes
 * (exact ticks) and the state now. On a real run of `balloon`, the fraction of a second the
 * host spent in low is there at any later snapshot, and a snapshot from before it has none.
 */
import { describe, expect, it } from 'vitest';
import { createSim, presets, STATE_LOG, step, toSnapshot } from '../../engine';
import { briefSevere, secs, underTenth, recent, STRIP_SPAN_MS, stretchesOf, timeIn } from './stateHistory';

describe('memory state stretches', () => {
  it('a host starts in high at tick 0; each change starts a stretch that ends at the next, the last at now', () => {
    const h = stretchesOf([500, 1, 800, 3, 900, 1], 1000, 1);
    expect(h).toEqual([
      { from: 0, to: 500, state: 0 },
      { from: 500, to: 800, state: 1 },
      { from: 800, to: 900, state: 3 },
      { from: 900, to: 1000, state: 1 },
    ]);
    expect(timeIn(h)).toEqual([500, 400, 0, 100, 0]);
    expect(briefSevere(h, 1000)).toEqual({ from: 800, to: 900, state: 3 });
    // 100 and 50 ms read "0.1 s"; 49 and 40 ms would read "0.0 s", so they are said to be under 0.1 s (a total or a visit); no time at all is not.
    expect([100, 50, 49, 40, 1, 0].map((ms) => [secs(ms), underTenth(ms)])).toEqual([['0.1', false], ['0.1', false], ['0.0', true], ['0.0', true], ['0.0', true], ['0.0', false]]);
    // A visit that began before the strip's minute is not called brief: only its end is in view.
    expect(briefSevere(h, 800 + STRIP_SPAN_MS + 1)).toBeNull();
    expect(stretchesOf([], 700, 0)).toEqual([{ from: 0, to: 700, state: 0 }]);
  });

  it('a full log starts at its oldest change (what came before is not known)', () => {
    const log = Array.from({ length: STATE_LOG }, (_, i) => [1000 + i * 100, i % 2 === 0 ? 2 : 3]).flat();
    const h = stretchesOf(log, 5000, 3);
    expect(h[0]?.from).toBe(1000);
    expect(h).toHaveLength(STATE_LOG);
  });

  it('shows the last minute only, clipped', () => {
    const h = [{ from: 0, to: 70_000, state: 1 }, { from: 70_000, to: 90_000, state: 2 }];
    expect(recent(h, 90_000)).toEqual([{ from: 30_000, to: 70_000, state: 1 }, { from: 70_000, to: 90_000, state: 2 }]);
    expect(timeIn(recent(h, 90_000)).reduce((a, b) => a + b, 0)).toBe(STRIP_SPAN_MS);
  });

  it('balloon: the 2 s in low (its minimum dwell) is in every later snapshot, at its ticks; a snapshot from before has none', () => {
    const at = (t: number) => {
      const snap = toSnapshot(step(createSim(presets.balloon), t));
      const m = snap.memory.hosts[0];
      return stretchesOf(m?.stateLog ?? [], snap.tick, m?.state ?? 0);
    };
    const late = at(40_000);
    expect(late.filter((s) => s.state === 4)).toEqual([{ from: 20_200, to: 22_200, state: 4 }]);
    expect(late.find((s) => s.state === 3)).toEqual({ from: 17_040, to: 19_060, state: 3 });
    expect(timeIn(late).reduce((a, b) => a + b, 0)).toBe(40_000);
    const early = at(19_000);
    expect(early.some((s) => s.state === 4)).toBe(false);
    expect(early.filter((s) => s.state === 3)).toEqual([{ from: 17_040, to: 19_000, state: 3 }]);
  });
});
