/**
 * Whether an element is on screen: inside its zoom frame's visible part (or the page's,
 * outside a frame). A drawing too big for its frame (a data centre at 100 %) keeps the
 * live parts of what is off screen as they were last seen, instead of redrawing them a
 * dozen times a second for nobody; they catch up the moment they scroll or zoom into view.
 * Everything is "in view" until the browser has said otherwise, and where it cannot say
 * (no IntersectionObserver), so nothing is ever missing from a first picture.
 */
import { useCallback, useState } from 'react';

/** Observers by scroll root (null: the page), shared by every element under it, with how many they watch. */
const observers = new Map<Element | null, { io: IntersectionObserver; watched: number }>();
const listeners = new WeakMap<Element, (inView: boolean) => void>();

function observerFor(root: Element | null): { io: IntersectionObserver; watched: number } | null {
  if (typeof IntersectionObserver === 'undefined') return null;
  let o = observers.get(root);
  if (o === undefined) {
    // A margin of a quarter of the frame: what is about to scroll in is already up to date.
    const io = new IntersectionObserver((entries) => {
      for (const e of entries) listeners.get(e.target)?.(e.isIntersecting);
    }, { root, rootMargin: '25%' });
    o = { io, watched: 0 };
    observers.set(root, o);
  }
  return o;
}

/** A ref for the element to watch, and whether it is in view. */
export function useInView<E extends Element>(): [(el: E | null) => (() => void) | undefined, boolean] {
  const [inView, setInView] = useState(true);
  const ref = useCallback((el: E | null) => {
    if (el === null) return undefined;
    const root = el.closest('.zoom-frame');
    const o = observerFor(root);
    if (o === null) return undefined;
    listeners.set(el, setInView);
    o.io.observe(el);
    o.watched += 1;
    return () => {
      o.io.unobserve(el);
      listeners.delete(el);
      // The last element under a root gone (its lens closed): the observer and the frame it holds go too.
      o.watched -= 1;
      if (o.watched === 0) {
        o.io.disconnect();
        observers.delete(root);
      }
      // Only matters when the ref moves to another element: it starts in view again, as a new one does.
      setInView(true);
    };
  }, []);
  return [ref, inView];
}
