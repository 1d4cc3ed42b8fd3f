/**
 * The words in a VM's box: its name (bold, left) and how many volumes it owns (right), at
 * the sizes the drawing draws them (a projector's drawing fitted small raises both to stay
 * 14 px on screen, so a box 110 units wide may hold labels 20 units high). The badge says
 * "1 vol." / "볼륨 1" when both fit with a gap between them, the count alone ("1") when only
 * that fits, and nothing when not even that does; a name too long for the box ends with an
 * ellipsis. The two never overlap (the full count is the box's label, read out and in its
 * tooltip). Estimated widths (fitText.ts), no DOM, with bold names measured wide.
 *
 * A VM whose volumes are lost (every replica gone) says so at the badge's end, in a box of
 * the lost style: "✕ 1 lost" / "✕ 손실 1", "✕1" when only that fits, "✕" when only the glyph
 * does (the key names it). That mark is never dropped: the count goes first, and then the
 * name gives way to it (issue 14: a lost volume was counted as a plain "1 vol.").
 */
import { fitText, textWidth } from '../fitText';

/** Room inside the box's edges, and between the name and the badge (in ems of the badge). */
export const VM_PAD = 6;
export const VM_GAP_EM = 0.5;
/** Bold names run wider than the estimate's regular advance (measured: "vm-1" bold in system-ui is about 1.19 estimates). */
export const VM_BOLD = 1.2;
/** Room inside the lost mark's box, each side of its words (in ems of the badge). */
export const LOST_PAD_EM = 0.25;
/** The lost glyph's advance (in ems): wider than the estimate's 0.58 for a Latin letter (about 0.84 in DejaVu Sans). */
const LOST_GLYPH_EM = 0.9;
export const LOST_GLYPH = '✕';

export interface VmWords {
  name: string;
  badge: string;
  /** The lost volumes' mark ('' when none is lost), drawn bold in its own box after the badge. */
  lost: string;
}

/** The lost mark's three forms: its words ("✕ 1 lost"), the glyph with the count ("✕1"), the glyph alone ("✕"). */
export interface LostForms {
  full: string;
  short: string;
  glyph: string;
}

/** The lost forms for `lost` volumes (the words from the language), or none when nothing is lost. */
export function lostForms(lost: number, words: string): LostForms | undefined {
  return lost > 0 ? { full: words, short: `${LOST_GLYPH}${lost}`, glyph: LOST_GLYPH } : undefined;
}

/** The estimated width of the lost mark's box (its bold words, its glyph measured wide, and its padding); 0 without one. */
export function lostMarkWidth(lost: string, badgePx: number): number {
  if (lost === '') return 0;
  const glyphs = [...lost].filter((c) => c === LOST_GLYPH).length;
  return textWidth(lost.replaceAll(LOST_GLYPH, ''), badgePx) * VM_BOLD + glyphs * LOST_GLYPH_EM * badgePx + 2 * LOST_PAD_EM * badgePx;
}

/** The estimated width of a VM box's words side by side, with its padding and the gaps between them: what must fit in the box. */
export function vmWordsWidth(words: VmWords, namePx: number, badgePx: number): number {
  const parts = [
    words.name === '' ? 0 : textWidth(words.name, namePx) * VM_BOLD,
    words.badge === '' ? 0 : textWidth(words.badge, badgePx),
    lostMarkWidth(words.lost, badgePx),
  ].filter((x) => x > 0);
  return VM_PAD * 2 + parts.reduce((sum, x) => sum + x, 0) + Math.max(0, parts.length - 1) * VM_GAP_EM * badgePx;
}

/**
 * The name and the longest badge (`full`, then `short`, then none) that fit side by side in a box `w` units wide; with
 * volumes lost, the lost mark after it (its words, then the glyph and count, then those alone, then the glyph alone),
 * and when not even the glyph fits beside the whole name, the name cut to the room the glyph leaves, or left out when
 * none of it fits (the box's label still says both).
 */
export function vmWords(name: string, full: string, short: string, w: number, namePx: number, badgePx: number, lost?: LostForms): VmWords {
  const forms: [string, string][] = lost === undefined ? [[full, ''], [short, '']] : [[full, lost.full], [short, lost.full], [short, lost.short], ['', lost.short], ['', lost.glyph]];
  for (const [badge, mark] of forms) {
    const words = { name, badge, lost: mark };
    if (vmWordsWidth(words, namePx, badgePx) <= w) return words;
  }
  if (lost === undefined) return { name: fitText(name, (w - VM_PAD * 2) / VM_BOLD, namePx), badge: '', lost: '' };
  const room = w - VM_PAD * 2 - VM_GAP_EM * badgePx - lostMarkWidth(lost.glyph, badgePx);
  const cut = fitText(name, room / VM_BOLD, namePx);
  return { name: cut === '…' || textWidth(cut, namePx) * VM_BOLD > room ? '' : cut, badge: '', lost: lost.glyph };
}
