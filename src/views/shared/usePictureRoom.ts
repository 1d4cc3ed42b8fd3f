/**
 * The height a lens's picture has in its lens frame: from the top of its zoom frame to the
 * end of the lens frame, less what stays in view under it (its zoom controls, and what the
 * lens keeps with it: the CPU chart's key, the stepper's words and buttons), and no taller
 * than its zoom frame may be (zoomPan.css). A drawing that grows into it (the CPU Gantt's
 * rows: layoutCpu.grownRowH; the stepper's bands: growBand) is the largest share of the lens
 * frame, not a strip above its legend and its text. Null until measured (the drawing keeps
 * its own size).
 */
import { useLayoutEffect, useState, type RefObject } from 'react';
import { roomSpan } from './frameRoom';

/**
 * `scope` holds the picture's zoom frame (`frameSelector`); `below(frame, bar)` says how many
 * px under the zoom frame's bottom stay in view with it (at least its zoom controls). Pass a
 * stable function (module level).
 */
export function usePictureRoom(scope: RefObject<HTMLElement | null>, on: boolean, frameSelector: string, below: (frame: HTMLElement, bar: HTMLElement) => number): number | null {
  const [room, setRoom] = useState<number | null>(null);
  useLayoutEffect(() => {
    const el = scope.current;
    const panel = el?.closest<HTMLElement>('.lens-panel');
    if (!on || el == null || panel == null || typeof ResizeObserver === 'undefined') return undefined;
    const measure = (): void => {
      const frame = el.querySelector<HTMLElement>(frameSelector);
      const bar = frame?.parentElement?.querySelector<HTMLElement>(':scope > .zoom-bar');
      if (frame == null || bar == null) return;
      const { panelEnd, frameTop } = roomSpan(panel, frame);
      const maxH = parseFloat(getComputedStyle(frame).maxHeight);
      // The lens frame may be scrolled: the picture's top as if it were not (roomSpan).
      const fits = Math.floor(panelEnd - frameTop - below(frame, bar));
      const next = Math.max(0, Math.min(fits, Number.isFinite(maxH) ? Math.floor(maxH) : fits));
      setRoom((old) => (old === next ? old : next));
    };
    measure();
    // The lens frame's size, and what stands above and below the picture (controls wrap, a key folds open, a language's words).
    const ro = new ResizeObserver(measure);
    ro.observe(panel);
    // What stands above the scope in its lens (a lens's tabs, its mode switch) moves the picture's top.
    for (const child of Array.from(panel.children)) for (const part of [child, ...Array.from(child.children)]) ro.observe(part);
    for (const child of Array.from(el.children)) ro.observe(child);
    for (const bar of Array.from(el.querySelectorAll('.zoom-bar'))) ro.observe(bar);
    return () => ro.disconnect();
  }, [scope, on, frameSelector, below]);
  return room;
}

/** From the zoom frame's bottom to the bottom of the lowest of `parts` (and of its zoom controls), px. */
export function keptBelow(frame: HTMLElement, bar: HTMLElement, ...parts: (Element | null | undefined)[]): number {
  const bottom = Math.max(bar.getBoundingClientRect().bottom, ...parts.map((p) => p?.getBoundingClientRect().bottom ?? 0));
  return bottom - frame.getBoundingClientRect().bottom;
}
