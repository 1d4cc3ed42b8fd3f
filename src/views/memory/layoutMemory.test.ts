import { describe, expect, it } from 'vitest';
import { frameAt, gaugeX, gridGeometry, sparkPath, stackedAreas, stackedAreasOnce, vmSegments } from './layoutMemory';

describe('gridGeometry', () => {
  it('fits 16,384 frames into 800 x 400 with whole-pixel cells', () => {
    const g = gridGeometry(16384, 800, 400);
    expect(g.cols * g.rows).toBeGreaterThanOrEqual(16384);
    expect(g.height).toBeLessThanOrEqual(400);
    expect(g.width).toBeLessThanOrEqual(800);
    expect(g.cell).toBeGreaterThanOrEqual(2);
  });

  it('uses big cells for few frames', () => {
    expect(gridGeometry(64, 800, 400).cell).toBe(24);
  });

  it('finds the frame under a point, and none outside', () => {
    const g = gridGeometry(100, 100, 400);
    expect(frameAt(g, 100, 0, 0)).toBe(0);
    expect(frameAt(g, 100, g.cell * 2 + 1, g.cell + 1)).toBe(g.cols + 2);
    expect(frameAt(g, 100, -1, 0)).toBe(-1);
    expect(frameAt(g, 100, g.width, 0)).toBe(-1);
  });
});

describe('vmSegments', () => {
  it('splits the bar in proportion and covers it exactly', () => {
    const segs = vmSegments({ resident: 50, shared: 10, compressed: 5, swapped: 5, ballooned: 20, untouched: 10 }, 100, 200);
    expect(segs.map((s) => s.w)).toEqual([100, 20, 10, 10, 40, 20]);
    expect(segs.at(-1)!.x + segs.at(-1)!.w).toBe(200);
  });
});

describe('gauge and sparkline', () => {
  it('orders the thresholds left to right by free memory', () => {
    const xs = [0.16, 0.32, 0.64, 1, 4].map((r) => gaugeX(r, 300));
    expect(xs).toEqual(xs.toSorted((a, b) => a - b));
    expect(gaugeX(0, 300)).toBe(0);
    expect(gaugeX(100, 300)).toBe(300);
  });

  it('draws a path only with two or more points', () => {
    expect(sparkPath([1], 1, 10, 10)).toBe('');
    expect(sparkPath([0, 1], 1, 10, 10)).toBe('M0,10L10,0');
  });
});

describe('stackedAreas', () => {
  it('stacks the parts bottom to top and fills the height when they add up to the total', () => {
    const full = { resident: 6, shared: 2, compressed: 0, swapped: 0, ballooned: 1, untouched: 1 };
    const areas = stackedAreas([full, full], 10, 100, 20);
    expect(areas.map((a) => a.part)).toEqual(['resident', 'shared', 'compressed', 'swapped', 'ballooned', 'untouched']);
    expect(areas[0]!.d).toBe('M0,8L100,8L100,20L0,20Z');
    expect(areas.at(-1)!.d).toBe('M0,0L100,0L100,2L0,2Z');
    expect(stackedAreas([full], 10, 100, 20)).toEqual([]);
  });

  it('once per history state: the same paths until the history grows or the total changes', () => {
    const a = { resident: 6, shared: 2, compressed: 0, swapped: 0, ballooned: 1, untouched: 1 };
    const b = { resident: 3, shared: 2, compressed: 0, swapped: 3, ballooned: 1, untouched: 1 };
    const history = [a, a];
    const first = stackedAreasOnce(history, 10, 100, 20);
    expect(first).toEqual(stackedAreas(history, 10, 100, 20));
    expect(stackedAreasOnce(history, 10, 100, 20)).toBe(first);
    expect(stackedAreasOnce(history, 12, 100, 20)).toEqual(stackedAreas(history, 12, 100, 20));
    history.push(b);
    expect(stackedAreasOnce(history, 10, 100, 20)).toEqual(stackedAreas(history, 10, 100, 20));
    // The same newest sample at another length (the history was cut) is drawn afresh.
    expect(stackedAreasOnce([a, b], 10, 100, 20)).toEqual(stackedAreas([a, b], 10, 100, 20));
  });
});

describe('practice problems', () => {
  it('multi-level problems agree with the two entries they show', async () => {
    const { multiLevelProblem } = await import('./practiceProblems');
    for (let seed = 1; seed < 40; seed++) {
      const p = multiLevelProblem(seed);
      if ((p.pde & 0x80) === 0) expect(p.fault).toBe('pde');
      else if (((p.pte ?? 0) & 0x80) === 0) expect(p.fault).toBe('pte');
      else expect(p.pa).toBe(((p.pte ?? 0) & 0x7f) * 32 + p.offset);
    }
  });
});
