/**
 * How the Overview's drawing is fitted to its frame (shared/pickLayout.ts): the
 * arrangements layoutOverview can make, the roomiest first, and the choice among them.
 * Pure: tested in Node with layoutOverview.
 */
import type { Topology } from '../../engine';
import type { Growth } from '../shared/labels';
import { fittedScale, pickLayout } from '../shared/pickLayout';
import { layoutOverview, STACKED, type OverviewLayout, type OvArrangement } from './layoutOverview';
import type { OvText } from './ovText';
import type { ThemeName } from '../../store';

/** Where the parts go, the roomiest first. */
const PLACES: readonly Omit<OvArrangement, 'wrapLines' | 'wrapEngine' | 'wrapDevices'>[] = [
  { hostsSide: true, guestsOneRow: false, sanBeside: false },
  { hostsSide: false, guestsOneRow: false, sanBeside: false },
  { hostsSide: true, guestsOneRow: true, sanBeside: false },
  { hostsSide: false, guestsOneRow: true, sanBeside: false },
  { hostsSide: false, guestsOneRow: false, sanBeside: true },
  { hostsSide: false, guestsOneRow: true, sanBeside: true },
];

/**
 * The arrangements, the roomiest first, in sets: every place with the hypervisor's lines,
 * the hardware's and SAN's lines and the container engine's words whole (wrapped), then
 * without the engine's, then without the hardware's and SAN's, then with the hypervisor's
 * alone, then with all cut. `pickOverviewLayout` takes one of an earlier set at any scale
 * before one of a later set, so a frame cuts words only when no place and no scale has the
 * height for them, and the hypervisor's last.
 */
const WRAP_SETS: readonly (readonly OvArrangement[])[] = [
  [true, true],
  [true, false],
  [false, true],
  [false, false],
].map(([wrapDevices, wrapEngine]) => PLACES.map((p) => ({ ...p, wrapLines: true, wrapEngine: wrapEngine === true, wrapDevices: wrapDevices === true })));
/**
 * Smaller scales (px per unit) at which a theme may still show the words whole: on the projector its labels keep
 * the theme's floor (14 px) at every scale (labelSize), only the boxes around them shrink; on the other screens they
 * keep 11 px (READ_MIN_PX, ovPx) the same way, so only a little (to 90 %). At these scales the picture keeps the composition
 * its frame's own scales gave it (sameComposition): it only shrinks to make room for its words, so a label whole at
 * full size stays whole.
 */
export const WRAP_SCALES: Readonly<Record<ThemeName, readonly number[]>> = { default: [0.95, 0.9], projector: [0.8, 0.7], contrast: [0.95, 0.9] };

/** Whether two layouts compose the picture alike: hosts, guests and the SAN in the same places, as many columns of hosts. */
function sameComposition(a: OverviewLayout, b: OverviewLayout): boolean {
  const columns = (l: OverviewLayout): number => new Set(l.hosts.map((h) => h.x)).size;
  const [p, q] = [a.arrangement, b.arrangement];
  return p.hostsSide === q.hostsSide && p.guestsOneRow === q.guestsOneRow && p.sanBeside === q.sanBeside && columns(a) === columns(b);
}

/**
 * A drawing read at its scale by scrolling (the projector's, whole in no layout): of every place and scale, with every
 * line wrapped whole, the least tall as shown (its labels are at the floor at any scale, so the least tall shows the
 * most of it in the frame); the first of them when as tall. Null when none can be made.
 */
function leastTall(scales: readonly number[], build: (s: number, a: OvArrangement) => OverviewLayout | null): { layout: OverviewLayout; scale: number } | null {
  let best: { layout: OverviewLayout; scale: number } | null = null;
  for (const s of scales) {
    for (const p of PLACES) {
      const layout = build(s, { ...p, wrapLines: true, wrapEngine: true, wrapDevices: true });
      if (layout !== null && (best === null || layout.height * s < best.layout.height * best.scale - 1e-9)) best = { layout, scale: s };
    }
  }
  return best;
}

/** The picked place and scale with every line wrapped whole (the picked layout when that place cannot be made so). */
function wordsWhole(p: { layout: OverviewLayout; scale: number }, build: (s: number, a: OvArrangement) => OverviewLayout | null): { layout: OverviewLayout; scale: number } {
  const layout = build(p.scale, { ...p.layout.arrangement, wrapLines: true, wrapEngine: true, wrapDevices: true });
  return layout === null ? p : { layout, scale: p.scale };
}

const CUT: readonly OvArrangement[] = PLACES.map((p) => ({ ...p, wrapLines: false, wrapEngine: false, wrapDevices: false }));

/**
 * The layout for a frame `fw` x `fh` px (shared/pickLayout.ts): at the first scale of
 * `scales` (px per unit, the biggest first) and the first arrangement at which the whole
 * drawing is in the frame, grown to the biggest of `grow`'s scales at which that arrangement
 * is still whole, its labels sized by `textAt(scale)`; when none is whole, the one shown
 * biggest once fitted. The words wrapped may also take the scales of `lower` (WRAP_SCALES), in
 * the composition picked with them cut. A drawing `readAtFull` (the projector's: never fitted
 * smaller, its labels at the floor) that is whole in no layout is read by scrolling at its
 * scale: its words are whole there (wrapped), as nothing is saved by cutting them. `keepWords`
 * (every screen but the projector's full composition, whose brief one does the same) cuts no
 * words just to be whole: a drawing whole only with some cut is read by scrolling instead, in
 * the least tall layout with every word whole (readable beats whole: a phone's basic).
 */
export function pickOverviewLayout(t: Topology, fw: number, fh: number, scales: readonly number[], textAt: (scale: number) => OvText, grow: Growth | null = null, lower: readonly number[] = [], readAtFull = false, keepWords = false): { layout: OverviewLayout; scale: number } {
  const build = (s: number, a: OvArrangement): OverviewLayout | null => layoutOverview(t, fw / s, textAt(s), a);
  const isWhole = (p: { layout: OverviewLayout; scale: number }): boolean => fittedScale(p.layout, p.scale, fw, fh) >= p.scale - 1e-9;
  const picked = pickLayout(fw, fh, scales, grow, CUT, build);
  const keep = keepWords || textAt(scales[0] ?? 1).brief === true;
  // Words whole at any scale that shows the drawing whole, before them cut at a bigger one:
  // the labels keep their size at every scale (the theme's floor), only the boxes around them shrink. Wrapped
  // lines only add height, so when no layout with them cut is whole, none with them wrapped is either.
  if (picked !== null && isWhole(picked)) {
    // At a smaller scale, only the picture the frame's own scales composed (sameComposition), made room in for its words.
    const smaller = (s: number, a: OvArrangement): OverviewLayout | null => {
      const l = build(s, a);
      return l !== null && sameComposition(l, picked.layout) ? l : null;
    };
    // The projector's brief composition, and every screen that keeps its words, cuts none to be whole: all wrapped, or read by scrolling (below).
    const sets = keep ? WRAP_SETS.slice(0, 1) : WRAP_SETS;
    for (const set of sets) {
      const wrapped = pickLayout(fw, fh, scales, grow, set, build);
      if (wrapped !== null && isWhole(wrapped)) return wrapped;
      const shrunk = pickLayout(fw, fh, lower, grow, set, smaller);
      if (shrunk !== null && isWhole(shrunk)) return shrunk;
    }
  }
  if (picked !== null && readAtFull && (keep || !isWhole(picked))) {
    // Whole in no layout with its words whole: the least tall of all, so its hosts are the most in view (even where
    // cutting words would have shown it whole).
    // Of the theme's scales and its smaller ones (`lower`): the labels keep their floor at every scale, so a smaller
    // one only takes padding, gaps and chips' room (the projector's docker-layers 523 -> 382 px high at 0.7).
    const least = keep ? leastTall([...scales, ...lower], build) : null;
    return least ?? wordsWhole(picked, build);
  }
  if (picked !== null) return picked;
  const s = scales[0] ?? 1;
  const fallback = layoutOverview(t, fw / s, textAt(s), STACKED);
  if (fallback === null) throw new Error('the stacked layout always fits');
  return { layout: fallback, scale: s };
}

/**
 * The projector's layout (its labels at the floor, read at full size): the full composition when it is whole in the
 * frame with its words whole (basic once the key is brief), else the brief one (OvText's brief: fewer lines, titles whole, three
 * hosts in a row), whole or the least tall, its words whole. `textAt(scale, brief)` gives the labels.
 */
export function pickProjectorLayout(t: Topology, fw: number, fh: number, scales: readonly number[], textAt: (scale: number, brief: boolean) => OvText, grow: Growth | null, lower: readonly number[]): { layout: OverviewLayout; scale: number } {
  // The full composition only when whole with every word whole: cut to be whole, the brief one reads them all.
  const full = pickOverviewLayout(t, fw, fh, scales, (s) => textAt(s, false), grow, lower, true, true);
  if (fittedScale(full.layout, full.scale, fw, fh) >= full.scale - 1e-9) return full;
  return pickOverviewLayout(t, fw, fh, scales, (s) => textAt(s, true), grow, lower, true);
}
