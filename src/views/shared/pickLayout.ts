/**
 * How a drawing laid out to its frame (Network, Overview) chooses its scale and
 * arrangement. First readability: the first of `scales` (px per unit, the biggest first)
 * and the first arrangement (the roomiest first) at which the whole drawing is in the
 * frame; when none is, the one shown biggest once fitted. Then room: a drawing that is
 * whole grows, in the same arrangement, to the biggest of `grow.scales` at which it is
 * still whole and laid out at least `grow.minUnits` wide (labels/GROWTH), so a big screen shows a bigger picture, not a wider one with room to spare
 * below it. Growing never changes the arrangement the frame chose.
 */

import type { Growth } from './labels';

export interface Picked<L> {
  layout: L;
  scale: number;
}

/** The scale a drawing `w` x `h` units is shown at to be whole in a frame `fw` x `fh` px when drawn at `s` px per unit (at most s). */
export const fittedScale = (d: { width: number; height: number }, s: number, fw: number, fh: number): number =>
  s * Math.min(1, fw / (d.width * s), fh / (d.height * s));

const whole = (d: { width: number; height: number }, s: number, fw: number, fh: number): boolean => fittedScale(d, s, fw, fh) >= s - 1e-9;

/**
 * `build(scale, arrangement)` lays the drawing out `fw / scale` units wide (null: that
 * arrangement cannot be made). Null when no arrangement could be built at any scale.
 */
export function pickLayout<A, L extends { width: number; height: number }>(
  fw: number,
  fh: number,
  scales: readonly number[],
  grow: Growth | null,
  arrangements: readonly A[],
  build: (scale: number, a: A) => L | null,
): Picked<L> | null {
  let best: (Picked<L> & { shown: number }) | null = null;
  for (const s of scales) {
    for (const a of arrangements) {
      const layout = build(s, a);
      if (layout === null) continue;
      if (whole(layout, s, fw, fh)) {
        for (const g of grow?.scales ?? []) {
          if (g <= s || fw / g < (grow?.minUnits ?? Infinity)) continue;
          const bigger = build(g, a);
          if (bigger !== null && whole(bigger, g, fw, fh)) return { layout: bigger, scale: g };
        }
        return { layout, scale: s };
      }
      const shown = fittedScale(layout, s, fw, fh);
      if (best === null || shown > best.shown + 1e-9) best = { layout, scale: s, shown };
    }
  }
  return best === null ? null : { layout: best.layout, scale: best.scale };
}
