/**
 * The browser soak's verdict rests on a least-squares slope: check it on lines and noise.
 */
import { describe, expect, it } from 'vitest';
import { slope } from './browserSoak';

describe('slope', () => {
  it('is the rise per step of a line, and near zero for flat noise', () => {
    expect(slope([5, 6, 7, 8], [10, 10.2, 10.4, 10.6])).toBeCloseTo(0.2, 10);
    expect(slope([5, 6, 7, 8, 9, 10], [3, 3.1, 2.9, 3, 3.1, 2.9])).toBeLessThan(0.05);
    expect(slope([1], [4])).toBe(0);
  });
});
