/**
 * A text box that scrolls on its own (the tour's narration beside a phone's short picture)
 * says when more of it is under its bottom edge: `data-more` is set while it can scroll
 * further down, and the stylesheet fades its last line there, so a line cut in half by the
 * edge reads as "more below", not as the end. Kept up to date on its scroll and resize, and
 * when its words change (`words`).
 */
import { useLayoutEffect, type RefObject } from 'react';
import { hasMoreBelow } from '../views/shared/MoreBelow';

export function useMoreCue(ref: RefObject<HTMLElement | null>, words: string): void {
  useLayoutEffect(() => {
    const el = ref.current;
    if (el === null) return undefined;
    const mark = (): void => {
      el.toggleAttribute('data-more', hasMoreBelow(el.scrollTop, el.clientHeight, el.scrollHeight));
    };
    mark();
    el.addEventListener('scroll', mark, { passive: true });
    const o = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(mark);
    o?.observe(el);
    return () => {
      el.removeEventListener('scroll', mark);
      o?.disconnect();
      el.removeAttribute('data-more');
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the words stand for the content: new words, measured again
  }, [ref, words]);
}
