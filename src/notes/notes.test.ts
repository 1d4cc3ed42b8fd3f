/**
 * Teacher notes exist for every lens and every preset, all four parts, in Korean and
 * English with the same keys, and say something substantial (not a placeholder).
 */
import { describe, expect, it } from 'vitest';
import { PRESET_IDS } from '../engine';
import { LENS_ID_LIST } from '../views/lensIds';
import lensesEn from './lenses.en';
import lensesKo from './lenses.ko';
import presetsEn from './presets.en';
import presetsKo from './presets.ko';
import { NOTE_FIELDS, noteKey } from './index';

const en: Record<string, string> = { ...lensesEn, ...presetsEn };
const ko: Record<string, string> = { ...lensesKo, ...presetsKo };

describe('teacher notes', () => {
  it('cover every lens and preset, all four parts, in both languages', () => {
    const want = [...LENS_ID_LIST.flatMap((id) => NOTE_FIELDS.map((f) => noteKey('lens', id, f))), ...PRESET_IDS.flatMap((id) => NOTE_FIELDS.map((f) => noteKey('preset', id, f)))];
    expect(Object.keys(en).toSorted()).toEqual(want.toSorted());
    expect(Object.keys(ko).toSorted()).toEqual(want.toSorted());
  });

  it('are substantial, and the Korean is Korean', () => {
    for (const k of Object.keys(en)) {
      expect((en[k] ?? '').length, k).toBeGreaterThan(k.startsWith('notes.lens') ? 150 : 60);
      expect(ko[k] ?? '', k).toMatch(/[가-힣]/);
    }
  });
});
