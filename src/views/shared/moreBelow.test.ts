import { describe, expect, it } from 'vitest';
import { cueRowPx, hasMoreBelow, opensTaller } from './MoreBelow';

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

describe('cueRowPx: the zoom bar\'s row the cue\'s room takes (review 45, F4)', () => {
  const buttons = [{ top: 0, bottom: 32 }, { top: 2, bottom: 30 }];
  it('the room wrapped under every other item: its row and the gap over it', () => {
    expect(cueRowPx(buttons, { top: 36, bottom: 68 })).toBe(36);
  });
  it('the room beside the others (one row), or no other item: none', () => {
    expect(cueRowPx(buttons, { top: 2, bottom: 30 })).toBe(0);
    expect(cueRowPx([...buttons, { top: 36, bottom: 76 }], { top: 40, bottom: 72 })).toBe(0);
    expect(cueRowPx([], { top: 0, bottom: 32 })).toBe(0);
  });
  it('a drawing between the frame\'s heights with and without the cue\'s row gets one answer in both states', () => {
    // The frame is 416 px tall without the cue's row, 380 with it (36 px); the drawing opens 400 px tall, seen whole.
    const drawing = 400;
    const without = opensTaller(drawing, 416 + 0);
    const withRow = opensTaller(drawing, 380 + cueRowPx(buttons, { top: 36, bottom: 68 }));
    expect([without, withRow]).toEqual([false, false]);
    // Asked against the frame the row had left (the code before), the shown cue held itself: the two states disagreed.
    expect(opensTaller(drawing, 380)).toBe(true);
  });
});
