/**
 * Glide elements to their new place after a re-render (FLIP: first, last, invert, play).
 * Inside the container, every element with a `data-flip` id is measured once after each
 * commit that changed the arrangement; one that now sits elsewhere (moved in its list, or re-created in another list
 * under the same id) is animated from where it was with a transform, which the browser
 * runs off the main thread. At most one measurement per update, none when the
 * arrangement did not change, nothing per frame, so it suits lists that update a few
 * times a second (run queues). Honours reduced motion.
 * A `pop` measures nothing: it needs only to know which elements changed their place, and
 * reads that from the page's structure (the list an element is in and its rank there), so
 * it never makes the browser lay the page out in the middle of React's commit. And while the
 * world plays faster than real time (`hurried`) it is left out whenever the device cannot keep
 * up (the frame loop is leaving frames out, frameLoop.ts): each popping element is a layer of
 * its own for the pop's time, and making and dropping those layers a few times a second cost a
 * slowed laptop about a third of its long tasks; the chip lands in its place at once, as with
 * reduced motion. A world stepped or played at 1x pops always (the loop's measure of being
 * behind outlives a run at top speed, and at 1x it also counts frames with nothing new).
 * While an element glides over its neighbours it is inert, not a target (they keep their
 * room, WCAG 2.5.8), and it becomes one again where it lands.
 */
import { useLayoutEffect, useRef, type RefObject } from 'react';
import { frameLoop } from './frameLoop';

interface Place {
  x: number;
  y: number;
}

let reducedMotionQuery: MediaQueryList | null = null;
const reducedMotion = (): boolean => {
  if (typeof matchMedia !== 'function') return false;
  reducedMotionQuery ??= matchMedia('(prefers-reduced-motion: reduce)');
  return reducedMotionQuery.matches;
};

/** Where each `data-flip` element sits, relative to the container (so scrolling the page moves nothing). */
function places(root: HTMLElement): Map<string, { el: HTMLElement; at: Place }> {
  const origin = root.getBoundingClientRect();
  const out = new Map<string, { el: HTMLElement; at: Place }>();
  for (const el of root.querySelectorAll<HTMLElement>('[data-flip]')) {
    const r = el.getBoundingClientRect();
    out.set(el.dataset['flip'] ?? '', { el, at: { x: r.left - origin.left, y: r.top - origin.top } });
  }
  return out;
}

/** The frame loop is leaving frames out between its passes: the device is behind. */
const behind = (): boolean => frameLoop.stats().gapMs > 1000 / 60;

/**
 * Where each `data-flip` element sits in the page's structure: the element holding it and its
 * rank among the `data-flip` elements there. Read without layout.
 */
function slots(root: HTMLElement): Map<string, { el: HTMLElement; list: Element | null; rank: number }> {
  const out = new Map<string, { el: HTMLElement; list: Element | null; rank: number }>();
  const counts = new Map<Element | null, number>();
  for (const el of root.querySelectorAll<HTMLElement>('[data-flip]')) {
    const list = el.parentElement;
    const rank = counts.get(list) ?? 0;
    counts.set(list, rank + 1);
    out.set(el.dataset['flip'] ?? '', { el, list, rank });
  }
  return out;
}

/**
 * How a moved element shows it moved: it glides from where it was, or (`pop`) it grows into its place where it lands,
 * for lists whose rows are close and change a few times a second (run queues: gliding chips crossed each other's
 * names). A pop keeps the element's full colour throughout (a fade would pass through colours too faint to read).
 */
export type Move = 'glide' | 'pop';

/**
 * `order` names the arrangement (which element sits where in its list): when a render
 * leaves it unchanged nothing glides, so nothing is measured in that commit (measuring
 * right after React changed the page makes the browser lay it out there and then).
 * Places are kept relative to the container, so a scrolled page does not make them
 * stale. Without `order`, every commit is measured.
 */
export function useFlip<T extends HTMLElement>(durationMs = 180, order?: string, how: Move = 'glide', hurried = false): RefObject<T | null> {
  const ref = useRef<T | null>(null);
  const last = useRef(new Map<string, Place>());
  const lastSlots = useRef(new Map<string, { list: Element | null; rank: number }>());
  const lastOrder = useRef<string | undefined>(undefined);
  useLayoutEffect(() => {
    const root = ref.current;
    if (root === null) return;
    // Same arrangement: nothing glides, so nothing is measured.
    if (order !== undefined && order === lastOrder.current) return;
    lastOrder.current = order;
    if (how === 'pop') {
      // Popped where it lands: what moved is read from the structure (another list, or another rank in its list), no layout.
      const was = lastSlots.current;
      const now = slots(root);
      lastSlots.current = now;
      const moved = [...now].filter(([id, s]) => {
        const w = was.get(id);
        return w !== undefined && (w.list !== s.list || w.rank !== s.rank);
      });
      if (moved.length === 0 || reducedMotion() || (hurried && behind()) || typeof Element.prototype.animate !== 'function') return;
      // Grown into its place where it lands, inside its own box: never over another element, nor out of its row.
      for (const [, { el }] of moved) el.animate([{ transform: 'scale(0.8)' }, { transform: 'none' }], { duration: durationMs, easing: 'ease-out' });
      return;
    }
    const before = last.current;
    const now = places(root);
    const moving: [HTMLElement, number, number][] = [];
    for (const [id, { el, at }] of now) {
      const was = before.get(id);
      if (was !== undefined && (Math.abs(was.x - at.x) > 0.5 || Math.abs(was.y - at.y) > 0.5)) moving.push([el, was.x - at.x, was.y - at.y]);
    }
    last.current = new Map([...now].map(([id, p]) => [id, p.at]));
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
