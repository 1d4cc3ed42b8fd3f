/**
 * A part whose height follows live numbers (a table whose rows wrap to one more line while a
 * warning shows) keeps the tallest height it has had at its width, so what is under it does
 * not move up and down at the numbers' pace. It grows when its content needs more room, and
 * gives the room back only when its width changes (its lines wrap anew) or `key` does (other
 * rows). Set as the element's min-height, in the ResizeObserver callback that sees the change
 * (before the frame is painted).
 */
import { useLayoutEffect, type RefObject } from 'react';

export interface Kept {
  /** The width the height was kept at (px). */
  width: number;
  /** The tallest height seen at that width (px). */
  most: number;
}

/** What is kept after seeing the element `width` wide and `height` tall. */
export function keepHeight(kept: Kept, width: number, height: number): Kept {
  if (width !== kept.width) return { width, most: height };
  return height > kept.most ? { width, most: height } : kept;
}

/** Keep `ref`'s element at the tallest height it has had, until its width, `key` or `since` (an object, e.g. a new topology) changes. */
export function useKeptHeight(ref: RefObject<HTMLElement | null>, key: string, since?: unknown): void {
  useLayoutEffect(() => {
    const el = ref.current;
    if (el === null || typeof ResizeObserver === 'undefined') return undefined;
    el.style.minHeight = '';
    let kept: Kept = { width: -1, most: 0 };
    const o = new ResizeObserver(() => {
      const width = el.offsetWidth;
      // A new width: measure the content's own height again (its lines wrap anew).
      if (width !== kept.width) el.style.minHeight = '';
      kept = keepHeight(kept, width, el.offsetHeight);
      el.style.minHeight = `${kept.most}px`;
    });
    o.observe(el);
    return () => {
      o.disconnect();
      el.style.minHeight = '';
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- key and since stand for the content: other rows, words or a new world start the height again
  }, [ref, key, since]);
}
