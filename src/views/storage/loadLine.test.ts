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
  it('a line a little too long for the whole gauge keeps a narrower gauge (40 units or more) and stays beside it', () => {
    // The projector's rack-awareness in Korean: 25-unit words in a 396-unit box, the gauge 99 units.
    const b = { ...box(396), gauge: { x: 18, y: 44, w: 99, h: 8 } };
    const line = '사용률 4 % · 0.52 ms';
    const p = placeLoadLine(b, 'r1-a · 12 / 200 GiB', line, '', 25, 25);
    const right = b.x + b.w - 8;
    expect(b.gauge.x + b.gauge.w + 6 + textWidth(line, 25)).toBeGreaterThan(right);
    expect(p.gauge).toBe(true);
    expect(p.gaugeW).toBeGreaterThanOrEqual(40);
    expect(p.gaugeW).toBeLessThan(99);
    expect(p.x).toBe(b.gauge.x + p.gaugeW + 6);
    expect(p.x + textWidth(p.line, 25)).toBeLessThanOrEqual(right);
    expect(p.line).toBe(line);
  });
  it('no copy figures: nothing moves to the title line', () => {
    expect(placeLoadLine(box(220), 'array-d', main, '', 12, 11).titleExtras).toBeNull();
  });
});
