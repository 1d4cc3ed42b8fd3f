/**
 * The instances panel's data on instances-on-demand: each request's phases as spans that
 * never overlap and end at now or at readiness, a failed request with only its wait, and a
 * sentence whose numbers are the rows' own (clone times per kind, the disk linked clones save).
 */
import { describe, expect, it } from 'vitest';
import { createSim, presets, step, toSnapshot } from '../../engine';
import { instanceRows, instancesSentence } from './layoutInstances';

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
});
