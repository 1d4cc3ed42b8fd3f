/**
 * Bring something the reader just asked for into view by scrolling only its own scrolling
 * frame (the lens frame, the side column), never the page or a host page around an embed:
 * `scrollIntoView` scrolls every scrolling ancestor, a zoomed drawing's frame and the host
 * page included.
 */

/** The nearest ancestor that scrolls vertically, if any. */
export function scrollingFrame(el: Element): HTMLElement | null {
  for (let p = el.parentElement; p !== null; p = p.parentElement) {
    const y = getComputedStyle(p).overflowY;
    if ((y === 'auto' || y === 'scroll') && p.scrollHeight > p.clientHeight) return p;
  }
  return null;
}

/** How far to scroll a frame showing `frame` (its visible top and bottom) so `target` is whole in it, its top first when it is taller; 0 when it is whole. */
export function scrollToWhole(frame: { top: number; bottom: number }, target: { top: number; bottom: number }, margin = 8): number {
  if (target.top >= frame.top && target.bottom <= frame.bottom) return 0;
  const up = target.top - (frame.top + margin);
  if (up < 0 || target.bottom - target.top > frame.bottom - frame.top - 2 * margin) return up;
  return target.bottom - (frame.bottom - margin);
}

/** Scroll `el`'s scrolling frame as little as shows it whole (its top first when it is taller than the frame's visible part). */
export function showInFrame(el: Element): void {
  const frame = scrollingFrame(el);
  if (frame === null) return;
  const f = frame.getBoundingClientRect();
  const r = el.getBoundingClientRect();
  const by = scrollToWhole({ top: Math.max(f.top, 0), bottom: Math.min(f.bottom, window.innerHeight) }, r);
  if (by !== 0) frame.scrollBy({ top: by, behavior: 'instant' });
}
