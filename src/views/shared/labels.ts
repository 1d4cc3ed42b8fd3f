/**
 * Label sizes in drawings (the view kit's one way). A drawing states each label's size in
 * its own units, as it looks on a laptop; the theme states the smallest size a label may be
 * *rendered* at (the `labelMin` token: 14 px on a projector, no floor elsewhere), and
 * `labelSize(size, theme, scale)` raises a size to that floor for a drawing shown at `scale`
 * screen px per unit (the projector shows some drawings at 1.35). Labels sized in CSS do the
 * same with `labelCss`: `max(size, var(--vl-label-min) / var(--vl-draw-scale))`, where the
 * drawing sets `--vl-draw-scale` (drawScaleStyle). Layouts take the raised sizes, so a
 * bigger label gets the room it needs. The projector's 20 px floor for prose (app.css)
 * stops at `[data-drawing]`: drawings size their own marks.
 */
import { useLayoutEffect, useRef, useState, type CSSProperties, type RefObject } from 'react';
import { selectTheme, useStore, type ThemeName } from '../../store';
import { tokens } from '../../theme/tokens';

/** The smallest rendered label size (px) in a theme. */
export function labelMinPx(theme: ThemeName): number {
  return parseFloat(tokens.labelMin[theme]) || 0;
}

/**
 * The smallest rendered label (px) of a drawing that promises to be read on a laptop, a
 * desktop and a tablet too, not only on the projector (the Containers comparison; Storage
 * on a phone): it lays out its boxes for labels this big.
 */
export const READ_MIN_PX = 11;

/** A label's size in drawing units: `size`, or the theme's floor (or `least` px, if bigger) at this scale if that is bigger. */
export function labelSize(size: number, theme: ThemeName, scale = 1, least = 0): number {
  const floor = Math.max(labelMinPx(theme), least) / (scale > 0 ? scale : 1);
  return Math.max(size, Math.ceil(floor * 10) / 10);
}

/** `labelSize` for the theme in force: `const ls = useLabelSize(scale); <text style={{ fontSize: ls(10) }}>`. */
export function useLabelSize(scale = 1, least = 0): (size: number) => number {
  const theme = useStore(selectTheme);
  return (size: number) => labelSize(size, theme, scale, least);
}

/** A CSS font-size for a label sized in a stylesheet: `size` px, raised to the floor at the drawing's scale. */
export function labelCss(size: number): string {
  return `max(${size}px, calc(var(--vl-label-min) / var(--vl-draw-scale, 1)))`;
}

/** The style a drawing's root sets so its CSS-sized labels know the scale it is shown at. */
export function drawScaleStyle(scale: number): CSSProperties {
  return { ['--vl-draw-scale' as string]: scale } as CSSProperties;
}

/** How much a drawing that grows on the projector is scaled up there (it is laid out narrower by as much). */
export const PROJECTOR_DRAW_SCALE = 1.35;

/** The scale a drawing that grows on the projector is shown at in the theme in force. */
export function drawScale(theme: ThemeName): number {
  return theme === 'projector' ? PROJECTOR_DRAW_SCALE : 1;
}

/**
 * The scales a drawing laid out to its frame (Network, Overview) may be shown at, px per
 * unit, the biggest first: on the projector its own scale, stepping down to the laptop's.
 */
export const LAYOUT_SCALES: Readonly<Record<ThemeName, readonly number[]>> = { default: [1], projector: [PROJECTOR_DRAW_SCALE, 1.2, 1.1, 1, 0.9], contrast: [1] };

/** Bigger scales a drawing laid out to its frame may grow to (shared/pickLayout.ts). */
export interface Growth {
  /** The scales, the biggest first. */
  scales: readonly number[];
  /**
   * The narrowest a grown drawing is laid out, in units: what the theme's own screen gives
   * it (the 1280x800 laptop's lens frame at 100 %; the 1280x720 projector's at its scale),
   * so a grown drawing never has less room for its labels than the screens it is made for.
   */
  minUnits: number;
}

/**
 * How such a drawing grows, in the same arrangement, when its frame has room to spare (a
 * 1920x1080 screen, a projector bigger than 1280x720): the picture fills the screen rather
 * than leaving it empty below. Off the projector up to 1.7: a 1920x1080 desktop's Overview frame (1543 px wide) lays
 * basic out 907 units wide there (minUnits), 666 px high of its 777, where 1.5 left 190 px empty under it (audit 17, 18).
 */
export const GROWTH: Readonly<Record<ThemeName, Growth>> = {
  default: { scales: [1.7, 1.6, 1.5, 1.35, 1.2, 1.1], minUnits: 900 },
  projector: { scales: [1.8, 1.6, 1.5], minUnits: 540 },
  contrast: { scales: [1.7, 1.6, 1.5, 1.35, 1.2, 1.1], minUnits: 900 },
};

/** Line height of a label `px` units high (a drawing that lays out its rows from its labels). */
export const lineH = (px: number): number => Math.ceil(px * 1.25);

/** The size bold text is measured at: about 6 % wider than regular text of size `px`. */
export const boldPx = (px: number): number => px * 1.06;

/** `drawScale` for the theme in force. */
export function useDrawScale(): number {
  return drawScale(useStore(selectTheme));
}

/**
 * The scale an SVG with a viewBox `unitsWide` across is drawn at when the page may fit it
 * to its box (width 100 %, or max-width 100 %), followed as the box resizes: for `useLabelSize(scale)` on drawings
 * whose scale the page decides. 1 until measured.
 */
export function useRenderedScale<T extends SVGSVGElement>(unitsWide: number): [RefObject<T | null>, number] {
  const ref = useRef<T | null>(null);
  const [scale, setScale] = useState(1);
  useLayoutEffect(() => {
    const el = ref.current;
    if (el === null || unitsWide <= 0) return undefined;
    const measure = (): void => {
      // The layout width (a zoom's transform is the reader's choice, not the drawing's scale).
      const w = el.clientWidth;
      // Rounded down (labels err on the big side), so a pixel of resize does not re-render the drawing.
      if (w > 0) setScale((old) => { const s = Math.floor((w / unitsWide) * 50) / 50; return s === old ? old : s; });
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [unitsWide]);
  return [ref, scale];
}
