/**
 * "More below": a scrolling frame whose content runs on under its bottom edge says so. The
 * rule (`hasMoreBelow`) serves both the zoom bar's cue (`MoreBelowCue`, ZoomPan's moreBelow)
 * and the tour narration's fade (ui/useMoreCue.ts).
 */
import { useLayoutEffect, useState, type RefObject } from 'react';
import { useT } from '../../i18n';

/** Whether a box `scrollTop` down, `clientHeight` tall, of `scrollHeight` content, has more than `minPx` under its edge (a pixel's rounding is not more). */
export const hasMoreBelow = (scrollTop: number, clientHeight: number, scrollHeight: number, minPx = 1): boolean => scrollHeight - scrollTop - clientHeight > minPx;

/** Less than this many px of a drawing hidden under its frame's bottom is no more to see. */
const DRAWING_MIN_PX = 3;

/**
 * Whether a drawing `drawingH` px tall at the scale it opens at runs on under a frame `frameH` px tall: only such a drawing
 * has the cue and its kept room. A drawing seen whole as it opens gives the picture no room for a cue it would not show
 * (on a 901-1030 px window the room took a row of the zoom bar to itself, 32 px off the picture); zoomed in, it scrolls.
 */
export const opensTaller = (drawingH: number, frameH: number): boolean => hasMoreBelow(0, frameH, drawingH, DRAWING_MIN_PX);

/** A box's vertical extent on the screen. */
export interface RowSpan {
  top: number;
  bottom: number;
}

/**
 * How much taller the zoom bar is for the cue's room (`room`) beside its other items (`others`): the room's own row and the
 * gap over it when it wrapped under them all, else 0. The frame's height without it (the frame's room shrinks by as much)
 * is what opensTaller is asked against, in both states: asked against the height the cue's own row had left, a drawing
 * up to that row taller than the frame would hold the cue once shown, and be seen whole without it (review 45, F4).
 */
export function cueRowPx(others: readonly RowSpan[], room: RowSpan): number {
  const above = Math.max(...others.map((r) => r.bottom));
  return others.length > 0 && room.top >= above - 1 ? Math.max(0, Math.round(room.bottom - above)) : 0;
}

/** cueRowPx read from a zoom bar in the page: 0 while it holds no cue's room. */
export function cueRowIn(bar: Element | null): number {
  const room = bar?.querySelector(':scope > .zoom-more-room') ?? null;
  if (bar === null || room === null) return 0;
  const others = [...bar.children].filter((e) => e !== room).map((e) => e.getBoundingClientRect()).filter((r) => r.width > 0 && r.height > 0);
  return cueRowPx(others, room.getBoundingClientRect());
}

/** The cue's words: in full, or short on a phone (zoomPan.css), where the bar keeps one row with its five buttons. The one shown is its name. */
function MoreWords() {
  const t = useT();
  return (
    <>
      <span className="zoom-more-long">{t('zoom.more')}</span>
      <span className="zoom-more-short">{t('zoom.moreShort')}</span>
    </>
  );
}

/**
 * At the end of a zoom bar: while enough of the drawing is under `frame`'s bottom edge, a cue that scrolls it to its end. It
 * stands under that edge, covering none of the drawing (over it, at the edge, it hid the words there: the Overview's hypervisor
 * on a phone), and its room is kept while it is not shown (a hidden copy of its words), so nothing moves when it comes or goes.
 */
export function MoreBelowCue({ frame }: { frame: RefObject<HTMLElement | null> }) {
  const t = useT();
  // Taken once a reading holds for a frame: a frame still being laid out (it opens a few px tall, then grows to its room)
  // would show the cue for a drawing it has room for a moment later.
  const [more, setMore] = useState(false);
  useLayoutEffect(() => {
    const f = frame.current;
    if (f === null) return undefined;
    const measure = (): boolean => hasMoreBelow(f.scrollTop, f.clientHeight, f.scrollHeight, DRAWING_MIN_PX);
    let raf = 0;
    const read = (): void => {
      cancelAnimationFrame(raf);
      const first = measure();
      raf = requestAnimationFrame(() => {
        const next = measure();
        if (next !== first) return read();
        setMore(next);
      });
    };
    read();
    f.addEventListener('scroll', read, { passive: true });
    const ro = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(read);
    ro?.observe(f);
    // The sizer is the drawing at its scale: it grows under a frame held at its tallest.
    const sizer = f.querySelector(':scope > .zoom-sizer');
    if (sizer !== null) ro?.observe(sizer);
    return () => {
      cancelAnimationFrame(raf);
      f.removeEventListener('scroll', read);
      ro?.disconnect();
    };
  }, [frame]);
  const toEnd = (): void => {
    const f = frame.current;
    if (f === null) return;
    const smooth = typeof matchMedia === 'function' && !matchMedia('(prefers-reduced-motion: reduce)').matches;
    f.scrollTo({ top: f.scrollHeight, behavior: smooth ? 'smooth' : 'auto' });
    // The cue goes once the end is in view: the keyboard's focus stays on the drawing it scrolled, not on the page.
    f.focus({ preventScroll: true });
  };
  return (
    <span className="zoom-more-room">
      <span className="zoom-more" aria-hidden="true" data-room>
        <MoreWords />
      </span>
      {more && (
        <button type="button" className="zoom-more" onClick={toEnd} title={t('zoom.moreHelp')} data-testid="zoom-more">
          <MoreWords />
        </button>
      )}
    </span>
  );
}
