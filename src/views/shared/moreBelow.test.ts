import { describe, expect, it } from 'vitest';
import { hasMoreBelow, opensTaller } from './MoreBelow';

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

describe('hasMoreBelow with a least amount', () => {
  it('a drawing: 3 px or less under the edge is no more to see', () => {
    expect(hasMoreBelow(0, 100, 103, 3)).toBe(false);
    expect(hasMoreBelow(0, 100, 104, 3)).toBe(true);
  });
});

describe('opensTaller', () => {
  it('a drawing taller than its frame by more than 3 px as it opens has the cue (and its room); one seen whole has none', () => {
    expect(opensTaller(420, 416)).toBe(true);
    expect(opensTaller(419, 416)).toBe(false);
    expect(opensTaller(378, 416)).toBe(false);
  });
});
