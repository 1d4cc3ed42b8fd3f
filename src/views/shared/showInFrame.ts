/**
 * Bring something the reader just asked for into view by scrolling only its own scrolling
 * frame (the lens frame, the side column), never the page or a host page around an embed:
 * `scrollIntoView` scrolls every scrolling ancestor, a zoomed drawing's frame and the host
 * page included.
 */

/** The nearest ancestor that may scroll vertically (its overflow auto or scroll), and with `overflowing`, does now. */
function scrollAncestor(el: Element, overflowing: boolean): HTMLElement | null {
  for (let p = el.parentElement; p !== null; p = p.parentElement) {
    const y = getComputedStyle(p).overflowY;
    if ((y === 'auto' || y === 'scroll') && (!overflowing || p.scrollHeight > p.clientHeight)) return p;
  }
  return null;
}

/** The nearest ancestor that scrolls vertically, if any. */
export function scrollingFrame(el: Element): HTMLElement | null {
  return scrollAncestor(el, true);
}

/**
 * The box an element scrolls in, whether or not it overflows now (scrollingFrame's frame changes as its content grows
 * past its height or shrinks back; this one only with the layout: a lens's columns laid side by side or stacked).
 */
export function scrollBox(el: Element): HTMLElement | null {
  return scrollAncestor(el, false);
}

/** The share of its scrolling frame a tall target is given when brought into view (the rest keeps what was above it). */
export const TALL_SHARE = 0.5;

/** The rectangle of a box, top and bottom only (a DOMRect's, or a test's). */
export interface Span {
  top: number;
  bottom: number;
}

/**
 * How far to scroll a frame (`frame`, its visible part) so that `target` shows: all of it
 * when it is shorter than `share` of the frame, else its first `share` of the frame, at the
 * frame's bottom when it was below (so what was above it stays in view) and at its top when
 * it was above. 0 when it already shows. `margin` px of room on the side it comes to.
 */
export function scrollToShow(frame: Span, target: Span, share = TALL_SHARE, margin = 8): number {
  const room = frame.bottom - frame.top;
  const want = Math.min(target.bottom - target.top, room * share);
  if (target.top + want > frame.bottom) return Math.ceil(target.top + want - frame.bottom + margin);
  if (target.top < frame.top) return Math.floor(target.top - frame.top - margin);
  return 0;
}

/**
 * Scroll `el`'s scrolling frame as little as shows it whole (its top first when it is taller than the frame's visible part);
 * with `from` (what `el` answers for, above it: a breached box in the drawing), from `from`'s top to `el`'s bottom when
 * that fits the frame, so both show together.
 */
export function showInFrame(el: Element, from: Element | null = null): void {
  const frame = scrollingFrame(el);
  if (frame === null) return;
  // Its inside (the border is not where content shows), and of that what the window shows.
  const top = frame.getBoundingClientRect().top + frame.clientTop;
  const f = { top: Math.max(top, 0), bottom: Math.min(top + frame.clientHeight, window.innerHeight) };
  const r = el.getBoundingClientRect();
  const high = from === null ? r.top : Math.min(r.top, from.getBoundingClientRect().top);
  const fits = from !== null && r.bottom - high <= f.bottom - f.top;
  // Both, to the frame's edge (no margin: every pixel counts); or `el` alone with its margin, as close to `from` as it leaves.
  const by = fits ? scrollToShow(f, { top: high, bottom: r.bottom }, 1, 0) : scrollToShow(f, r, 1, from === null ? 8 : 0);
  if (by !== 0) frame.scrollBy({ top: by, behavior: 'instant' });
}
