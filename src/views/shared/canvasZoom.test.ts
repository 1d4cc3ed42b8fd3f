import { describe, expect, it } from 'vitest';
import { backingRatio, backingZoom, localPoint, PIXEL_BUDGET } from './canvasZoom';
import { clampZoom } from './ZoomPan';

describe('canvas zoom', () => {
  it('draws for 100 % up to 100 %, and for the next x 1.25 step above it', () => {
    expect(backingZoom(0.3)).toBe(1);
    expect(backingZoom(1)).toBe(1);
    expect(backingZoom(1.1)).toBe(1.25);
    expect(backingZoom(1.25)).toBe(1.25);
    // Three presses of + (each rounded by clampZoom: 1.954) land on the step (1.953).
    let z = 1;
    for (let i = 0; i < 3; i++) z = clampZoom(z * 1.25);
    expect(z).toBe(1.954);
    expect(backingZoom(z)).toBe(1.953);
    // A pinch between steps is drawn for the step above it.
    expect(backingZoom(1.3)).toBe(1.563);
    expect(backingZoom(2)).toBeCloseTo(2.441, 3);
    expect(backingZoom(3.9)).toBe(4);
    expect(backingZoom(4)).toBe(4);
  });

  it('grows the backing store with the zoom, within the pixel budget and never below the base', () => {
    expect(backingRatio(2, 1, 800, 400)).toBe(2);
    expect(backingRatio(2, 0.5, 800, 400)).toBe(2);
    expect(backingRatio(1, 1.953, 720, 360)).toBeCloseTo(1.953, 3);
    expect(backingRatio(2, 1.953, 400, 300)).toBeCloseTo(3.906, 3);
    // A 1200 x 500 chart at 400 % on a 2x screen: held to the budget.
    const r = backingRatio(2, 4, 1200, 500);
    expect(r).toBeGreaterThan(3);
    expect(r).toBeLessThan(8);
    expect(1200 * r * 500 * r).toBeLessThanOrEqual(PIXEL_BUDGET + 1);
    // Already over the budget at 100 %: drawn as before.
    expect(backingRatio(2, 3, 4000, 3000)).toBe(2);
  });

  it('maps the pointer to the element’s own pixels at any scale', () => {
    const rect = { left: 100, top: 50, width: 400, height: 200 };
    expect(localPoint(rect, 200, 100, 300, 150)).toEqual({ x: 100, y: 50 });
    expect(localPoint({ ...rect, width: 200, height: 100 }, 200, 100, 150, 60)).toEqual({ x: 50, y: 10 });
    // A box not laid out yet: taken as unscaled.
    expect(localPoint({ ...rect, width: 0, height: 0 }, 0, 0, 150, 60)).toEqual({ x: 50, y: 10 });
  });
});
