import { describe, expect, it } from 'vitest';
import { dodgeLabels } from './geometry';
import { labelCss, labelSize, READ_MIN_PX } from './labels';

describe('label sizes', () => {
  it('raise a label to 14 px rendered on the projector, at the scale the drawing is shown at', () => {
    expect(labelSize(10, 'default')).toBe(10);
    expect(labelSize(10, 'projector')).toBe(14);
    expect(labelSize(16, 'projector')).toBe(16);
    expect(labelSize(9, 'projector', 1.35) * 1.35).toBeGreaterThanOrEqual(14);
    expect(labelSize(9, 'projector', 1.35) * 1.35).toBeLessThan(14.2);
    expect(labelSize(9, 'contrast')).toBe(9);
  });
  it('raise a label to a drawing\'s own floor on any screen, and to the projector\'s where that is higher', () => {
    expect(labelSize(8, 'default', 1, READ_MIN_PX)).toBe(11);
    expect(labelSize(8, 'default', 1.7, READ_MIN_PX) * 1.7).toBeCloseTo(13.6);
    expect(labelSize(8, 'default', 1.2, READ_MIN_PX) * 1.2).toBeGreaterThanOrEqual(11);
    expect(labelSize(9, 'projector', 1.35, READ_MIN_PX) * 1.35).toBeGreaterThanOrEqual(14);
  });
  it('say the same in CSS', () => {
    expect(labelCss(11)).toBe('max(11px, calc(var(--vl-label-min) / var(--vl-draw-scale, 1)))');
  });
});

describe('dodgeLabels', () => {
  it('keeps labels that are apart where they are', () => {
    expect(dodgeLabels([10, 50, 30], 14)).toEqual([10, 50, 30]);
  });
  it('moves close labels apart, in order', () => {
    expect(dodgeLabels([20, 20, 25], 14)).toEqual([20, 34, 48]);
    expect(dodgeLabels([50, 45, 48, 10], 11)).toEqual([67, 45, 56, 10]);
  });
  it('slides a run that would pass the bottom back up', () => {
    expect(dodgeLabels([95, 96, 97], 10, 0, 100)).toEqual([80, 90, 100]);
  });
});
