/**
 * The height the Gantt chart has in its lens frame: from the top of its zoom frame to the
 * end of the lens frame, less its zoom controls and the key (the legend) under it, and no
 * taller than its zoom frame may be (zoomPan.css). The chart grows its rows into it
 * (layoutCpu: grownRowH), so the picture, not the legend, is what fills the lens frame,
 * and its key stays in view below it. Null until measured (the chart keeps its own rows).
 */
import { useLayoutEffect, useState, type RefObject } from 'react';

export function useGanttRoom(lens: RefObject<HTMLElement | null>, on: boolean): number | null {
  const [room, setRoom] = useState<number | null>(null);
  useLayoutEffect(() => {
    const el = lens.current;
    const panel = el?.closest<HTMLElement>('.lens-panel');
    if (!on || el == null || panel == null || typeof ResizeObserver === 'undefined') return undefined;
    const measure = (): void => {
      const frame = el.querySelector<HTMLElement>('[data-testid="cpu-zoom"]');
      const bar = frame?.parentElement?.querySelector<HTMLElement>(':scope > .zoom-bar');
      const key = el.querySelector<HTMLElement>('.cpu-legend');
      if (frame == null || bar == null) return;
      const p = panel.getBoundingClientRect();
      const fr = frame.getBoundingClientRect();
      const pad = parseFloat(getComputedStyle(panel).paddingBottom) || 0;
      const panelEnd = p.top + panel.clientTop + panel.clientHeight - pad;
      // What stands under the chart and stays in view with it: its zoom controls and its key.
      const below = Math.max(bar.getBoundingClientRect().bottom, key?.getBoundingClientRect().bottom ?? 0) - fr.bottom;
      const maxH = parseFloat(getComputedStyle(frame).maxHeight);
      // The lens frame may be scrolled: the chart's top as if it were not.
      const fits = Math.floor(panelEnd - (fr.top + panel.scrollTop) - below);
      const next = Math.max(0, Math.min(fits, Number.isFinite(maxH) ? Math.floor(maxH) : fits));
      setRoom((old) => (old === next ? old : next));
    };
    measure();
    // The lens frame's size, and what stands above and below the chart (the controls wrap, the key folds open, a language's words).
    const ro = new ResizeObserver(measure);
    ro.observe(panel);
    for (const child of Array.from(el.children)) ro.observe(child);
    const bar = el.querySelector<HTMLElement>('.zoom-bar');
    if (bar !== null) ro.observe(bar);
    return () => ro.disconnect();
  }, [lens, on]);
  return room;
}
