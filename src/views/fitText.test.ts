/** fitText keeps short labels, cuts long ones with an ellipsis, and counts Hangul as wide. */
import { describe, expect, it } from 'vitest';
import { fitText, textWidth } from './fitText';

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
