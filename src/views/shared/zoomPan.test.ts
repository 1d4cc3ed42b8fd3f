import { describe, expect, it } from 'vitest';
import { clampZoom, fitZoom, keepFocus, readableFit, ZOOM_MAX, ZOOM_MIN } from './ZoomPan';

describe('zoom arithmetic', () => {
  it('keeps a scale within its bounds', () => {
    expect(clampZoom(100)).toBe(ZOOM_MAX);
    expect(clampZoom(0)).toBe(ZOOM_MIN);
    expect(clampZoom(1.5)).toBe(1.5);
  });
  it('fits the whole drawing, never enlarging it', () => {
    // datacenter-32 in the projector: 741 x 4379 in a 744 x 380 frame.
    expect(fitZoom(741, 4379, 744, 380)).toBeCloseTo(380 / 4379, 3);
    expect(fitZoom(200, 100, 800, 600)).toBe(1);
    expect(fitZoom(0, 100, 800, 600)).toBe(1);
  });
  it('keeps the point under the pointer where it was', () => {
    // A drawing point at frame x = 100 with the frame scrolled by 300 sits at 400 / s0 in the drawing.
    const s0 = 1;
    const s1 = 2;
    const scroll = keepFocus(300, 100, s0, s1);
    expect((scroll + 100) / s1).toBeCloseTo((300 + 100) / s0, 9);
    expect(keepFocus(0, 0, 1, 0.5)).toBe(0);
  });
});

describe('readableFit', () => {
  it('whole when that is at least FIT_READ_MIN; else as wide as the frame; else 100 %', () => {
    expect(readableFit(800, 400, 640, 400)).toBe(0.8);
    // A phone's short frame beside the tour panel: whole would be 30 %, as wide as the frame is 94 %.
    expect(readableFit(372 / 0.94, 213, 372, 64)).toBe(0.94);
    // Too wide to read even across: 100 %, panned.
    expect(readableFit(4000, 3000, 372, 64)).toBe(1);
  });
});
