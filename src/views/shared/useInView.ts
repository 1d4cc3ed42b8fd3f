/**
 * Whether an element is on screen: inside its zoom frame's visible part (or the page's,
 * outside a frame). A drawing too big for its frame (a data centre at 100 %) keeps the
 * live parts of what is off screen as they were last seen, instead of redrawing them a
 * dozen times a second for nobody; they catch up the moment they scroll or zoom into view.
 * Everything is "in view" until the browser has said otherwise, and where it cannot say
 * (no IntersectionObserver), so nothing is ever missing from a first picture.
 */
import { useCallback, useState } from 'react';

/** Observers by scroll root (null: the page), shared by every element under it. */
const observers = new Map<Element | null, IntersectionObserver>();
const listeners = new WeakMap<Element, (inView: boolean) => void>();

function observerFor(root: Element | null): IntersectionObserver | null {
  if (typeof IntersectionObserver === 'undefined') return null;
  let io = observers.get(root);
  if (io === undefined) {
    // A margin of a quarter of the frame: what is about to scroll in is already up to date.
    io = new IntersectionObserver((entries) => {
      for (const e of entries) listeners.get(e.target)?.(e.isIntersecting);
    }, { root, rootMargin: '25%' });
    observers.set(root, io);
  }
  return io;
}

/** A ref for the element to watch, and whether it is in view. */
export function useInView<E extends Element>(): [(el: E | null) => (() => void) | undefined, boolean] {
  const [inView, setInView] = useState(true);
  const ref = useCallback((el: E | null) => {
    if (el === null) return undefined;
    const root = el.closest('.zoom-frame');
    const io = observerFor(root);
    if (io === null) return undefined;
    listeners.set(el, setInView);
    io.observe(el);
    return () => {
      io.unobserve(el);
      listeners.delete(el);
      setInView(true);
    };
  }, []);
  return [ref, inView];
}
