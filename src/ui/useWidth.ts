/**
 * Width of an element, kept current with a ResizeObserver (layouts are computed for it).
 * `beforePaint`: also read once as it mounts, before the browser paints (a layout effect), for a layout that chooses its
 * arrangement by it (the projector's GPU cards side by side): its first frame is then already the right one, not `fallback`'s.
 */
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';

export function useWidth<T extends HTMLElement>(fallback = 960, beforePaint = false): [RefObject<T | null>, number] {
  const ref = useRef<T | null>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!beforePaint || el === null) return;
    // The content box, as the observer's contentRect reads it.
    const cs = getComputedStyle(el);
    const w = Math.floor(el.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight));
    if (w > 0) setWidth(w);
  }, [beforePaint]);
  useEffect(() => {
    const el = ref.current;
    if (el === null || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver((entries) => {
      const w = Math.floor(entries[0]?.contentRect.width ?? fallback);
      if (w > 0) setWidth((old) => (Math.abs(old - w) >= 4 ? w : old));
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [fallback]);
  return [ref, width];
}
