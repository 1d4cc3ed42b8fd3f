/**
 * The room a lens's (first) picture has on a narrow screen: from the top of its zoom frame to the
 * end of the lens frame, less its zoom controls below it. Whatever a lens puts above its
 * picture (a mode switch, a line of text, a heading) is taken off, so the picture and its
 * controls end where the lens frame does, on any phone or tablet, upright or on its side.
 * The frame gets it as `--zoom-room` (zoomPan.css reads it under 900 px).
 * A picture with a key under it (`keep`: the Overview's states) has it on a wide screen too, less
 * the key: the frame is no taller than the stylesheet's height, nor than leaves its key in view.
 */
import { useLayoutEffect, type RefObject } from 'react';

/** The least room a picture is given: below this it would show nothing useful, and the lens frame scrolls instead. */
export const ROOM_MIN_PX = 64;

export interface RoomParts {
  /** The lens frame's content end (its inner bottom, less its bottom padding), in viewport px, as if unscrolled. */
  panelEnd: number;
  /** The zoom frame's top, in viewport px, as if the lens frame were unscrolled. */
  frameTop: number;
  /** From the zoom frame's bottom to its controls' bottom (the gap and the controls), px. */
  below: number;
}

/** The picture's room in whole px, never under `least` (ROOM_MIN_PX for a zoom frame). */
export function roomFor({ panelEnd, frameTop, below }: RoomParts, least = ROOM_MIN_PX): number {
  return Math.max(least, Math.floor(panelEnd - frameTop - below));
}

/** Where a frame's room runs as laid out now: from its top to its lens frame's content end, both as if the lens frame were unscrolled. */
export function roomSpan(panel: HTMLElement, frame: HTMLElement): Omit<RoomParts, 'below'> {
  const p = panel.getBoundingClientRect();
  const pad = parseFloat(getComputedStyle(panel).paddingBottom) || 0;
  return { panelEnd: p.top + panel.clientTop + panel.clientHeight - pad, frameTop: frame.getBoundingClientRect().top + panel.scrollTop };
}

/** A frame's room in its lens frame as laid out now: from its top to the lens frame's end, less its controls (`bar`) under it. */
export function measureRoom(panel: HTMLElement, frame: HTMLElement, bar: HTMLElement): number {
  return roomFor({ ...roomSpan(panel, frame), below: bar.getBoundingClientRect().bottom - frame.getBoundingClientRect().bottom });
}

const NARROW = '(max-width: 900px)';

/** From a zoom frame's bottom to the bottom of what stays in view under it (at least its zoom controls `bar`), px. */
export type KeptBelow = (frame: HTMLElement, bar: HTMLElement) => number;

/**
 * Keep `--zoom-room` on a picture's zoom frame up to date while the screen is narrow, and on a
 * wide one when the picture keeps a key in view under it (`keep`, measured from the frame's
 * bottom: what stays in view with it, its controls included); `onRoom` hears each change (a
 * fitted drawing fills its frame exactly, so a taller room does not resize the frame, and its
 * owner refits on this instead). Pass stable functions (a state setter, a module-level `keep`).
 */
export function useFrameRoom(frame: RefObject<HTMLDivElement | null>, on: boolean, onRoom?: (px: number | null) => void, keep?: KeptBelow): void {
  useLayoutEffect(() => {
    const f = frame.current;
    const panel = f?.closest<HTMLElement>('.lens-panel');
    const bar = f?.parentElement?.querySelector<HTMLElement>(':scope > .zoom-bar');
    if (!on || f === null || panel == null || bar == null || typeof ResizeObserver === 'undefined') return undefined;
    const narrow = window.matchMedia(NARROW);
    const measure = (): void => {
      // The lens's first picture only: one further down starts below the lens frame's end
      // (the frame scrolls to it), so it keeps the stylesheet's height.
      const kept = !narrow.matches && keep !== undefined;
      if ((!narrow.matches && !kept) || panel.querySelector('.zoom-frame[data-picture]') !== f) {
        if (f.style.getPropertyValue('--zoom-room') === '') return;
        f.style.removeProperty('--zoom-room');
        return onRoom?.(null);
      }
      // The key under the picture moves with the frame's bottom: its distance from it does not depend on the room.
      const room = kept ? roomFor({ ...roomSpan(panel, f), below: keep(f, bar) }) : measureRoom(panel, f, bar);
      if (f.style.getPropertyValue('--zoom-room') === `${room}px`) return;
      f.style.setProperty('--zoom-room', `${room}px`);
      onRoom?.(room);
    };
    measure();
    // The lens frame's size, and everything in it (text above the picture grows, the controls wrap).
    const ro = new ResizeObserver(measure);
    ro.observe(panel);
    for (const child of Array.from(panel.children)) ro.observe(child);
    ro.observe(bar);
    narrow.addEventListener('change', measure);
    return () => {
      ro.disconnect();
      narrow.removeEventListener('change', measure);
      f.style.removeProperty('--zoom-room');
      onRoom?.(null);
    };
  }, [frame, on, onRoom, keep]);
}
