import { describe, expect, test } from 'vitest';
import { scrollToWhole } from './showInFrame';

describe('scrollToWhole', () => {
  const frame = { top: 100, bottom: 500 };
  test('a target already whole in the frame: no scroll', () => {
    expect(scrollToWhole(frame, { top: 120, bottom: 480 })).toBe(0);
  });
  test('below the fold: scrolled down until its bottom is in, with the margin', () => {
    expect(scrollToWhole(frame, { top: 480, bottom: 560 })).toBe(68);
  });
  test('above the top: scrolled up until its top is in', () => {
    expect(scrollToWhole(frame, { top: 60, bottom: 140 })).toBe(-48);
  });
  test('taller than the frame: its top at the frame top, whichever way', () => {
    expect(scrollToWhole(frame, { top: 300, bottom: 900 })).toBe(192);
    expect(scrollToWhole(frame, { top: 50, bottom: 900 })).toBe(-58);
  });
});
