/**
 * The words in a VM's box: its name (bold, left) and how many volumes it owns (right), at
 * the sizes the drawing draws them (a projector's drawing fitted small raises both to stay
 * 14 px on screen, so a box 110 units wide may hold labels 20 units high). The badge says
 * "1 vol." / "볼륨 1" when both fit with a gap between them, the count alone ("1") when only
 * that fits, and nothing when not even that does; a name too long for the box ends with an
 * ellipsis. The two never overlap (the full count is the box's label, read out and in its
 * tooltip). Estimated widths (fitText.ts), no DOM, with bold names measured wide.
 */
import { fitText, textWidth } from '../fitText';

/** Room inside the box's edges, and between the name and the badge (in ems of the badge). */
export const VM_PAD = 6;
export const VM_GAP_EM = 0.5;
/** Bold names run wider than the estimate's regular advance (measured: "vm-1" bold in system-ui is about 1.19 estimates). */
export const VM_BOLD = 1.2;

export interface VmWords {
  name: string;
  badge: string;
}

/** The estimated width of a VM box's words side by side, with its padding and gap: what must fit in the box. */
export function vmWordsWidth(words: VmWords, namePx: number, badgePx: number): number {
  const name = textWidth(words.name, namePx) * VM_BOLD;
  const badge = words.badge === '' ? 0 : VM_GAP_EM * badgePx + textWidth(words.badge, badgePx);
  return VM_PAD * 2 + name + badge;
}

/** The name and the longest badge (`full`, then `short`, then none) that fit side by side in a box `w` units wide. */
export function vmWords(name: string, full: string, short: string, w: number, namePx: number, badgePx: number): VmWords {
  for (const badge of [full, short]) {
    const words = { name, badge };
    if (vmWordsWidth(words, namePx, badgePx) <= w) return words;
  }
  return { name: fitText(name, (w - VM_PAD * 2) / VM_BOLD, namePx), badge: '' };
}
