/** fitText keeps short labels, cuts long ones with an ellipsis, and counts Hangul as wide. */
import { describe, expect, it } from 'vitest';
import { fitLines, fitText, textWidth } from './fitText';

describe('fitText', () => {
  it('keeps text that fits and cuts text that does not', () => {
    expect(fitText('web-1', 100, 12)).toBe('web-1');
    const cut = fitText('App: CPU-bound batch job', 60, 12);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, 12)).toBeLessThanOrEqual(60);
  });

  it('treats Hangul as wider than Latin', () => {
    expect(textWidth('가상머신', 10)).toBeGreaterThan(textWidth('abcd', 10));
    expect(fitText('가상머신 하이퍼바이저', 45, 10)).toBe('가상머…');
  });
});

describe('fitLines', () => {
  it('keeps a line that fits at its size', () => {
    expect(fitLines('Compute: 7 fixed slices', 340, 12, 11)).toEqual({ px: 12, lines: ['Compute: 7 fixed slices'] });
  });

  it('narrows a line a little too long, never under the floor', () => {
    const s = 'Who had the GPU, each of the last 64 ms (blank)';
    const f = fitLines(s, 340, 13, 11);
    expect(f.lines).toEqual([s]);
    expect(f.px).toBeGreaterThanOrEqual(11);
    expect(f.px).toBeLessThan(13);
    expect(textWidth(s, f.px)).toBeLessThanOrEqual(340);
  });

  it('wraps at spaces, at its size, what does not fit at the floor', () => {
    const s = 'Who had the GPU, each of the last 64 ms (blank: idle)';
    const f = fitLines(s, 300, 12.3, 12.3);
    expect(f.px).toBe(12.3);
    expect(f.lines.length).toBe(2);
    expect(f.lines.join(' ')).toBe(s);
    for (const l of f.lines) expect(textWidth(l, f.px)).toBeLessThanOrEqual(300);
  });
});
