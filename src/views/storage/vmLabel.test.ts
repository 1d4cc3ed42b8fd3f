/**
 * A VM box's name and volume count never overlap: at every scale a projector's drawing may be
 * fitted to (labels raised to stay 14 px on screen), in every storage lesson preset, in en and
 * ko, the words chosen for each box fit inside it side by side with their gap (estimated
 * widths, bold names measured wide). And the words in an array's bar (its key) keep out of the
 * load line under it: listed under the drawing when labels are too tall for the room between.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createSim, presets, step, toSnapshot } from '../../engine';
import { loadLanguage, t } from '../../i18n';
import { LENS_LESSONS } from '../lensLessons';
import { labelSize, lineH, PROJECTOR_DRAW_SCALE } from '../shared/labels';
import { chooseLabels } from './blockLabels';
import { BAR_TO_LOAD_LINE, barWordsEnd, layoutStorage, type ArrayBox } from './layoutStorage';
import { lostForms, VM_PAD, vmWords, vmWordsWidth } from './vmLabel';

beforeAll(async () => {
  await Promise.all([loadLanguage('ko'), loadLanguage('en')]);
});

/** Scales (px per unit) the projector shows the drawing at: its own, down to fitted at a third. */
const SHOWN = [PROJECTOR_DRAW_SCALE, 1, 0.75, 0.69, 0.5, 0.35];

describe('a VM box says its name and its volume count without the two overlapping', () => {
  it('fits both (or the name and a shorter count) inside the box at the projector label sizes', () => {
    const forms = new Set<string>();
    for (const id of LENS_LESSONS.storage) {
      const snap = toSnapshot(step(createSim(presets[id]), 8000));
      const owned = new Map<string, number>();
      for (const v of snap.storage.volumes) if (v.owner !== null) owned.set(v.owner, (owned.get(v.owner) ?? 0) + 1);
      for (const shown of SHOWN) {
        const namePx = labelSize(12, 'projector', shown);
        const badgePx = labelSize(10, 'projector', shown);
        for (const width of [1200 / PROJECTOR_DRAW_SCALE, 640, 350]) {
          const l = layoutStorage(snap.topology, snap.storage.arrays, snap.storage.volumes, width);
          for (const box of l.vms) {
            const vm = snap.topology.vms[box.index];
            const n = owned.get(vm?.id ?? '') ?? 0;
            for (const lang of ['en', 'ko'] as const) {
              const words = vmWords(vm?.name ?? '', t(lang, 'storage.vmVolumes', { n }), String(n), box.w, namePx, badgePx);
              const where = `${id} ${lang} at ${shown} (${width} units): ${words.name} / ${words.badge} in ${box.w}`;
              expect(vmWordsWidth(words, namePx, badgePx), where).toBeLessThanOrEqual(box.w);
              expect(words.name.length, where).toBeGreaterThan(0);
              forms.add(words.badge === '' ? 'none' : words.badge === String(n) ? 'short' : 'full');
            }
          }
        }
      }
    }
    // The laptop's sizes keep the full count; the smallest fits shorten it.
    expect(forms.has('full')).toBe(true);
    expect(forms.has('short')).toBe(true);
  });

  it('keeps the full count when it fits, the count alone when only that does, and cuts a name too long for the box', () => {
    expect(vmWords('vm-1', '1 vol.', '1', 150, 12, 10)).toEqual({ name: 'vm-1', badge: '1 vol.', lost: '' });
    // Projector labels fitted at about half size: 20.6 units in a 110-unit box (issue 14: "vm-1" ran into "1 vol.").
    expect(vmWords('vm-1', '1 vol.', '1', 110, 20.6, 20.6)).toEqual({ name: 'vm-1', badge: '1', lost: '' });
    expect(vmWords('vm-1', '볼륨 1', '1', 110, 20.6, 20.6)).toEqual({ name: 'vm-1', badge: '1', lost: '' });
    const long = vmWords('analytics-warehouse-01', '3 vol.', '3', 110, 20.6, 20.6);
    expect(long.badge).toBe('');
    expect(long.name.endsWith('…')).toBe(true);
    expect(vmWordsWidth(long, 20.6, 20.6)).toBeLessThanOrEqual(110 + VM_PAD);
  });
});

describe('a VM box marks its lost volumes (issue 14: a lost volume was counted as a plain "1 vol.")', () => {
  const lost = (n: number, lang: 'en' | 'ko') => lostForms(n, t(lang, 'storage.vmLost', { n }));

  it('has no lost forms when nothing is lost, and the words or the glyph and count when something is', () => {
    expect(lostForms(0, 'x')).toBeUndefined();
    expect(lost(1, 'en')).toEqual({ full: '✕ 1 lost', short: '✕1', glyph: '✕' });
    expect(lost(2, 'ko')).toEqual({ full: '✕ 손실 2', short: '✕2', glyph: '✕' });
  });

  it('says the count and the lost words when both fit, then shortens the count, then the mark, and never drops the glyph', () => {
    expect(vmWords('vm-1', '1 vol.', '1', 200, 12, 10, lost(1, 'en'))).toEqual({ name: 'vm-1', badge: '1 vol.', lost: '✕ 1 lost' });
    expect(vmWords('vm-1', '볼륨 1', '1', 200, 12, 10, lost(1, 'ko'))).toEqual({ name: 'vm-1', badge: '볼륨 1', lost: '✕ 손실 1' });
    // Narrower: the count alone, then the glyph and count, then the mark alone, then the name cut; each width fits its box.
    const seen: string[] = [];
    for (const w of [200, 130, 90, 75, 65, 50]) {
      const words = vmWords('vm-1', '1 vol.', '1', w, 12, 10, lost(1, 'en'));
      seen.push(`${words.name}|${words.badge}|${words.lost}`);
      expect(vmWordsWidth(words, 12, 10), `${w}`).toBeLessThanOrEqual(w);
    }
    expect(seen).toEqual(['vm-1|1 vol.|✕ 1 lost', 'vm-1|1|✕ 1 lost', 'vm-1|1|✕1', 'vm-1||✕1', 'vm-1||✕', 'v…||✕']);
    // Projector labels fitted at about half size in a 110-unit box: the name gives way to the mark, never the mark to the name.
    const tight = vmWords('analytics-warehouse-01', '3 vol.', '3', 110, 20.6, 20.6, lost(2, 'en'));
    expect(tight).toMatchObject({ badge: '', lost: '✕' });
    expect(tight.name.endsWith('…')).toBe(true);
    expect(vmWordsWidth(tight, 20.6, 20.6)).toBeLessThanOrEqual(110);
    // Fitted at a third (labels 40 units high in a 110-unit box) not a letter of the name fits beside the mark: the mark stays.
    expect(vmWords('vm-1', '1 vol.', '1', 110, 40, 40, lost(1, 'en'))).toEqual({ name: '', badge: '', lost: '✕' });
  });

  it('fits the mark in every box of a world with lost volumes (rack-awareness after rack-1 fails), en and ko, at the projector sizes', () => {
    const snap = toSnapshot(step(createSim(presets['rack-awareness']), 13000));
    const owned = new Map<string, { n: number; lost: number }>();
    for (const v of snap.storage.volumes) {
      if (v.owner === null) continue;
      const o = owned.get(v.owner) ?? { n: 0, lost: 0 };
      owned.set(v.owner, { n: o.n + 1, lost: o.lost + (v.status === 'lost' ? 1 : 0) });
    }
    // The engine's snapshot says which: two VMs each lost their one volume.
    expect([...owned.values()].filter((o) => o.lost > 0)).toHaveLength(2);
    let marked = 0;
    for (const shown of SHOWN) {
      const namePx = labelSize(12, 'projector', shown);
      const badgePx = labelSize(10, 'projector', shown);
      for (const width of [1200 / PROJECTOR_DRAW_SCALE, 640, 350]) {
        const l = layoutStorage(snap.topology, snap.storage.arrays, snap.storage.volumes, width);
        for (const box of l.vms) {
          const vm = snap.topology.vms[box.index];
          const o = owned.get(vm?.id ?? '') ?? { n: 0, lost: 0 };
          for (const lang of ['en', 'ko'] as const) {
            const words = vmWords(vm?.name ?? '', t(lang, 'storage.vmVolumes', { n: o.n }), String(o.n), box.w, namePx, badgePx, lost(o.lost, lang));
            const where = `${lang} at ${shown} (${width} units): ${words.name} / ${words.badge} / ${words.lost} in ${box.w}`;
            expect(vmWordsWidth(words, namePx, badgePx), where).toBeLessThanOrEqual(box.w);
            expect(words.lost !== '', where).toBe(o.lost > 0);
            if (words.lost !== '') marked += 1;
          }
        }
      }
    }
    expect(marked).toBe(2 * 2 * SHOWN.length * 3);
  });
});

describe("the words in an array's bar never run into its load line", () => {
  it('list the key under the drawing when a line of labels is taller than the room between them, and keep it in the bar otherwise', () => {
    const snap = toSnapshot(step(createSim(presets['rack-awareness']), 8000));
    const l = layoutStorage(snap.topology, snap.storage.arrays, snap.storage.volumes, 1200 / PROJECTOR_DRAW_SCALE);
    for (const a of l.arrays) expect(a.gauge.y + 7 - (a.bar.y + 15)).toBe(BAR_TO_LOAD_LINE);
    const blocks = l.blocks.map((b) => ({ x: b.x, w: b.w, array: b.array, name: b.label, short: null, glyph: '' }));
    const keysAt = (fs: number) => chooseLabels(blocks, (i) => barWordsEnd(l.arrays.find((a) => a.index === i) ?? (l.arrays[0] as ArrayBox), fs), fs).keys;
    // A laptop's 10-unit labels: the key "1 vm-1-disk, vm-4-disk" sits in each bar's free room.
    expect(keysAt(10).every((k) => k.x !== null)).toBe(true);
    // The projector fitted at 51 % (issue 14): 14 px is 20.4 units, a line of them 26, more than the 18 between the bar's words and the load line.
    const fs = labelSize(10, 'projector', PROJECTOR_DRAW_SCALE * 0.51);
    expect(lineH(fs)).toBeGreaterThan(BAR_TO_LOAD_LINE);
    expect(keysAt(fs).length).toBeGreaterThan(0);
    expect(keysAt(fs).every((k) => k.x === null)).toBe(true);
  });
});
