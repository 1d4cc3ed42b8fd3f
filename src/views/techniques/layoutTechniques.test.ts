/**
 * The stepper's geometry: hardware is the lowest band, a type-2 stack has one band more,
 * steps go left to right on their layer's band; the cost bars of a workload add up to
 * the whole running time and show the overhead share the cost model computed.
 */
import { describe, expect, it } from 'vitest';
import { costOf, CYCLES_PER_TICK } from '../../engine';
import { BAND_H, BAND_H_MAX, costBars, growBand, layoutPath } from './layoutTechniques';
import { layersFor, pathSteps } from './paths';

describe('layoutPath', () => {
  it('stacks hardware at the bottom and places each step on its band, left to right', () => {
    const steps = pathSteps('hardware-assisted', 'type2', 'cli');
    const l = layoutPath(layersFor('type2'), steps, 800);
    const hw = l.bands.find((b) => b.layer === 'hardware');
    expect(hw?.y).toBe(Math.max(...l.bands.map((b) => b.y)));
    expect(l.bands).toHaveLength(5);
    l.points.forEach((p, i) => {
      const band = l.bands.find((b) => b.layer === steps[i]?.layer);
      expect(p.y).toBe((band?.y ?? -1) + band!.h / 2);
      if (i > 0) expect(p.x).toBeGreaterThan(l.points[i - 1]!.x);
    });
    expect(Math.max(...l.points.map((p) => p.x))).toBeLessThanOrEqual(800);
  });

  it('grows its bands into the room it is given, up to BAND_H_MAX, never below BAND_H nor taller than 3/4 of its width, its dots whole inside', () => {
    expect(growBand(4, 1500, null)).toBe(BAND_H);
    expect(growBand(4, 1500, 120)).toBe(BAND_H);
    expect(growBand(4, 1500, 300)).toBe(75);
    expect(growBand(4, 1500, 900)).toBe(BAND_H_MAX);
    expect(4 * growBand(4, 340, 600)).toBeLessThanOrEqual(0.75 * 340);
    const steps = pathSteps('binary-translation', 'type1', 'io');
    for (const bandH of [BAND_H, BAND_H_MAX]) {
      const l = layoutPath(layersFor('type1'), steps, 600, { labelW: 150, bandH });
      expect(l.height).toBe(4 * bandH);
      expect(l.dotR).toBeGreaterThanOrEqual(12);
      expect(l.dotR * 2).toBeLessThan(bandH);
      for (const p of l.points) expect(p.x - l.dotR).toBeGreaterThanOrEqual(150);
      for (const p of l.points) expect(p.x + l.dotR).toBeLessThanOrEqual(600);
    }
  });
});

describe('costBars', () => {
  it('splits running time into guest work and overheads that add up to 1', () => {
    const w = { runMs: 1000, sensitive: 180_000, io: 18_000, sensitiveSinceFlush: 180_000 };
    const c = costOf('hardware-assisted', 'type2', w);
    const bars = costBars(c, w.runMs, CYCLES_PER_TICK);
    expect(bars.reduce((n, b) => n + b.share, 0)).toBeCloseTo(1, 9);
    expect(1 - (bars[0]?.share ?? 0)).toBeCloseTo(c.overhead, 9);
    expect(bars.find((b) => b.key === 'hostOs')?.share).toBeGreaterThan(0);
  });
  it('an idle guest is all guest time', () => {
    expect(costBars(costOf('paravirtual', 'type1', { runMs: 0, sensitive: 0, io: 0, sensitiveSinceFlush: 0 }), 0, CYCLES_PER_TICK)[0]?.share).toBe(1);
  });
});
