/**
 * The drawing's key says what the drawing draws: every mark has its few words and its full
 * meaning in English and Korean, both starting with the same glyph, and that glyph is the one
 * the drawing puts on the blocks, the arrays and their load lines.
 */
import { describe, expect, it } from 'vitest';
import en from '../../i18n/lenses/storage.en';
import ko from '../../i18n/lenses/storage.ko';
import { STATUS_GLYPH } from './StorageDiagram';
import { keyMarks } from './StorageKey';

const glyph = (s: string | undefined): string => [...(s ?? '')][0] ?? '';

/** The glyph the drawing itself shows for a mark (StorageDiagram's block glyphs, its array titles and load line). */
function drawn(mark: string, words: Record<string, string>): string | null {
  switch (mark) {
    case 'new':
      return '✚';
    case 'moving':
      return '⇢';
    case 'rebuilding':
      return '▨';
    case 'full':
      return '⊘';
    case 'degraded':
      return STATUS_GLYPH.degraded ?? '';
    case 'lost':
      // The mark on a VM's volume count: "✕ 1 lost" / "✕ 손실 1".
      return glyph(words['storage.vmLost']);
    case 'failed':
      return glyph(words['storage.arrayFailed']);
    case 'copiesIn':
      return glyph(words['storage.rebuildIn']);
    case 'diskRebuild':
      return glyph(words['storage.diskRebuild']);
    default:
      // A healthy block, a copy arc and the busy gauge are drawn, not marked with a glyph.
      return null;
  }
}

describe('the Storage drawing\'s key', () => {
  it('lists the marks, the disk rebuild only with RAID arrays, the lost volumes only while one is lost (after the failed array)', () => {
    expect(keyMarks(false)).toHaveLength(10);
    expect(keyMarks(true)).toEqual([...keyMarks(false), 'diskRebuild']);
    const lost = keyMarks(false, true);
    expect(lost.filter((m) => m !== 'lost')).toEqual(keyMarks(false));
    expect(lost.indexOf('lost')).toBe(lost.indexOf('failed') + 1);
  });

  for (const [lang, words] of [['en', en], ['ko', ko]] as const) {
    it(`${lang}: each mark has its words and its full meaning, with the drawing's glyph`, () => {
      const w = words as Record<string, string>;
      const wrong: string[] = [];
      for (const mark of keyMarks(true, true)) {
        const short = w[`storage.key.${mark}`];
        const full = w[`storage.legend.${mark}`];
        if (short === undefined || full === undefined) {
          wrong.push(`${mark}: missing`);
          continue;
        }
        if (glyph(short) !== glyph(full)) wrong.push(`${mark}: "${short}" and "${full}" start with different glyphs`);
        if (short.length > full.length * 0.6) wrong.push(`${mark}: "${short}" is not short beside "${full}"`);
        const d = drawn(mark, w);
        if (d !== null && glyph(short) !== d) wrong.push(`${mark}: the key shows ${glyph(short)}, the drawing ${d}`);
      }
      expect(wrong).toEqual([]);
    });
  }
});
