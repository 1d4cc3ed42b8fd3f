/**
 * The volume blocks' labels: each block shows its whole name, its whole short form
 * ("vm-3 #1") or a key number the array's key names; never a name cut short. Blocks too
 * narrow for a number share one with their neighbours, and every volume is named once
 * (in its block or in the key). Checked on the real layouts at the laptop's, projector's
 * and phone's label sizes, and on hand-made bars.
 */
import { describe, expect, it } from 'vitest';
import { createSim, presets, step, toSnapshot } from '../../engine';
import { textWidth } from '../fitText';
import { chooseLabels, fitsName, keyEntry, shortForms, withGlyph, type BlockInput } from './blockLabels';
import { layoutStorage } from './layoutStorage';

const bar = (ws: number[], names: string[], short: (string | null)[] = names.map(() => null)): BlockInput[] => {
  let x = 10;
  return ws.map((w, i) => {
    const b = { x, w, array: 0, name: names[i] ?? '', short: short[i] ?? null, glyph: '' };
    x += w;
    return b;
  });
};

/** Every block's text is whole (a name, a short form or a number) and fits; every name is in a block or in the key, once. */
function checkWhole(blocks: readonly BlockInput[], fs: number, barEnd: number): void {
  const { labels, keys } = chooseLabels(blocks, () => barEnd, fs);
  const named = new Map<string, number>();
  const count = (s: string): void => void named.set(s, (named.get(s) ?? 0) + 1);
  blocks.forEach((b, i) => {
    const l = labels[i];
    expect(l).toBeDefined();
    if (l === undefined) return;
    const bare = l.text.slice(b.glyph.length && l.text.startsWith(b.glyph) ? b.glyph.length : 0);
    if (l.form === 'full') expect(bare).toBe(b.name);
    if (l.form === 'short') expect(bare).toBe(b.short);
    if (l.form === 'key') expect(bare).toMatch(/^\d+$/);
    if (l.form === 'none') expect(l.text).toBe('');
    if (l.form !== 'none') expect(textWidth(l.text, fs)).toBeLessThanOrEqual(b.w);
    if (l.form === 'full' || l.form === 'short') count(b.name);
  });
  for (const k of keys) {
    for (const e of k.entries) for (const n of e.names) count(n);
    // A key in the bar ends inside it.
    if (k.x !== null) expect(k.x + textWidth(k.text, fs)).toBeLessThanOrEqual(barEnd);
    // Numbered blocks show their number, or sit under a run's bracket.
    for (const e of k.entries) {
      const inBlocks = blocks.flatMap((b, i) => (b.array === k.array && labels[i]?.form === 'key' && labels[i]?.text.endsWith(String(e.n)) ? [i] : []));
      expect(e.run || inBlocks.length === 1).toBe(true);
    }
  }
  for (const b of blocks) expect(named.get(b.name), b.name).toBe(blocks.filter((x) => x.name === b.name).length);
}

describe('volume block labels', () => {
  it('a wide block shows its whole name; a narrower one its whole short form; a narrow one a number the key names', () => {
    const fs = 10;
    const blocks = bar([textWidth('vm-3-disk', fs) + 8, textWidth('vm-3 #1', fs) + 8, 14], ['vm-3-disk', 'vm-3-disk', 'vm-4-disk'], [null, 'vm-3 #1', 'vm-4 #1']);
    const { labels, keys } = chooseLabels(blocks, () => 1000, fs);
    expect(labels.map((l) => l.text)).toEqual(['vm-3-disk', 'vm-3 #1', '1']);
    expect(keys).toHaveLength(1);
    expect(keys[0]?.text).toBe('1 vm-4-disk');
    expect(keys[0]?.x).not.toBeNull();
  });

  it('never cuts a name: the old "vm-3-di" and "vm-2-" are not labels', () => {
    const fs = 10;
    // The widths array-failure's blocks had on a 1280x800 laptop: 28, 42, 57 units.
    const blocks = bar([28, 42, 57], ['vm-1-disk', 'vm-3-disk', 'vm-5-disk'], shortForms([{ name: 'vm-1-disk', owner: 'vm-1' }, { name: 'vm-3-disk', owner: 'vm-3' }, { name: 'vm-5-disk', owner: 'vm-5' }]));
    const { labels } = chooseLabels(blocks, () => 600, fs);
    for (const [i, l] of labels.entries()) {
      const name = blocks[i]?.name ?? '';
      expect([name, blocks[i]?.short, '1', '2', '3']).toContain(l.text);
    }
    checkWhole(blocks, fs, 600);
  });

  it('blocks too narrow for a number share one, bracketed, and the key names each in order', () => {
    const fs = 10;
    const names = Array.from({ length: 16 }, (_, i) => `vm-${i + 1}-disk`);
    const blocks = bar(names.map(() => 2), names);
    const { labels, keys } = chooseLabels(blocks, () => 400, fs);
    expect(labels.every((l) => l.form === 'none')).toBe(true);
    const entries = keys[0]?.entries ?? [];
    expect(entries.every((e) => e.run)).toBe(true);
    expect(entries.flatMap((e) => e.names)).toEqual(names);
    checkWhole(blocks, fs, 400);
  });

  it('a key that does not fit in the bar is left for the list under the drawing', () => {
    const fs = 10;
    const names = Array.from({ length: 30 }, (_, i) => `volume-${i + 1}`);
    const blocks = bar(names.map(() => 9), names);
    const { keys } = chooseLabels(blocks, () => 10 + 30 * 9 + 40, fs);
    expect(keys[0]?.x).toBeNull();
    checkWhole(blocks, fs, 10 + 30 * 9 + 40);
  });

  it('short forms number a VM\'s volumes in order, and only stand in when shorter', () => {
    expect(shortForms([{ name: 'vm-3-disk', owner: 'vm-3' }, { name: 'vm-3-data', owner: 'vm-3' }, { name: 'logs', owner: 'web-1' }, { name: 'scratch', owner: null }])).toEqual(['vm-3 #1', 'vm-3 #2', null, null]);
  });

  it('every preset, at the laptop, projector and phone label sizes: each block whole, each volume named', () => {
    for (const id of ['array-failure', 'san-placement', 'rack-awareness', 'datacenter-32', 'thin-overcommit', 'raid-striping', 'basic'] as const) {
      const snap = toSnapshot(step(createSim(presets[id]), 100));
      const { arrays, volumes } = snap.storage;
      const shorts = shortForms(volumes);
      // Drawing widths: laptop (1280 px frame), projector (laid out narrower, labels raised to 14 px at ~1.1 px/unit), phone (stacked).
      for (const [width, fs] of [[900, 10], [640, 12.8], [350, 10], [350, 14]] as const) {
        const l = layoutStorage(snap.topology, arrays, volumes, width);
        const blocks: BlockInput[] = l.blocks.map((b) => ({ x: b.x, w: b.w, array: b.array, name: b.label, short: b.volume >= 0 ? (shorts[b.volume] ?? null) : null, glyph: '' }));
        for (const a of l.arrays) checkWhole(blocks.filter((b) => b.array === a.index), fs, a.bar.x + a.bar.w);
      }
    }
  });

  it('fitsName leaves padding both sides', () => {
    expect(fitsName('ab', textWidth('ab', 10) + 6, 10)).toBe(true);
    expect(fitsName('ab', textWidth('ab', 10) + 5, 10)).toBe(false);
  });
});

describe('withGlyph', () => {
  it('puts every mark in front when they fit, else the status mark alone, else none; the text is never cut for a mark', () => {
    const l = { form: 'full' as const, text: 'vm-1-disk' };
    const fs = 10;
    const need = (s: string): number => textWidth(s, fs) + 6;
    expect(withGlyph(l, '✚⊘', need('✚⊘vm-1-disk'), fs)).toBe('✚⊘vm-1-disk');
    expect(withGlyph(l, '✚⊘', need('⊘vm-1-disk'), fs)).toBe('⊘vm-1-disk');
    expect(withGlyph(l, '✚⊘', need('vm-1-disk'), fs)).toBe('vm-1-disk');
    expect(withGlyph(l, '', 1000, fs)).toBe('vm-1-disk');
    expect(withGlyph({ form: 'none', text: '' }, '⊘', 1000, fs)).toBe('');
  });
});

describe('keyEntry', () => {
  it('keeps each name whole on one line: it can break only after the comma between names', () => {
    const s = keyEntry({ n: 3, names: ['vm-3-disk-1', 'vm-12-disk-2'] });
    expect(s).toBe('3\u00a0vm\u20113\u2011disk\u20111, vm\u201112\u2011disk\u20112');
    // Every break opportunity (a space or a hyphen-minus) is the one after a comma.
    expect([...s.matchAll(/[ -]/g)].map((m) => s[(m.index ?? 0) - 1])).toEqual([',']);
  });
});
