/**
 * Canvases under ZoomPan stay sharp: a canvas scaled by a CSS transform only stretches its
 * pixels, so useCanvasFrame gives it a backing store that follows the reader's zoom. The
 * zoom it draws for is rounded up to ZoomPan's own steps (x 1.25), so a pinch does not
 * reallocate the canvas (and redraw its cached labels) at every intermediate scale, and a
 * store is never larger than PIXEL_BUDGET pixels (a 4x zoom of a large chart on a
 * high-density screen would need hundreds of megabytes): past it the canvas is a little
 * soft, never missing. Pure arithmetic, plus the pointer's place on a scaled element.
 */

import { ZOOM_MAX } from './zoomBounds';

/** ZoomPan's step per button press and key, the ladder the backing store climbs. */
const ZOOM_STEP = 1.25;
/** At most this many pixels in one zoomed canvas (32 MB of RGBA). */
export const PIXEL_BUDGET = 8 * 1024 * 1024;

/**
 * The zoom a canvas is drawn for: 1 up to 100 %, above it the next x 1.25 step (a reader's
 * presses land on steps, give or take ZoomPan's rounding to 0.1 %, which counts as on the step).
 * Only steps, so the caches of drawn labels keyed by pixel ratio stay a handful.
 */
export function backingZoom(zoom: number): number {
  if (!(zoom > 1)) return 1;
  const n = Math.ceil(Math.log(zoom) / Math.log(ZOOM_STEP) - 0.02);
  return Math.min(ZOOM_MAX, Math.round(ZOOM_STEP ** n * 1000) / 1000);
}

/**
 * Canvas pixels per CSS pixel for a cssW x cssH canvas drawn at `base` (the screen's ratio,
 * or a forced 1) under a reader's `zoom`: base x backingZoom(zoom), held to the pixel budget,
 * never below base (the unzoomed canvas is drawn as it always was).
 */
export function backingRatio(base: number, zoom: number, cssW: number, cssH: number, budget = PIXEL_BUDGET): number {
  const wanted = base * backingZoom(zoom);
  if (wanted === base || cssW <= 0 || cssH <= 0) return base;
  const most = Math.sqrt(budget / (cssW * cssH));
  return Math.max(base, Math.min(wanted, most));
}

/**
 * The point (clientX, clientY) in an element's own CSS pixels, wherever it is scaled: its
 * screen box `rect` against its layout size (offsetWidth x offsetHeight, which ignore transforms).
 */
export function localPoint(rect: { left: number; top: number; width: number; height: number }, offsetW: number, offsetH: number, clientX: number, clientY: number): { x: number; y: number } {
  const kx = offsetW > 0 && rect.width > 0 ? offsetW / rect.width : 1;
  const ky = offsetH > 0 && rect.height > 0 ? offsetH / rect.height : 1;
  return { x: (clientX - rect.left) * kx, y: (clientY - rect.top) * ky };
}

/** The pointer's place on `el` in its own CSS pixels (see localPoint). */
export function pointOn(el: HTMLElement, ev: { clientX: number; clientY: number }): { x: number; y: number } {
  return localPoint(el.getBoundingClientRect(), el.offsetWidth, el.offsetHeight, ev.clientX, ev.clientY);
}
