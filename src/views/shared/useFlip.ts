/**
 * Glide elements to their new place after a re-render (FLIP: first, last, invert, play).
 * Inside the container, every element with a `data-flip` id is measured once after each
 * commit; one that now sits elsewhere (moved in its list, or re-created in another list
 * under the same id) is animated from where it was with a transform, which the browser
 * runs off the main thread. One measurement per update, nothing per frame, so it suits
 * lists that update a few times a second (run queues, host cards). Honours reduced motion.
 * While an element glides over its neighbours it is inert, not a target (they keep their
 * room, WCAG 2.5.8), and it becomes one again where it lands.
 */
import { useLayoutEffect, useRef, type RefObject } from 'react';

interface Place {
  x: number;
  y: number;
}

const reducedMotion = (): boolean => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

export function useFlip<T extends HTMLElement>(durationMs = 180): RefObject<T | null> {
  const ref = useRef<T | null>(null);
  const last = useRef(new Map<string, Place>());
  useLayoutEffect(() => {
    const root = ref.current;
    if (root === null) return;
    const before = last.current;
    const now = new Map<string, Place>();
    const moving: [HTMLElement, number, number][] = [];
    for (const el of root.querySelectorAll<HTMLElement>('[data-flip]')) {
      const id = el.dataset['flip'] ?? '';
      const r = el.getBoundingClientRect();
      now.set(id, { x: r.left, y: r.top });
      const was = before.get(id);
      if (was !== undefined && (Math.abs(was.x - r.left) > 0.5 || Math.abs(was.y - r.top) > 0.5)) moving.push([el, was.x - r.left, was.y - r.top]);
    }
    last.current = now;
    if (moving.length === 0 || reducedMotion() || typeof Element.prototype.animate !== 'function') return;
    for (const [el, dx, dy] of moving) {
      el.inert = true;
      const glide = el.animate([{ transform: `translate(${dx}px, ${dy}px)` }, { transform: 'none' }], { duration: durationMs, easing: 'ease-out' });
      const land = (): void => {
        el.inert = false;
      };
      glide.onfinish = land;
      glide.oncancel = land;
    }
  });
  return ref;
}
