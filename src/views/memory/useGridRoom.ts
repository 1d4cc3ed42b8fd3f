/**
 * The height the frame grid may take so that it and its zoom controls end where the lens
 * frame does, on every screen (a projector's short lens frame, a phone on its side): from
 * the top of the grid's zoom frame to the lens frame's end, less the controls under it, and
 * less what is under it: the line saying what a cell stands for and, where the column beside
 * the grid goes under it (a phone), the key heading that column (which colour is which VM),
 * where the grid keeps 240 px with both, else the line alone where it keeps 240 px with that
 * (the key is then read by scrolling), else nothing. With the key beside the grid (it heads
 * the column there), the grid takes the room.
 * What stands above the grid (the host picker, the title) is taken off;
 * the grid's own height is not part of it, so a grid laid out to it does not feed back.
 * Null until measured (and outside a lens frame).
 */
import { useLayoutEffect, useState, type RefObject } from 'react';
import { measureRoom } from '../shared/frameRoom';

/** The zoom frame's own edges around the canvas (its border), px. */
const EDGES = 4;
/** The least grid height for which the key under it is kept in view too (else the grid takes the room, the key below it). */
const WITH_KEY_MIN = 240;

export function useGridRoom(wrap: RefObject<HTMLDivElement | null>): number | null {
  const [room, setRoom] = useState<number | null>(null);
  useLayoutEffect(() => {
    const w = wrap.current;
    const panel = w?.closest<HTMLElement>('.lens-panel');
    const frame = w?.querySelector<HTMLElement>('.zoom-frame');
    const bar = w?.querySelector<HTMLElement>('.zoom-bar');
    if (panel == null || frame == null || bar == null || typeof ResizeObserver === 'undefined') return undefined;
    // The key, then the scale line, stay in view under the grid where that leaves the grid room enough.
    // Found at each measure: each appears with the first snapshot, and the grid's panel (observed below) grows then.
    const lens = w?.closest<HTMLElement>('.lens-memory');
    const find = (sel: string): HTMLElement | null => lens?.querySelector<HTMLElement>(sel) ?? null;
    const measure = (): void => {
      const key = find('[data-testid="memory-legend"]');
      const scale = find('[data-testid="memory-scale"]');
      const fits = measureRoom(panel, frame, bar) - EDGES;
      const barEnd = bar.getBoundingClientRect().bottom;
      const under = (e: HTMLElement | null): number => (e === null ? 0 : Math.max(0, e.getBoundingClientRect().bottom - barEnd));
      // The key beside the grid (it heads the column there) is in view with it: the grid takes the room, the scale line is read by scrolling.
      const beside = key !== null && key.getBoundingClientRect().top < barEnd;
      const kept = beside ? 0 : ([Math.max(under(scale), under(key)), under(scale)].find((h) => fits - h >= WITH_KEY_MIN) ?? 0);
      setRoom(fits - kept);
    };
    measure();
    // The lens frame's size, and what stands above the grid (text that wraps, a heading).
    const ro = new ResizeObserver(measure);
    ro.observe(panel);
    for (let e: HTMLElement | null = w?.parentElement ?? null; e !== null && e !== panel; e = e.parentElement) ro.observe(e);
    ro.observe(bar);
    return () => ro.disconnect();
  }, [wrap]);
  return room;
}
