/**
 * A canvas that redraws from the store in the app's frame loop, never through React:
 * `useCanvasFrame(draw, opts)` sizes the canvas for its CSS box and the screen's
 * devicePixelRatio (sharp on phones and projectors), and calls `draw` in the next
 * drawing pass after anything it depends on changed: a new snapshot, the selection, the
 * theme, its size, or `opts.deps`. Passes adapt to the device (frameLoop.ts), and a
 * canvas scrolled out of sight does not draw until it is back.
 *
 * The CSS size is `opts.width` x `opts.height` when the layout knows it, else the
 * element's own box (kept current with a ResizeObserver). `opts.pixelRatio: 1` draws
 * one canvas pixel per CSS pixel (ImageData grids that fill exact cells).
 *
 * Inside a ZoomPan the backing store follows the reader's zoom too (canvasZoom.ts), so a
 * zoomed canvas is redrawn sharp, text included; `draw` keeps drawing in CSS pixels.
 */
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { Snapshot } from '../../engine';
import { useStore, type AppState, type ThemeName } from '../../store';
import { backingRatio } from './canvasZoom';
import { cancelFrame, requestFrame } from './frameLoop';
import { useZoomScale } from './ZoomPan';

export interface CanvasFrame {
  ctx: CanvasRenderingContext2D;
  /** Drawing size in CSS pixels (the context is already scaled by the pixel ratio). */
  width: number;
  height: number;
  /** Canvas pixels per CSS pixel: the screen's ratio (or the forced one) times the zoom drawn for. */
  pixelRatio: number;
  /** The backing store was just resized, so the canvas is blank: a drawing that paints only changes repaints all. */
  resized: boolean;
  snap: Snapshot;
  state: AppState;
  theme: ThemeName;
}

export interface CanvasOptions {
  width?: number;
  height?: number;
  /** Force a pixel ratio (1 for ImageData drawing); default: the screen's. */
  pixelRatio?: number;
  /** Anything else the drawing depends on (compared by identity, like effect deps). */
  deps?: readonly unknown[];
  /** Which store changes need a redraw; default: snapshot, selection or theme. */
  redrawOn?: (s: AppState, prev: AppState) => boolean;
}

export interface CanvasHandle {
  ref: RefObject<HTMLCanvasElement | null>;
  /** Ask for a redraw in the next pass (after a change the hook cannot see, e.g. a keyboard cursor). */
  redraw: () => void;
}

const defaultRedrawOn = (s: AppState, prev: AppState): boolean => s.snapshot !== prev.snapshot || s.selection !== prev.selection || s.theme !== prev.theme;

export function useCanvasFrame(draw: (f: CanvasFrame) => void, opts: CanvasOptions = {}): CanvasHandle {
  const ref = useRef<HTMLCanvasElement | null>(null);
  const drawRef = useRef(draw);
  const redrawOnRef = useRef(opts.redrawOn ?? defaultRedrawOn);
  const zoom = useZoomScale();
  const zoomRef = useRef(zoom);
  // The latest closures, in place before the browser paints (draws run in animation frames).
  useLayoutEffect(() => {
    drawRef.current = draw;
    redrawOnRef.current = opts.redrawOn ?? defaultRedrawOn;
    zoomRef.current = zoom;
  });
  const requestRef = useRef<() => void>(() => undefined);
  const { width, height, pixelRatio } = opts;
  const deps = opts.deps ?? [];

  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d') ?? null;
    if (canvas === null || ctx === null) return undefined;
    let cssW = width ?? canvas.clientWidth;
    let cssH = height ?? canvas.clientHeight;
    let visible = true;
    let dirty = true;
    const job = (): void => {
      if (!visible) return;
      const state = useStore.getState();
      if (state.snapshot === null) return;
      const ratio = backingRatio(pixelRatio ?? (window.devicePixelRatio || 1), zoomRef.current, cssW, cssH);
      const w = Math.max(1, Math.round(cssW * ratio));
      const h = Math.max(1, Math.round(cssH * ratio));
      const resized = canvas.width !== w || canvas.height !== h;
      if (canvas.width !== w) canvas.width = w;
      if (canvas.height !== h) canvas.height = h;
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      dirty = false;
      drawRef.current({ ctx, width: cssW, height: cssH, pixelRatio: ratio, resized, snap: state.snapshot, state, theme: state.theme });
    };
    const request = (): void => {
      dirty = true;
      if (visible) requestFrame(job);
    };
    requestRef.current = request;
    request();
    const unsub = useStore.subscribe((s, prev) => {
      if (redrawOnRef.current(s, prev)) request();
    });
    const ro =
      (width === undefined || height === undefined) && typeof ResizeObserver !== 'undefined'
        ? new ResizeObserver(() => {
            const w = width ?? canvas.clientWidth;
            const h = height ?? canvas.clientHeight;
            if (w === cssW && h === cssH) return;
            cssW = w;
            cssH = h;
            request();
          })
        : null;
    ro?.observe(canvas);
    const io =
      typeof IntersectionObserver !== 'undefined'
        ? new IntersectionObserver((entries) => {
            visible = entries.some((e) => e.isIntersecting);
            if (visible && dirty) request();
          })
        : null;
    io?.observe(canvas);
    return () => {
      unsub();
      ro?.disconnect();
      io?.disconnect();
      cancelFrame(job);
      requestRef.current = () => undefined;
    };
    // The caller's deps stand for what `draw` reads besides the store.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [width, height, pixelRatio, ...deps]);

  // A new zoom: redraw at its resolution.
  useEffect(() => requestRef.current(), [zoom]);

  const [redraw] = useState(() => () => requestRef.current());
  return { ref, redraw };
}
