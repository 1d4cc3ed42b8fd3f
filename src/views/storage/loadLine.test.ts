import { describe, expect, it } from 'vitest';
import { textWidth } from '../fitText';
import type { ArrayBox } from './layoutStorage';
import { placeLoadLine } from './loadLine';

const box = (w: number): ArrayBox => ({
  index: 0, x: 10, y: 0, w, h: 58, titleY: 12,
  bar: { x: 18, y: 18, w: w - 52, h: 22 },
  gauge: { x: 18, y: 44, w: Math.min(160, w / 4), h: 8 },
  guess: { x: w - 26, y: 15, w: 28, h: 28 },
});

describe('an array load line is never cut at the box edge', () => {
  const main = '사용률 74 % · 1.94 ms';
  const extras = '⇐ 복제본 복사 986 MiB/s';
  it('fits after the gauge in a wide box', () => {
    expect(placeLoadLine(box(600), 'array-d · 98 / 200 GiB', main, extras, 12, 11)).toMatchObject({ gauge: true, titleExtras: null, line: `${main}  ${extras}` });
  });
  for (const w of [220, 300, 440]) {
    it(`a ${w}-unit box: every part ends inside it`, () => {
      const b = box(w);
      const title = 'array-d · 98 / 200 GiB';
      const p = placeLoadLine(b, title, main, extras, 12, 11);
      const right = b.x + b.w - 8;
      expect(p.x + textWidth(p.line, 11)).toBeLessThanOrEqual(right);
      if (p.titleExtras !== null) expect(b.x + 8 + textWidth(title, 12) * 1.08 + textWidth(p.titleExtras, 11)).toBeLessThanOrEqual(right);
      // Nothing is lost without a sign: all of it is drawn, or the line ends with an ellipsis.
      const shown = `${p.line} ${p.titleExtras ?? ''}`;
      expect(shown.includes(extras) || p.line.endsWith('…')).toBe(true);
    });
  }
  it('the copy figures go up to the title line before the gauge gives way', () => {
    const p = placeLoadLine(box(360), 'array-d · 98 / 200 GiB', main, extras, 12, 11);
    expect(p).toMatchObject({ gauge: true, titleExtras: extras, line: main });
  });
  it('no copy figures: nothing moves to the title line', () => {
    expect(placeLoadLine(box(220), 'array-d', main, '', 12, 11).titleExtras).toBeNull();
  });
});
