/**
 * The host frame grid: thousands of frames drawn to a canvas through ImageData (see
 * paintGrid.ts for the cell patterns), redrawn in the app's frame loop straight from the
 * store, never through React, and only where frames changed. Arrow keys or the pointer
 * move a cursor whose frame is described in text (a few times a second); frames touched
 * by the translation walk are outlined.
 */
import { useMemo, useRef, useState } from 'react';
import { useT } from '../../i18n';
import { useStore } from '../../store';
import { tokenColour, tokenRgba } from '../shared/colours';
import { ownerSlot, VM_TOKENS } from '../shared/palette';
import { useCanvasFrame } from '../shared/useCanvasFrame';
import { useSnapshot } from '../shared/useSnapshot';
import { describeFrame } from './describe';
import { frameAt, gridGeometry, type GridGeometry } from './layoutMemory';
import { GridPainter, type GridColours } from './paintGrid';

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

/** Outline the walk's frames and the cursor: small cells need a bigger marker than their own outline. */
function drawRings(ctx: CanvasRenderingContext2D, g: GridGeometry, frames: number, rings: readonly number[], colour: string): void {
  ctx.lineWidth = 2;
  ctx.strokeStyle = colour;
  const r = Math.max(7, g.cell);
  for (const f of rings) {
    if (f < 0 || f >= frames) continue;
    const cx = (f % g.cols) * g.cell + g.cell / 2;
    const cy = Math.floor(f / g.cols) * g.cell + g.cell / 2;
    ctx.strokeRect(cx - g.cell / 2 - 1, cy - g.cell / 2 - 1, g.cell + 2, g.cell + 2);
    ctx.beginPath();
    ctx.arc(cx, cy, r, 0, 2 * Math.PI);
    ctx.stroke();
  }
}

interface Painting {
  painter: GridPainter | null;
  img: ImageData | null;
  rings: string;
}

export function FrameGrid({ host, hostName, width, marks, focusVm }: Props) {
  const t = useT();
  const frames = useStore((s) => s.snapshot?.memory.hosts[host]?.frames ?? 0);
  const g = useMemo(() => gridGeometry(frames, width, MAX_HEIGHT), [frames, width]);
  const [cursor, setCursor] = useState(-1);
  const text = useSnapshot((s) => (cursor >= 0 ? describeFrame(s, host, cursor, t) : ''), 4) ?? '';
  const painting = useRef<Painting>({ painter: null, img: null, rings: '' });
  const rings = useMemo(() => (cursor >= 0 ? [...marks, cursor] : marks), [marks, cursor]);

  const { ref } = useCanvasFrame(
    ({ ctx, snap, theme }) => {
      const h = snap.memory.hosts[host];
      if (h === undefined || g.width === 0) return;
      const p = painting.current;
      if (p.img === null || p.img.width !== g.width || p.img.height !== g.height) {
        p.img = ctx.createImageData(g.width, g.height);
        p.painter = new GridPainter(p.img);
      }
      const pal: GridColours = { vm: VM_TOKENS.map((n) => tokenRgba(n, theme)), many: tokenRgba('memMany', theme), free: tokenRgba('memFree', theme), mark: tokenRgba('memMark', theme) };
      const key = `${theme}|${g.cols}x${g.cell}|${focusVm}|${snap.topology.rev}|${host}`;
      const ringKey = rings.join(',');
      const dirty = p.painter?.paint(h, g, pal, focusVm, (o) => ownerSlot(snap.topology, o), key) ?? null;
      if (ringKey !== p.rings) {
        // The rings moved: put the whole image back to wipe the old ones.
        p.rings = ringKey;
        ctx.putImageData(p.img, 0, 0);
      } else if (dirty !== null) {
        ctx.putImageData(p.img, 0, 0, 0, dirty[0], g.width, dirty[1] - dirty[0]);
      } else {
        return;
      }
      drawRings(ctx, g, h.frames, rings, tokenColour('focus', theme));
    },
    { width: g.width, height: g.height, pixelRatio: 1, deps: [g, host, focusVm, rings], redrawOn: (s, prev) => s.snapshot !== prev.snapshot || s.theme !== prev.theme },
  );

  const move = (d: number): void => setCursor((c) => Math.max(0, Math.min(frames - 1, (c < 0 ? 0 : c) + d)));
  const onKey = (e: React.KeyboardEvent): void => {
    const step = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: g.cols, ArrowUp: -g.cols }[e.key];
    if (step === undefined) return;
    e.preventDefault();
    move(step);
  };
  return (
    <div className="mem-grid" data-picture data-drawing>
      <canvas
        ref={ref}
        style={{ width: g.width, height: g.height }}
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
