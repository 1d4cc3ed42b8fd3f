/**
 * On the projector the comparison's zoom frame holds the drawings with their memory bars and
 * words (the figures and buttons follow under the zoom controls), and the lens frame is short:
 * where the columns are taller than the frame at the theme's scale (1.35), they are drawn at
 * the next smaller of the projector's layout scales (1.2, then 1.1) until they fit. Labels
 * stay at the projector's 14 px floor (labelSize raises them at any scale). Measured from
 * layout heights (a zoom's transform is the reader's and does not count: the drawing's
 * height attribute, not its on-screen box); it only steps down, and starts again from the
 * theme's scale when `key` (the lens's width, language, topology) changes or the room the
 * frame may take (usePictureRoom) grows past the most it has been under that key (a taller
 * window may take a bigger scale; the most, so a room that moves with the scale cannot loop).
 */
import { useLayoutEffect, useState, type RefObject } from 'react';
import { LAYOUT_SCALES, PROJECTOR_DRAW_SCALE } from '../shared/labels';

/** The projector's layout scales under its own, down to 1.1 (at 1 its labels would be under the floor's room). */
export const FIT_SCALES: readonly number[] = LAYOUT_SCALES.projector.filter((x) => x < PROJECTOR_DRAW_SCALE && x >= 1.1);

/** The largest scale the columns may be drawn at (Infinity: no cap). */
export function useFitScale(scope: RefObject<HTMLElement | null>, on: boolean, key: string, room: number | null): number {
  // The most room the frame has had under `key` (px): more starts again from the theme's scale.
  const [most, setMost] = useState<{ key: string; h: number }>({ key, h: 0 });
  const tallest = most.key === key ? most.h : 0;
  // Kept from render to render (React's pattern for state that follows a prop): set while rendering, before any measure.
  if (on && room !== null && room > tallest + 1) setMost({ key, h: room });
  const full = `${key}|${tallest}`;
  const [cap, setCap] = useState<{ key: string; s: number }>({ key: full, s: Infinity });
  const s = cap.key === full ? cap.s : Infinity;
  useLayoutEffect(() => {
    const frame = on ? scope.current?.querySelector<HTMLElement>('[data-testid="ct-zoom"]') : null;
    const cols = scope.current?.querySelector<HTMLElement>('[data-testid="ct-columns"]');
    if (frame == null || cols == null || typeof ResizeObserver === 'undefined') return undefined;
    const measure = (): void => {
      if (cols.dataset.compact === 'true') return;
      const cs = getComputedStyle(frame);
      const inner = frame.clientHeight - parseFloat(cs.paddingTop) - parseFloat(cs.paddingBottom);
      const over = cols.offsetHeight - inner;
      if (over <= 1) return;
      // The drawings scale, their headings and words do not: the tallest column's drawing gives back (1 - x / now) of its height at x.
      const now = parseFloat(cols.dataset.scale ?? '') || 1;
      const col = [...cols.querySelectorAll<HTMLElement>('[data-testid^="ct-col-"]')].reduce((m, c) => (c.offsetHeight > m.offsetHeight ? c : m), cols);
      const svgH = col.querySelector('svg')?.height.baseVal.value ?? 0;
      const smaller = FIT_SCALES.filter((x) => x < Math.min(s, now));
      const next = smaller.find((x) => svgH * (1 - x / now) >= over + 1) ?? smaller.at(-1);
      if (next !== undefined) setCap({ key: full, s: next });
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(frame);
    ro.observe(cols);
    return () => ro.disconnect();
  }, [scope, on, full, s]);
  return s;
}
