import { describe, expect, it } from 'vitest';
import { hasMoreBelow } from './useMoreCue';

describe('hasMoreBelow', () => {
  it('more while the content runs past the bottom edge', () => {
    expect(hasMoreBelow(0, 99, 122)).toBe(true);
    expect(hasMoreBelow(21, 99, 122)).toBe(true);
  });
  it('none at the end, or within a pixel of it (rounding), or when it all fits', () => {
    expect(hasMoreBelow(23, 99, 122)).toBe(false);
    expect(hasMoreBelow(22.5, 99, 122)).toBe(false);
    expect(hasMoreBelow(0, 122, 122)).toBe(false);
  });
});
