/**
 * The migrating VM's memory as a frame grid on a canvas (1024 cells, redrawn in an
 * animation frame from the store, never through React): not yet copied (light,
 * empty), copied to the destination (green, filled), dirtied again since it was copied
 * (red with a diagonal stroke, so it reads without colour). The cell being sent now
 * gets an outline.
 */
import { useEffect, useRef } from 'react';
import { PAGE } from '../../engine';
import { useStore, type AppState } from '../../store';
import { cssVarName } from '../../theme/tokens';
import { cellRect, gridGeometry } from './layoutCluster';

function colours(el: HTMLElement): Record<'pending' | 'copied' | 'dirty' | 'line' | 'cursor', string> {
  const cs = getComputedStyle(el);
  const get = (n: Parameters<typeof cssVarName>[0]): string => cs.getPropertyValue(cssVarName(n)).trim();
  return { pending: get('surface2'), copied: get('ok'), dirty: get('danger'), line: get('text'), cursor: get('focus') };
}

function draw(canvas: HTMLCanvasElement, s: AppState, width: number): void {
  const ctx = canvas.getContext('2d');
  const snap = s.snapshot;
  if (ctx === null || snap === null) return;
  const g = gridGeometry(width);
  if (canvas.width !== g.width) canvas.width = g.width;
  if (canvas.height !== g.height) canvas.height = g.height;
  const c = colours(canvas);
  const pages = snap.fleet.pages;
  const cursor = snap.fleet.cl.migration?.cursor ?? -1;
  ctx.clearRect(0, 0, g.width, g.height);
  for (let p = 0; p < pages.length; p++) {
    const { x, y, s: size } = cellRect(g, p);
    const state = pages[p];
    ctx.fillStyle = state === PAGE.copied ? c.copied : state === PAGE.dirty ? c.dirty : c.pending;
    ctx.fillRect(x + 0.5, y + 0.5, size - 1, size - 1);
    if (state === PAGE.dirty) {
      ctx.strokeStyle = c.line;
      ctx.beginPath();
      ctx.moveTo(x + 1, y + size - 1);
      ctx.lineTo(x + size - 1, y + 1);
      ctx.stroke();
    }
  }
  if (cursor >= 0 && cursor < pages.length) {
    const { x, y, s: size } = cellRect(g, cursor);
    ctx.strokeStyle = c.cursor;
    ctx.lineWidth = 2;
    ctx.strokeRect(x + 1, y + 1, size - 2, size - 2);
    ctx.lineWidth = 1;
  }
}

export function PageGrid({ width, label }: { width: number; label: string }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let frame = 0;
    const schedule = (s: AppState): void => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        if (ref.current !== null) draw(ref.current, s, width);
      });
    };
    schedule(useStore.getState());
    const unsub = useStore.subscribe(schedule);
    return () => {
      unsub();
      cancelAnimationFrame(frame);
    };
  }, [width]);
  const g = gridGeometry(width);
  return <canvas ref={ref} width={g.width} height={g.height} role="img" aria-label={label} data-testid="cl-grid" />;
}
