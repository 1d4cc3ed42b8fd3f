/**
 * Zoom and pan for a lens's drawing (the view kit's one way to do it). The drawing is laid
 * out at its own size and scaled with a CSS transform inside a scrolling frame, so panning
 * is the browser's own scrolling (wheel, scroll bars, one finger, arrow keys on the focused
 * frame) and clicks and focus on the drawing's parts keep working at every scale.
 * Zooming: the buttons (−, +, Fit, 100 %), pinch on touch and trackpads, Ctrl + wheel, and
 * + / − / 0 / F on the focused frame; a mouse drag on the drawing's background pans. Each
 * zoom keeps the point under the pointer (or the frame's centre) where it was.
 * A drawing that must be seen whole (`fitOnOpen`) opens fitted to its frame and is refitted
 * as it or its frame changes size, until the reader zooms; Fit hands it back to the frame.
 */
import { createContext, useCallback, useContext, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { lazyPart } from './lazyPart';
import { cueRowIn, MoreBelowCue, opensTaller } from './MoreBelow';
import { useFrameRoom, type KeptBelow } from './frameRoom';
import { PartBoundary } from '../../ui/PartBoundary';
import { useMediaQuery } from '../../ui/useMediaQuery';
import { useT } from '../../i18n';
import { FIT_READ_MIN, ZOOM_MAX, ZOOM_MIN } from './zoomBounds';
import './zoomPan.css';

// Pinch, Ctrl + wheel and drag arrive with the gesture library, loaded after the first picture (buttons and keys work at once).
const ZoomGestures = lazyPart(() => import('./ZoomGestures'));

export { FIT_READ_MIN, ZOOM_MAX, ZOOM_MIN };
const STEP = 1.25;
/** Width a drawing laid out to its frame leaves for the frame's scroll bar. */
export const ZOOM_GUTTER = 18;

/** A scale within the bounds, rounded so the readout and the transform agree. */
export function clampZoom(s: number): number {
  return Math.round(Math.min(ZOOM_MAX, Math.max(ZOOM_MIN, s)) * 1000) / 1000;
}

/** The scale that shows the whole drawing (w x h) in a frame of fw x fh, never above 1. */
export function fitZoom(w: number, h: number, fw: number, fh: number): number {
  if (w <= 0 || h <= 0 || fw <= 0 || fh <= 0) return 1;
  return clampZoom(Math.min(1, fw / w, fh / h));
}

/**
 * The scale a drawing w x h opens fitted at in a frame of fw x fh: whole (fitZoom), unless that is under FIT_READ_MIN;
 * then as wide as the frame (it scrolls down), or 100 % if even that is under it.
 */
export function readableFit(w: number, h: number, fw: number, fh: number): number {
  const whole = fitZoom(w, h, fw, fh);
  if (whole >= FIT_READ_MIN) return whole;
  const wide = w > 0 && fw > 0 ? clampZoom(Math.min(1, fw / w)) : 1;
  return wide >= FIT_READ_MIN ? wide : 1;
}

/**
 * The frame's tallest allowed height: its CSS max-height (it may be shorter now), or the
 * window's height for a frame with none. Never the frame's own height, which its drawing sets.
 */
function tallest(f: HTMLElement): number {
  const maxH = parseFloat(getComputedStyle(f).maxHeight);
  return Number.isFinite(maxH) ? maxH : window.innerHeight;
}

/**
 * The largest scale at which a drawing is shown whole in its frame (its width, and its height up to the frame's
 * tallest); on a phone (`readable`, PHONE) the readable fit instead (readableFit: never under FIT_READ_MIN), as its
 * frame beside the tour panel is short (a network fitted to 19 %, 9 px labels). Elsewhere Fit ("show all") shows all.
 */
function frameFit(f: HTMLElement, w: number, h: number, readable: boolean): number {
  return (readable ? readableFit : fitZoom)(w, h, f.clientWidth, tallest(f));
}

/** The scale a fitOnOpen drawing opens at: its fit, or 100 % where that is under its `fitAtLeast`. */
const openingScale = (fit: number, fitAtLeast: number): number => (fit >= fitAtLeast ? fit : 1);

/** A phone's width: its fitted drawings keep their labels readable (frameFit). */
const PHONE = '(max-width: 600px)';

const FitScale = createContext(1);

/**
 * The scale a `fitOnOpen` drawing is shown at when fitted (1 elsewhere): a drawing sizes its
 * labels for it, so the labels it opens with are as big as the theme asks (the reader's own
 * zoom changes nothing here).
 */
export function useFitScale(): number {
  return useContext(FitScale);
}

/** The room a drawing has in its frame, in px: the frame's width (less its scroll bar) and its tallest height. */
export interface FrameSize {
  w: number;
  h: number;
}

const FrameBox = createContext<FrameSize | null>(null);

/**
 * The frame's room (null until measured, outside a ZoomPan, and in a frame that is not
 * fitOnOpen): a drawing that lays itself out to be seen whole at 100 % (the Network and
 * Overview lenses) reads it. The frame's tallest height
 * comes from its stylesheet and its room above the zoom controls, never from the drawing,
 * so a layout that follows it does not feed back into it.
 */
export function useFrameBox(): FrameSize | null {
  return useContext(FrameBox);
}

const ZoomScale = createContext(1);

/**
 * The scale the drawing is shown at now (1 outside a ZoomPan): a canvas draws its backing
 * store for it (useCanvasFrame), so it stays sharp when the reader zooms in.
 */
export function useZoomScale(): number {
  return useContext(ZoomScale);
}

/** Scroll offsets that keep the drawing point under (fx, fy) of the frame in place from scale s0 to s1. */
export function keepFocus(scroll: number, focus: number, s0: number, s1: number): number {
  return Math.max(0, ((scroll + focus) * s1) / s0 - focus);
}

interface Props {
  /** The drawing's name, for the frame (a region) and its buttons. */
  label: string;
  children: ReactNode;
  /** Extra class on the frame (a lens's own frame styles). */
  className?: string;
  testid?: string;
  /** Whether this drawing is the lens's picture (the one the layout puts first). */
  picture?: boolean;
  /** Open fitted to the frame and stay fitted as sizes change, until the reader zooms. */
  fitOnOpen?: boolean;
  /**
   * With fitOnOpen: the least fit it opens fitted at. A drawing that would be too small to
   * read whole (a data centre on a laptop) opens at 100 % instead, and Fit still fits it.
   */
  fitAtLeast?: number;
  /**
   * With picture: what stays in view under the frame on a wide screen too (its key), from the frame's bottom
   * (frameRoom.ts): the frame leaves room for it in the lens frame. A module-level function.
   */
  keepBelow?: KeptBelow;
  /**
   * With fitOnOpen: a drawing read by scrolling down (one taller than its frame at the scale its words need): when it opens
   * taller than its frame (MoreBelow.tsx: opensTaller), while part of it is hidden below the frame's bottom, a "More below"
   * cue stands at the end of the zoom bar, under that edge (never over the drawing), and pressing it scrolls the drawing to
   * its end.
   */
  moreBelow?: boolean;
}

export function ZoomPan({ label, children, className, testid, picture = false, fitOnOpen = false, fitAtLeast = 0, keepBelow, moreBelow = false }: Props) {
  const t = useT();
  // A touch screen has no wheel or keys to name: its hint is the two gestures, and fits beside the buttons.
  const touch = useMediaQuery('(pointer: coarse)');
  const phone = useMediaQuery(PHONE);
  const frame = useRef<HTMLDivElement | null>(null);
  const content = useRef<HTMLDivElement | null>(null);
  const [scale, setScaleRaw] = useState(1);
  const [size, setSize] = useState({ w: 0, h: 0 });
  const scaleRef = useRef(1);
  // A zoom applies its scroll after React has resized the sizer for the new scale.
  const pendingScroll = useRef<{ left: number; top: number } | null>(null);
  // Whether the frame keeps the drawing fitted (a fitOnOpen drawing until the reader zooms).
  const [fitted, setFitted] = useState(fitOnOpen);
  const [fitScale, setFitScale] = useState(1);
  // Whether the reader pressed Fit (which fits below fitAtLeast too).
  const fitAsked = useRef(false);
  // The frame's width and tallest height, for the fit (followed only for a fitOnOpen drawing).
  const [frameBox, setFrameBox] = useState('');
  const [box, setBox] = useState<FrameSize | null>(null);
  // The frame's tallest height without the row the "More below" cue's room may take of the zoom bar (MoreBelow.tsx: cueRowPx),
  // read with the box: what opensTaller is asked against, the same whether the cue is shown or not (review 45, F4).
  const [bareH, setBareH] = useState<number | null>(null);
  const bar = useRef<HTMLDivElement | null>(null);

  // On a narrow screen, a picture ends where its lens frame does, whatever stands above it; on any, one with a key leaves it in view (its room: a fit follows it).
  const [room, setRoom] = useState<number | null>(null);
  useFrameRoom(frame, picture, setRoom, keepBelow);

  // The drawing's own size (offset sizes ignore the transform), followed as it changes.
  useLayoutEffect(() => {
    const el = content.current;
    if (el === null) return undefined;
    const measure = (): void => {
      const w = Math.max(el.scrollWidth, el.offsetWidth);
      const h = Math.max(el.scrollHeight, el.offsetHeight);
      setSize((old) => (old.w === w && old.h === h ? old : { w, h }));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    for (const child of Array.from(el.children)) ro.observe(child);
    return () => ro.disconnect();
  }, []);

  const zoomTo = useCallback((next: number, focus?: { x: number; y: number }) => {
    const f = frame.current;
    const s0 = scaleRef.current;
    const s1 = clampZoom(next);
    if (s1 === s0) return;
    if (f !== null) {
      const fx = focus?.x ?? f.clientWidth / 2;
      const fy = focus?.y ?? f.clientHeight / 2;
      pendingScroll.current = { left: keepFocus(f.scrollLeft, fx, s0, s1), top: keepFocus(f.scrollTop, fy, s0, s1) };
    }
    scaleRef.current = s1;
    setScaleRaw(s1);
  }, []);

  /** A zoom the reader asked for: the frame stops refitting the drawing. */
  const userZoom = useCallback((next: number, focus?: { x: number; y: number }) => {
    setFitted(false);
    zoomTo(next, focus);
  }, [zoomTo]);

  // A fitOnOpen frame follows its own size (a drawing with a least width does not resize with it) and its room:
  // it refits on them, and a drawing laid out to its frame reads them (useFrameBox). Other frames measure nothing.
  useLayoutEffect(() => {
    const f = frame.current;
    if (f === null || !fitOnOpen) return undefined;
    // The room is part of the box: its max-height may not have changed the frame's size.
    const measure = (): void => {
      const h = tallest(f);
      setFrameBox(`${f.clientWidth}x${h}x${room ?? '-'}`);
      const next = { w: f.clientWidth, h };
      setBox((old) => (old !== null && old.w === next.w && old.h === next.h ? old : next));
      // The row is taken off the frame only where its room is measured under the bar (frameRoom.ts: a room, else the stylesheet's height).
      setBareH(h + (room === null ? 0 : cueRowIn(bar.current)));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const ro = new ResizeObserver(measure);
    ro.observe(f);
    return () => ro.disconnect();
  }, [room, fitOnOpen]);

  // The fit follows the drawing and the frame; while fitted, so does the scale (before the first paint).
  useLayoutEffect(() => {
    const f = frame.current;
    if (!fitOnOpen || f === null || size.w === 0 || frameBox === '') return;
    const z = frameFit(f, size.w, size.h, phone);
    setFitScale(z);
    const target = fitAsked.current ? z : openingScale(z, fitAtLeast);
    if (!fitted || target === scaleRef.current) return;
    scaleRef.current = target;
    setScaleRaw(target);
    pendingScroll.current = { left: 0, top: 0 };
  }, [fitOnOpen, fitAtLeast, fitted, size, frameBox, phone]);

  // After the render that resized the sizer: the zoom's scroll, if one is pending.
  useLayoutEffect(() => {
    const f = frame.current;
    const p = pendingScroll.current;
    if (f === null || p === null) return;
    pendingScroll.current = null;
    f.scrollLeft = p.left;
    f.scrollTop = p.top;
  });

  const fit = (): void => {
    const f = frame.current;
    if (f === null) return;
    fitAsked.current = true;
    setFitted(fitOnOpen);
    zoomTo(frameFit(f, size.w, size.h, phone), { x: 0, y: 0 });
    f.scrollLeft = 0;
    f.scrollTop = 0;
  };
  const reset = (): void => {
    userZoom(1, { x: 0, y: 0 });
  };


  // A scenario switch can shrink the drawing below the scroll offsets: keep them inside it.
  useEffect(() => {
    const f = frame.current;
    if (f === null) return;
    f.scrollLeft = Math.min(f.scrollLeft, Math.max(0, size.w * scale - f.clientWidth));
    f.scrollTop = Math.min(f.scrollTop, Math.max(0, size.h * scale - f.clientHeight));
  }, [size, scale]);

  const onKey = (e: KeyboardEvent<HTMLDivElement>): void => {
    if (e.target !== e.currentTarget || e.ctrlKey || e.metaKey || e.altKey) return;
    const k = e.key;
    if (k === '+' || k === '=') userZoom(scaleRef.current * STEP);
    else if (k === '-' || k === '_') userZoom(scaleRef.current / STEP);
    else if (k === '0') reset();
    else if (k === 'f' || k === 'F') fit();
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  const pct = Math.round(scale * 100);
  const cue = moreBelow && box !== null && opensTaller(size.h * openingScale(fitScale, fitAtLeast), bareH ?? box.h);
  return (
    <div className={moreBelow ? 'zoom-pan zoom-pan-more' : 'zoom-pan'}>
      <div
        ref={frame}
        className={className === undefined ? 'zoom-frame' : `zoom-frame ${className}`}
        tabIndex={0}
        role="region"
        aria-label={t('zoom.frame', { label, pct })}
        data-testid={testid}
        data-zoom={scale}
        data-fitted={fitted ? '' : undefined}
        data-fit={fitOnOpen ? fitScale : undefined}
        data-picture={picture ? '' : undefined}
        data-keep={keepBelow === undefined ? undefined : ''}
        onKeyDown={onKey}
      >
        <div className="zoom-sizer" style={{ width: size.w * scale, height: size.h * scale }}>
          <div ref={content} className="zoom-content" style={{ transform: scale === 1 ? undefined : `scale(${scale})` }}>
            <ZoomScale.Provider value={scale}>
              <FitScale.Provider value={fitOnOpen ? fitScale : 1}>
                <FrameBox.Provider value={box}>{children}</FrameBox.Provider>
              </FitScale.Provider>
            </ZoomScale.Provider>
          </div>
        </div>
      </div>
      {/* Pinch and drag are extras: if their code fails to arrive, the buttons and keys still zoom. */}
      <PartBoundary quiet>
        <ZoomGestures frame={frame} scale={scaleRef} zoomTo={userZoom} />
      </PartBoundary>
      {/* Under the drawing: the picture first, its zoom controls right below it; they size themselves (zoomPan.css), as a drawing does. */}
      <div ref={bar} className="zoom-bar" data-drawing role="group" aria-label={t('zoom.controls', { label })}>
        <button type="button" onClick={() => userZoom(scaleRef.current / STEP)} disabled={scale <= ZOOM_MIN} data-testid="zoom-out">
          − <span className="visually-hidden">{t('zoom.out')}</span>
        </button>
        <output className="zoom-level" aria-live="off" data-testid="zoom-level">
          {t('zoom.level', { pct })}
        </output>
        <button type="button" onClick={() => userZoom(scaleRef.current * STEP)} disabled={scale >= ZOOM_MAX} data-testid="zoom-in">
          + <span className="visually-hidden">{t('zoom.in')}</span>
        </button>
        <button type="button" onClick={fit} data-testid="zoom-fit">
          {t('zoom.fit')}
        </button>
        {/* Pressed, it is disabled (100 % already; at the projector a GPU card hides it then): the keyboard's focus moves to + first, so it stays in the bar. */}
        <button
          type="button"
          onClick={(e) => {
            if (e.currentTarget === document.activeElement) e.currentTarget.parentElement?.querySelector<HTMLElement>('[data-testid="zoom-in"]')?.focus();
            reset();
          }}
          disabled={scale === 1}
          data-testid="zoom-reset"
        >
          {t('zoom.reset')}
        </button>
        <span className="muted zoom-help">{t(touch ? 'zoom.helpTouch' : 'zoom.help')}</span>
        {/* More of the drawing under the frame's bottom edge: a cue at the bar's end (MoreBelow.tsx). */}
        {cue && <MoreBelowCue frame={frame} />}
      </div>
    </div>
  );
}
