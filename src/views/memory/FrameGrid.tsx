/**
 * The host frame grid: thousands of frames drawn to a canvas through ImageData, each
 * cell coloured by its owner VM and patterned by state (solid = one page, a centre
 * mark = shared copy-on-write, lower half only = compression cache, pale = free), so
 * state never depends on colour alone. It reads the store with `subscribe` and redraws
 * in requestAnimationFrame, never through React. Arrow keys or the pointer move a
 * cursor whose frame is described in text; frames touched by the translation walk are
 * outlined.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useT, type Translate } from '../../i18n';
import { selectTheme, useStore, type ThemeName } from '../../store';
import type { Snapshot } from '../../engine';
import { mix, tokenRgba } from './colors';
import { cssVarName } from '../../theme/tokens';
import { frameAt, gridGeometry, VM_TOKENS, type GridGeometry } from './layoutMemory';
import { describeFrame } from './describe';

const MAX_HEIGHT = 360;

interface Props {
  host: number;
  hostName: string;
  width: number;
  /** Frames to outline (the walk's current references). */
  marks: readonly number[];
  /** Dim every VM but this one (-1: none). */
  focusVm: number;
}

/** Token colours for `theme` (main.tsx writes a theme's tokens on <html> as soon as it is chosen). */
function palette(theme: ThemeName): { theme: ThemeName; vm: number[]; many: number; free: number; mark: number; focus: string } {
  const focus = getComputedStyle(document.documentElement).getPropertyValue(cssVarName('focus')).trim() || 'currentColor';
  return { theme, vm: VM_TOKENS.map((t) => tokenRgba(t)), many: tokenRgba('memMany'), free: tokenRgba('memFree'), mark: tokenRgba('memMark'), focus };
}

type Palette = ReturnType<typeof palette>;
let scratch: ImageData | null = null;

function paint(ctx: CanvasRenderingContext2D, pal: Palette, snap: Snapshot, host: number, g: GridGeometry, focusVm: number, marks: readonly number[]): void {
  const h = snap.memory.hosts[host];
  if (h === undefined || g.width === 0) return;
  // One ImageData per canvas size, reused: allocating ~0.3 MB per frame only feeds the GC.
  if (scratch === null || scratch.width !== g.width || scratch.height !== g.height) scratch = ctx.createImageData(g.width, g.height);
  const img = scratch;
  const px = new Uint32Array(img.data.buffer);
  const inner = g.cell - g.gap;
  for (let f = 0; f < h.frames; f++) {
    const st = h.st[f] ?? 0;
    const owner = h.owner[f] ?? -1;
    let c = st === 0 ? pal.free : owner === -2 ? pal.many : (pal.vm[owner % pal.vm.length] ?? pal.free);
    if (focusVm >= 0 && st !== 0 && owner !== focusVm) c = mix(c, pal.free, 0.7);
    const x0 = (f % g.cols) * g.cell;
    const y0 = Math.floor(f / g.cols) * g.cell;
    for (let y = 0; y < inner; y++) {
      const half = st === 3 && y < inner / 2;
      const row = (y0 + y) * g.width + x0;
      px.fill(half ? pal.free : c, row, row + inner);
    }
    if (st === 2 && inner >= 3) {
      const mid = Math.floor(inner / 2);
      px[(y0 + mid) * g.width + x0 + mid] = pal.mark;
      if (inner >= 6) px.fill(pal.mark, (y0 + mid) * g.width + x0 + mid - 1, (y0 + mid) * g.width + x0 + mid + 2);
    }
  }
  ctx.putImageData(img, 0, 0);
  ctx.lineWidth = 2;
  ctx.strokeStyle = pal.focus;
  // Small cells need a bigger marker than their own outline: a ring around the frame.
  const r = Math.max(7, g.cell);
  for (const f of marks) {
    if (f < 0 || f >= h.frames) continue;
    const cx = (f % g.cols) * g.cell + g.cell / 2;
    const cy = Math.floor(f / g.cols) * g.cell + g.cell / 2;
    ctx.strokeRect(cx - g.cell / 2 - 1, cy - g.cell / 2 - 1, g.cell + 2, g.cell + 2);
    ctx.beginPath();
    ctx.arc(cx, cy, r, 0, 2 * Math.PI);
    ctx.stroke();
  }
}

interface PaintArgs {
  host: number;
  g: GridGeometry;
  focusVm: number;
  marks: readonly number[];
  cursor: number;
  theme: ThemeName;
  t: Translate;
}

/** Repaint on every new snapshot, at most once per animation frame, straight from the store (no React render). */
function useGridPainter(ref: React.RefObject<HTMLCanvasElement | null>, a: PaintArgs, setText: (s: string) => void): void {
  const { host, g, focusVm, marks, cursor, theme, t } = a;
  useEffect(() => {
    let raf = 0;
    let dirty = true;
    // Token values change only with the theme: resolve them once per theme, not per frame.
    const pal = palette(theme);
    const draw = (): void => {
      raf = 0;
      const snap = useStore.getState().snapshot;
      const ctx = ref.current?.getContext('2d');
      if (snap === null || ctx === null || ctx === undefined || !dirty) return;
      dirty = false;
      paint(ctx, pal, snap, host, g, focusVm, cursor >= 0 ? [...marks, cursor] : marks);
      setText(cursor >= 0 ? describeFrame(snap, host, cursor, t) : '');
    };
    const request = (): void => {
      dirty = true;
      if (raf === 0) raf = requestAnimationFrame(draw);
    };
    request();
    const unsub = useStore.subscribe((s, prev) => {
      if (s.snapshot !== prev.snapshot) request();
    });
    return () => {
      unsub();
      if (raf !== 0) cancelAnimationFrame(raf);
    };
  }, [ref, setText, host, g, focusVm, marks, cursor, theme, t]);
}

export function FrameGrid({ host, hostName, width, marks, focusVm }: Props) {
  const t = useT();
  const ref = useRef<HTMLCanvasElement>(null);
  const theme = useStore(selectTheme);
  const frames = useStore((s) => s.snapshot?.memory.hosts[host]?.frames ?? 0);
  const g = useMemo(() => gridGeometry(frames, width, MAX_HEIGHT), [frames, width]);
  const [cursor, setCursor] = useState(-1);
  const [text, setText] = useState('');
  useGridPainter(ref, { host, g, focusVm, marks, cursor, theme, t }, setText);
  const move = (d: number): void => setCursor((c) => Math.max(0, Math.min(frames - 1, (c < 0 ? 0 : c) + d)));
  const onKey = (e: React.KeyboardEvent): void => {
    const step = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: g.cols, ArrowUp: -g.cols }[e.key];
    if (step === undefined) return;
    e.preventDefault();
    move(step);
  };
  return (
    <div className="mem-grid">
      <canvas
        ref={ref}
        width={g.width}
        height={g.height}
        tabIndex={0}
        data-testid="memory-grid"
        data-frames={frames}
        aria-label={t('memory.grid.title', { host: hostName })}
        onKeyDown={onKey}
        onPointerMove={(e) => {
          const r = e.currentTarget.getBoundingClientRect();
          setCursor(frameAt(g, frames, e.clientX - r.left, e.clientY - r.top));
        }}
      />
      <p className="mem-cursor" aria-live="polite" data-testid="memory-cursor">
        {text}
      </p>
    </div>
  );
}
