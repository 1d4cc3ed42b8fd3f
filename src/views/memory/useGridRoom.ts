/**
 * The height the frame grid may take so that it and its zoom controls end where the lens
 * frame does, on every screen (a projector's short lens frame, a phone on its side): from
 * the top of the grid's zoom frame to the lens frame's end, less the controls under it, and
 * less its key (which colour is which VM) where the grid keeps 240 px with it.
 * What stands above the grid (the host picker, the title, the scale line) is taken off;
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
    // The key (which colour is which VM) stays in view under the grid where that leaves the grid room enough.
    const key = w?.parentElement?.querySelector<HTMLElement>('.mem-legend') ?? null;
    const measure = (): void => {
      const free = measureRoom(panel, frame, bar) - EDGES;
      const keyH = key === null ? 0 : Math.max(0, key.getBoundingClientRect().bottom - bar.getBoundingClientRect().bottom);
      setRoom(free - keyH >= WITH_KEY_MIN ? free - keyH : free);
    };
    measure();
    // The lens frame's size, and what stands above the grid (text that wraps, a heading).
    const ro = new ResizeObserver(measure);
    ro.observe(panel);
    for (let e: HTMLElement | null = w?.parentElement ?? null; e !== null && e !== panel; e = e.parentElement) ro.observe(e);
    ro.observe(bar);
    if (key !== null) ro.observe(key);
    return () => ro.disconnect();
  }, [wrap]);
  return room;
}
