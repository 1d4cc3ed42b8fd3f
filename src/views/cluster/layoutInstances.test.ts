/**
 * The instances panel's data on instances-on-demand: each request's phases as spans that
 * never overlap and end at now or at readiness, a failed request with only its wait, and a
 * sentence whose numbers are the rows' own (clone times per kind, the disk linked clones save).
 */
import { describe, expect, it } from 'vitest';
import { createSim, presets, step, toSnapshot } from '../../engine';
import { textWidth } from '../fitText';
import { instanceRows, instancesSentence, layoutTimeline } from './layoutInstances';

describe('layoutInstances', () => {
  const snap = toSnapshot(step(createSim(presets['instances-on-demand']), 30_000));
  const rows = instanceRows(snap);

  it('phases in order, touching, within [requested, now]', () => {
    for (const r of rows) {
      r.spans.forEach((s, i) => {
        expect(s.to).toBeGreaterThan(s.from);
        expect(s.to).toBeLessThanOrEqual(snap.tick);
        if (i > 0) expect(s.from).toBe(r.spans[i - 1]?.to);
      });
      expect(r.spans[0]?.from).toBe(r.rec.requestedAt);
    }
    const big = rows.find((r) => r.rec.name === 'big-1');
    expect(big?.spans.map((s) => s.phase)).toEqual(['queued']);
    expect(big?.spans[0]?.to).toBe(big?.rec.startedAt);
    // win-1's full Windows clone (41 s) is still copying at 30 s: its last span is cloning, up to now.
    expect(rows.find((r) => r.rec.name === 'win-1')?.spans.at(-1)).toMatchObject({ phase: 'cloning', to: snap.tick });
  });

  it('the sentence says the rows’ clone times and savings', () => {
    const said = instancesSentence(rows);
    expect(said?.key).toBe('instances.says');
    expect(said?.params['linked']).toBe('0.5');
    expect(said?.params['full']).toBe('20.5');
    const saved = rows.filter((r) => r.rec.clone === 'linked').reduce((n, r) => n + r.savedGiB, 0);
    expect(said?.params['saved']).toBe(saved.toFixed(1));
    expect(said?.params['n']).toBe(3);
  });

  describe('layoutTimeline: drawn 1:1 at its width, so its labels are the size asked for (a phone had 7.6 px)', () => {
    const tails = rows.map((r) => (r.rec.state === 'failed' ? '✕ 실패: 자리 없음' : `● ${r.rec.host} · 24.5 s`));
    const keys = { queued: 'in the queue', cloning: 'cloning the disk', booting: 'booting' };
    for (const [width, px] of [[346, 12], [330, 12], [759, 15], [900, 16]] as const) {
      it(`${width} px wide at ${px} px: every bar and tail inside the width, rows apart, the key on lines under them`, () => {
        const L = layoutTimeline(rows, snap.tick, tails, keys, width, px);
        expect(L.width).toBe(width);
        expect(L.px).toBe(px);
        expect(L.rowH).toBeGreaterThanOrEqual(px * 1.4);
        expect(L.rows.map((r) => r.name)).toEqual(rows.map((r) => r.rec.name));
        L.rows.forEach((r, i) => {
          expect(r.y).toBe(i * L.rowH);
          // Bars start after the widest name and end before the tail, which ends inside the width.
          for (const b of r.bars) expect(b.x).toBeGreaterThanOrEqual(Math.max(...rows.map((x) => textWidth(x.rec.name, px))));
          const end = Math.max(...r.bars.map((b) => b.x + b.w));
          expect(r.tail.x).toBeGreaterThanOrEqual(end);
          expect(r.tail.x + textWidth(r.tail.text, px)).toBeLessThanOrEqual(width + 0.5);
        });
        for (const k of L.legend) {
          expect(k.y).toBeGreaterThanOrEqual(rows.length * L.rowH);
          expect(k.x + 14 + textWidth(k.text, px)).toBeLessThanOrEqual(width + 0.5);
        }
        expect(L.height).toBe(Math.max(...L.legend.map((k) => k.y)) + L.rowH);
      });
    }

    it('the key folds onto a second line only when the width is too short for it', () => {
      expect(new Set(layoutTimeline(rows, snap.tick, tails, keys, 759, 15).legend.map((k) => k.y)).size).toBe(1);
      const narrow = layoutTimeline(rows, snap.tick, tails, keys, 200, 12);
      expect(new Set(narrow.legend.map((k) => k.y)).size).toBeGreaterThan(1);
      expect(narrow.legend[0]?.x).toBe(0);
    });

    it('the time scale is shared: a span twice as long is drawn twice as wide', () => {
      const L = layoutTimeline(rows, snap.tick, tails, keys, 759, 15);
      const i = rows.findIndex((r) => r.rec.name === 'win-1');
      const j = rows.findIndex((r) => r.rec.name === 'web-2');
      const a = rows[i]!.spans[0]!;
      const b = rows[j]!.spans[0]!;
      expect(L.rows[i]!.bars[0]!.w / (a.to - a.from)).toBeCloseTo(L.rows[j]!.bars[0]!.w / (b.to - b.from), 6);
    });
  });
});
