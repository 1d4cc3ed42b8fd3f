/**
 * Layout of the Overview's SAN (layoutSan.ts): its arrays pooled in one band under the hosts
 * or beside them, inside it and clear of each other, and its sentence given the lines it
 * needs: beside the host, as many as the host's height leaves; under the hosts, all of them.
 */
import { describe, expect, it } from 'vitest';
import { presets } from '../../engine';
import { t as tr } from '../../i18n';
import { lineH } from '../shared/labels';
import { wrapWords } from '../fitText';
import { inside, lay, overlap, topo } from './testing';
import { pickOverviewLayout, WRAP_SCALES } from './pickOverview';
import { ovPx, ovText } from './ovText';


describe('the SAN under the hosts', () => {
  it.each([
    ['san-placement', 960],
    ['datacenter-32', 960],
    ['rack-awareness', 390],
  ] as const)('%s at %i px: every array sits in the band, below every host, without overlap', (id, width) => {
    const t = topo(presets[id]);
    const l = lay(t, width);
    const san = l.san;
    expect(san).not.toBeNull();
    if (san === null) return;
    expect(san.arrays).toHaveLength(t.storageArrays.length);
    for (const h of l.hosts) expect(san.y).toBeGreaterThan(h.y + h.h);
    for (const a of san.arrays) expect(inside(a.rect, san)).toBe(true);
    for (const a of san.arrays) for (const b of san.arrays) if (a !== b) expect(overlap(a.rect, b.rect)).toBe(false);
    expect(l.height).toBeGreaterThanOrEqual(san.y + san.h);
    for (const path of san.fabric) for (const p of path) expect(p.x).toBeLessThanOrEqual(l.width);
  });
  it('a world without arrays has no band', () => {
    const t = topo(presets.basic);
    expect(lay({ ...t, storageArrays: [] }, 960).san).toBeNull();
  });
});

describe('the SAN beside or under the hosts', () => {
  it('puts the SAN beside the host on the projector, and under it on a laptop', () => {
    const tp = topo(presets['san-placement']);
    const textAt = (theme: 'projector' | 'default') => (s: number) => ovText(ovPx(theme, s), (key, params) => tr('en', key, params));
    const proj = pickOverviewLayout(tp, 744, 380, [1.35, 1.2, 1.1, 1, 0.9], textAt('projector')).layout;
    expect(proj.san?.beside).toBe(true);
    for (const h of proj.hosts) expect(proj.san!.x).toBeGreaterThan(h.x + h.w);
    const laptop = pickOverviewLayout(tp, 903, 562, [1], textAt('default')).layout;
    expect(laptop.san?.beside).toBe(false);
  });
  it('breaks the SAN sentence into lines beside the host, as many as the height of the host leaves room for', () => {
    const tp = topo(presets.basic);
    const l = pickOverviewLayout(tp, 744, 380, [1.35, 1.2, 1.1, 1, 0.9], (s) => ovText(ovPx('projector', s), (key, params) => tr('en', key, params))).layout;
    const san = l.san!;
    expect(san.beside).toBe(true);
    expect(san.pooledLines).toBeGreaterThan(1);
    expect(san.y + san.h).toBeLessThanOrEqual(Math.max(...l.hosts.map((h) => h.y + h.h)) + 0.01);
  });
  it('gives the SAN sentence every line it needs under the hosts (a phone, in en and ko), where it was one line cut short', () => {
    const tp = topo(presets.basic);
    for (const lang of ['en', 'ko'] as const) {
      const text = (s: number) => ovText(ovPx('default', s), (key, params) => tr(lang, key, params));
      const { layout } = pickOverviewLayout(tp, 346, 454, [1], text, null, WRAP_SCALES.default);
      const san = layout.san!;
      expect(san.beside).toBe(false);
      const lines = wrapWords(tr(lang, 'overview.san.pooled'), san.w - 16, layout.text.small);
      expect(lines.length, lang).toBeGreaterThan(1);
      expect(san.pooledLines, lang).toBe(lines.length);
      // The arrays start under the sentence's last line.
      expect(san.arrays[0]!.rect.y, lang).toBeGreaterThanOrEqual(san.pooledY + (san.pooledLines - 0.5) * lineH(layout.text.small));
    }
  });
});
