/**
 * Freehand annotation over the lens: while the pen is on, a canvas over the lens panel's
 * content takes the pointer and draws; the arrow keys draw too (Shift moves without
 * ink). The ink belongs to the moment: it is cleared on every lesson step, lens change,
 * reset, and with X. Strokes are kept so a resize redraws them; the ink colour is the
 * theme's focus colour.
 */
import { useEffect, useRef, type PointerEvent as ReactPointerEvent } from 'react';
import { useT } from '../../i18n';
import { selectInkEpoch, selectLens, selectTheme, selectTool, useStore } from '../../store';
import { onPenMove, setSpot } from './toolState';

type Stroke = { x: number; y: number }[];

function inkColour(): { colour: string; width: number } {
  const css = getComputedStyle(document.documentElement);
  return { colour: css.getPropertyValue('--vl-focus').trim() || 'currentColor', width: 2 * (Number(css.getPropertyValue('--vl-stroke-width')) || 1.5) + 1 };
}

function redraw(canvas: HTMLCanvasElement, strokes: readonly Stroke[]): void {
  canvas.dataset['strokes'] = String(strokes.length);
  const ctx = canvas.getContext('2d');
  if (ctx === null) return;
  const dpr = window.devicePixelRatio || 1;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  const { colour, width } = inkColour();
  ctx.strokeStyle = colour;
  ctx.lineWidth = width;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  for (const s of strokes) {
    ctx.beginPath();
    s.forEach((p, i) => (i === 0 ? ctx.moveTo(p.x, p.y) : ctx.lineTo(p.x, p.y)));
    if (s.length === 1 && s[0] !== undefined) ctx.lineTo(s[0].x + 0.1, s[0].y);
    ctx.stroke();
  }
}

export function InkLayer() {
  const t = useT();
  const tool = useStore(selectTool);
  const canvas = useRef<HTMLCanvasElement | null>(null);
  const strokes = useRef<Stroke[]>([]);
  const pen = tool === 'pen';

  // Size the canvas to the lens panel's content; redraw on resize, theme change or clearing.
  useEffect(() => {
    const c = canvas.current;
    const panel = c?.parentElement;
    if (c === null || panel === null || panel === undefined) return;
    const fit = (): void => {
      const dpr = window.devicePixelRatio || 1;
      const w = panel.scrollWidth;
      const h = panel.scrollHeight;
      c.style.width = `${w}px`;
      c.style.height = `${h}px`;
      c.width = Math.round(w * dpr);
      c.height = Math.round(h * dpr);
      redraw(c, strokes.current);
    };
    fit();
    const ro = new ResizeObserver(fit);
    ro.observe(panel);
    // The ink belongs to the moment: a new step, lens or reset clears it; a theme redraws it.
    const unsub = useStore.subscribe((s, prev) => {
      if (selectInkEpoch(s) !== selectInkEpoch(prev) || selectLens(s) !== selectLens(prev)) strokes.current = [];
      else if (selectTheme(s) === selectTheme(prev)) return;
      redraw(c, strokes.current);
    });
    return () => {
      ro.disconnect();
      unsub();
    };
  }, []);

  // Keyboard pen: moves of the shared spot, converted to the panel's content coordinates.
  useEffect(() => {
    if (!pen) return;
    return onPenMove((from, to, ink) => {
      const c = canvas.current;
      const panel = c?.parentElement;
      if (c === null || panel === null || panel === undefined || !ink) return;
      const box = panel.getBoundingClientRect();
      const at = (p: { x: number; y: number }) => ({ x: p.x * window.innerWidth - box.left + panel.scrollLeft, y: p.y * window.innerHeight - box.top + panel.scrollTop });
      strokes.current.push([at(from), at(to)]);
      redraw(c, strokes.current);
    });
  }, [pen]);

  const point = (e: ReactPointerEvent<HTMLCanvasElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    return { x: e.clientX - box.left, y: e.clientY - box.top };
  };
  return (
    <canvas
      ref={canvas}
      className={pen ? 'ink-layer ink-on' : 'ink-layer'}
      data-testid="ink-layer"
      aria-label={pen ? t('tools.penOn') : undefined}
      role={pen ? 'img' : undefined}
      aria-hidden={pen ? undefined : true}
      onPointerDown={(e) => {
        if (!pen) return;
        e.currentTarget.setPointerCapture(e.pointerId);
        strokes.current.push([point(e)]);
        redraw(e.currentTarget, strokes.current);
      }}
      onPointerMove={(e) => {
        setSpot({ x: e.clientX / window.innerWidth, y: e.clientY / window.innerHeight });
        if (!pen || e.buttons === 0) return;
        strokes.current.at(-1)?.push(point(e));
        redraw(e.currentTarget, strokes.current);
      }}
    />
  );
}
