/**
 * What each volume block in the SAN drawing says, so every block can be told apart on any
 * screen without hover (touch has none) and no label is ever cut mid-word. A block shows
 * the first of these that fits inside it whole, at the label size it is drawn at:
 *   1. its full name ("vm-3-disk");
 *   2. its short form: the owner VM and which of that VM's volumes it is ("vm-3 #1");
 *   3. a key number ("2"), named in the array's key: in the bar's free room right of the
 *      blocks when the key fits there whole, otherwise in a list under the drawing.
 * Blocks too narrow even for a number are taken together with their neighbours, left to
 * right, into a run wide enough for one: the run is bracketed above the bar and its key
 * entry names its volumes in order. A status glyph goes in front when there is room for it.
 * Widths are estimated (fitText's textWidth), with padding to spare. Pure.
 */
import { textWidth } from '../fitText';

/** What a block shows: its name, its short form, a key number, or nothing (it is part of a numbered run). */
export type LabelForm = 'full' | 'short' | 'key' | 'none';

export interface BlockInput {
  x: number;
  w: number;
  array: number;
  /** The full name (a volume's, or the owner VM's for a block standing for several volumes). */
  name: string;
  /** The short form, or null when there is none shorter than the name. */
  short: string | null;
  /** The status glyph put in front of the text ('' for none). */
  glyph: string;
}

export interface BlockLabel {
  form: LabelForm;
  /** The text drawn inside the block ('' for none), starting 3 units in, or centred for a key. */
  text: string;
}

/** A key number and the blocks (left to right, x0..x1 in drawing units) it names. */
export interface KeyEntry {
  n: number;
  names: string[];
  x0: number;
  x1: number;
  /** The number is drawn centred over several blocks (a run): bracket them. */
  run: boolean;
}

export interface ArrayKey {
  array: number;
  entries: KeyEntry[];
  /** Where the key's text starts in the bar, or null: it does not fit there whole, so it is listed under the drawing. */
  x: number | null;
  /** The key as one line: "1 vm-1-disk · 2 vm-3-disk, vm-5-disk". */
  text: string;
}

/** Room left and right of a name inside its block, and around a centred number. */
const PAD = 3;
const KEY_PAD = 2;

export const fitsName = (s: string, w: number, fs: number): boolean => textWidth(s, fs) <= w - 2 * PAD;
const fitsKey = (s: string, w: number, fs: number): boolean => textWidth(s, fs) <= w - 2 * KEY_PAD;

/** One key entry as text: "2 vm-3-disk" (several names joined by commas). */
export const keyEntryText = (e: Pick<KeyEntry, 'n' | 'names'>): string => `${e.n} ${e.names.join(', ')}`;

/**
 * Every volume's short form: its owner VM's name and its number among that VM's volumes
 * ("vm-3 #1"); null without an owner or when it would not be shorter than the name. One pass.
 */
export function shortForms(volumes: readonly { name: string; owner: string | null }[]): (string | null)[] {
  const seen = new Map<string, number>();
  return volumes.map((v) => {
    if (v.owner === null) return null;
    const k = (seen.get(v.owner) ?? 0) + 1;
    seen.set(v.owner, k);
    const s = `${v.owner} #${k}`;
    return s.length < v.name.length ? s : null;
  });
}

interface Unit {
  blocks: number[];
  x0: number;
  x1: number;
}

/**
 * The labels of `blocks` (grouped by array, left to right within one, as layoutStorage
 * makes them) at label size `fs`, and each array's key; `barEnd` gives each array's bar's
 * right edge, so a key goes in the free room only when it ends before it.
 */
export function chooseLabels(blocks: readonly BlockInput[], barEnd: (array: number) => number, fs: number): { labels: BlockLabel[]; keys: ArrayKey[] } {
  const labels: BlockLabel[] = blocks.map(() => ({ form: 'none', text: '' }));
  const keys: ArrayKey[] = [];
  let start = 0;
  while (start < blocks.length) {
    const array = blocks[start]?.array ?? -1;
    let end = start;
    while (end < blocks.length && blocks[end]?.array === array) end += 1;
    keys.push(labelArray(blocks, start, end, fs, labels, barEnd(array)));
    start = end;
  }
  return { labels, keys: keys.filter((k) => k.entries.length > 0) };
}

/** Labels blocks [from, to) of one array into `labels`; returns the array's key. */
function labelArray(blocks: readonly BlockInput[], from: number, to: number, fs: number, labels: BlockLabel[], barEnd: number): ArrayKey {
  const array = blocks[from]?.array ?? -1;
  // First, every block that can show its name or its short form whole does.
  for (let i = from; i < to; i++) {
    const b = blocks[i] as BlockInput;
    const forms: [LabelForm, string][] = [['full', b.name]];
    if (b.short !== null) forms.push(['short', b.short]);
    const hit = forms.flatMap(([form, s]) => [[form, `${b.glyph}${s}`], [form, s]] as [LabelForm, string][]).find(([, s]) => fitsName(s, b.w, fs));
    labels[i] = hit === undefined ? { form: 'none', text: '' } : { form: hit[0], text: hit[1] };
  }
  // Then the rest get key numbers, left to right. A block too narrow for one starts a run
  // that takes the blocks after it (named or not: the key names them) until the run is wide enough.
  const units: Unit[] = [];
  const need = (n: number): number => textWidth(String(n), fs) + 2 * KEY_PAD;
  const cover = (is: number[]): Unit => ({ blocks: is, x0: blocks[is[0] as number]?.x ?? 0, x1: (blocks[is[is.length - 1] as number]?.x ?? 0) + (blocks[is[is.length - 1] as number]?.w ?? 0) });
  let run: number[] | null = null;
  for (let i = from; i < to; i++) {
    if (run === null) {
      if (labels[i]?.form !== 'none') continue;
      if ((blocks[i]?.w ?? 0) >= need(units.length + 1)) {
        units.push(cover([i]));
        continue;
      }
      run = [i];
    } else run.push(i);
    const u = cover(run);
    if (u.x1 - u.x0 >= need(units.length + 1)) {
      units.push(u);
      run = null;
    }
  }
  if (run !== null && barEnd - cover(run).x1 < need(units.length + 1)) {
    // A last run too narrow for its number, with no room right of it for the number: it takes the blocks before it.
    let first = run[0] as number;
    while (first > from && cover(run).x1 - cover(run).x0 < need(units.length + 1)) {
      first -= 1;
      const prev = units[units.length - 1];
      if (prev !== undefined && prev.blocks.includes(first)) {
        units.pop();
        run = [...prev.blocks, ...run];
        first = prev.blocks[0] as number;
      } else run = [first, ...run];
    }
  }
  if (run !== null) units.push(cover(run));
  const entries: KeyEntry[] = units.map((u, k) => ({ n: k + 1, names: u.blocks.map((i) => blocks[i]?.name ?? ''), x0: u.x0, x1: u.x1, run: u.blocks.length > 1 || !fitsKey(String(k + 1), u.x1 - u.x0, fs) }));
  for (const e of entries) {
    const u = units[e.n - 1] as Unit;
    for (const i of u.blocks) labels[i] = { form: 'none', text: '' };
    if (e.run) continue;
    const i = u.blocks[0] as number;
    const b = blocks[i] as BlockInput;
    const marked = `${b.glyph}${e.n}`;
    labels[i] = { form: 'key', text: fitsKey(marked, b.w, fs) ? marked : String(e.n) };
  }
  const text = entries.map(keyEntryText).join(' · ');
  // The key goes right of the last block (and of a last run's number drawn beside it), when it ends inside the bar.
  const last = entries[entries.length - 1];
  const usedEnd = Math.max(blocks[to - 1] === undefined ? 0 : (blocks[to - 1] as BlockInput).x + (blocks[to - 1] as BlockInput).w, last !== undefined && last.run && last.x1 - last.x0 < need(last.n) ? last.x1 + need(last.n) : 0);
  const x = usedEnd + 6;
  return { array, entries, x: entries.length > 0 && x + textWidth(text, fs) <= barEnd - PAD ? x : null, text };
}

/**
 * A block's text with its status glyphs in front when they still fit the block (a glyph
 * never costs the name its room): the labels are chosen with the full mark (⊘) alone, the
 * one status nothing else shows, so a status change does not choose them again, and each
 * block adds its own marks as it is drawn.
 */
export function withGlyph(l: BlockLabel, glyph: string, w: number, fs: number): string {
  if (glyph === '' || l.text === '') return l.text;
  const fits = (s: string): boolean => (l.form === 'key' ? fitsKey(s, w, fs) : fitsName(s, w, fs));
  // All the marks, else the last (the status: ▨ ⊘ ! ✕, or ✚ / ⇢ when it is all there is), else none.
  return [`${glyph}${l.text}`, `${[...glyph].at(-1) ?? ''}${l.text}`].find(fits) ?? l.text;
}

/** Where a run's number is drawn: centred over the run, or just right of it when the run is too narrow. */
export function runNumberX(e: KeyEntry, fs: number): number {
  const w = textWidth(String(e.n), fs) + 2 * KEY_PAD;
  return e.x1 - e.x0 >= w ? (e.x0 + e.x1) / 2 : e.x1 + w / 2;
}

/**
 * One entry of a key listed in words: its number, then its names, each kept on one line (non-breaking hyphens, and a
 * no-break space after the number), so the list wraps only between names.
 */
export function keyEntry(e: { n: number; names: readonly string[] }): string {
  return `${e.n}\u00a0${e.names.map((name) => name.replaceAll('-', '\u2011')).join(', ')}`;
}
