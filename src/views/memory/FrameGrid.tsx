/**
 * The host frame grid: thousands of frames drawn to a canvas through ImageData (see
 * paintGrid.ts for the cell patterns), redrawn in the app's frame loop straight from the
 * store, never through React, and only where frames changed. Arrow keys or the pointer
 * move a cursor whose frame is described in text (a few times a second); frames touched
 * by the translation walk are outlined. The grid zooms and pans in the view kit's ZoomPan:
 * the image is kept at one pixel per CSS pixel and copied up to the zoomed canvas without
 * smoothing, so cells stay crisp and the outlines are drawn at the zoomed resolution.
 */
import { useMemo, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import { useT } from '../../i18n';
import { useStore } from '../../store';
import { pointOn } from '../shared/canvasZoom';
import { tokenColour, tokenRgba } from '../shared/colours';
import { ownerSlot, VM_TOKENS } from '../shared/palette';
import { useCanvasFrame } from '../shared/useCanvasFrame';
import { useSnapshot } from '../shared/useSnapshot';
import { ZoomPan } from '../shared/ZoomPan';
import { describeFrame } from './describe';
import { frameAt, gridGeometry, type GridGeometry } from './layoutMemory';
import { GridPainter, type GridColours } from './paintGrid';
import { useGridRoom } from './useGridRoom';
import { sameWarming, warming, warmingWords } from './warming';

/** The grid's tallest, where the lens frame has room for more (a desktop: the picture first). */
const MAX_HEIGHT = 640;

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

/**
 * Copy the image's rows [y0, y1) to the canvas at its pixel ratio, cell edges crisp. The copy
 * is clipped to whole canvas pixels, so a partial update leaves no seam at a fractional ratio.
 */
function blit(ctx: CanvasRenderingContext2D, src: HTMLCanvasElement, ratio: number, y0: number, y1: number): void {
  const c = ctx.canvas;
  const top = Math.max(0, Math.floor(y0 * ratio));
  const h = Math.min(c.height, Math.ceil(y1 * ratio)) - top;
  if (h <= 0) return;
  ctx.save();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.beginPath();
  ctx.rect(0, top, c.width, h);
  ctx.clip();
  ctx.clearRect(0, top, c.width, h);
  ctx.imageSmoothingEnabled = false;
  ctx.drawImage(src, 0, 0, src.width * ratio, src.height * ratio);
  ctx.restore();
}

interface Painting {
  painter: GridPainter | null;
  img: ImageData | null;
  /** The image on a canvas of its own, to be copied up to the zoomed one. */
  src: HTMLCanvasElement | null;
  rings: string;
}

export function FrameGrid(props: Props) {
  const t = useT();
  const [cursor, setCursor] = useState(-1);
  const text = useSnapshot((s) => (cursor >= 0 ? describeFrame(s, props.host, cursor, t) : ''), 4) ?? '';
  // As tall as the lens frame leaves room for, so the whole grid and its zoom controls are in view.
  const wrap = useRef<HTMLDivElement | null>(null);
  const room = useGridRoom(wrap);
  const maxHeight = room === null ? MAX_HEIGHT : Math.min(MAX_HEIGHT, room);
  return (
    <div ref={wrap} className="mem-grid" data-picture data-drawing>
      <ZoomPan label={t('memory.grid.title', { host: props.hostName })} testid="memory-zoom">
        <GridCanvas {...props} maxHeight={maxHeight} cursor={cursor} onCursor={setCursor} />
      </ZoomPan>
      <Warming host={props.host} />
      <p className="mem-cursor" aria-live="polite" data-testid="memory-cursor">
        {text}
      </p>
    </div>
  );
}

/** Over the grid while it is all but empty because the guests are still booting: why, and for how long. */
function Warming({ host }: { host: number }) {
  const t = useT();
  const w = useSnapshot((s) => warming(s, host), 4, sameWarming);
  if (w === null || w === undefined) return null;
  const says = warmingWords(w);
  return (
    <p className="mem-warming" data-testid="memory-warming">
      {t(says.key, says.params)}
    </p>
  );
}

/** The canvas itself, inside its zoom frame (it draws for the frame's zoom). */
function GridCanvas({ host, hostName, width, maxHeight, marks, focusVm, cursor, onCursor: setCursor }: Props & { maxHeight: number; cursor: number; onCursor: Dispatch<SetStateAction<number>> }) {
  const t = useT();
  const frames = useStore((s) => s.snapshot?.memory.hosts[host]?.frames ?? 0);
  const g = useMemo(() => gridGeometry(frames, width, maxHeight), [frames, width, maxHeight]);
  const painting = useRef<Painting>({ painter: null, img: null, src: null, rings: '' });
  const rings = useMemo(() => (cursor >= 0 ? [...marks, cursor] : marks), [marks, cursor]);

  const { ref } = useCanvasFrame(
    ({ ctx, snap, theme, pixelRatio, resized }) => {
      const h = snap.memory.hosts[host];
      if (h === undefined || g.width === 0) return;
      const p = painting.current;
      if (p.img === null || p.src === null || p.img.width !== g.width || p.img.height !== g.height) {
        p.img = ctx.createImageData(g.width, g.height);
        p.painter = new GridPainter(p.img);
        p.src = document.createElement('canvas');
        p.src.width = g.width;
        p.src.height = g.height;
      }
      const src = p.src.getContext('2d');
      if (src === null) return;
      const pal: GridColours = { vm: VM_TOKENS.map((n) => tokenRgba(n, theme)), many: tokenRgba('memMany', theme), free: tokenRgba('memFree', theme), mark: tokenRgba('memMark', theme) };
      const key = `${theme}|${g.cols}x${g.cell}|${focusVm}|${snap.topology.rev}|${host}`;
      const ringKey = rings.join(',');
      const dirty = p.painter?.paint(h, g, pal, focusVm, (o) => ownerSlot(snap.topology, o), key) ?? null;
      if (dirty !== null) src.putImageData(p.img, 0, 0, 0, dirty[0], g.width, dirty[1] - dirty[0]);
      if (ringKey !== p.rings || resized) {
        // The rings moved (or the canvas was resized for a zoom): copy the whole image to wipe the old ones.
        p.rings = ringKey;
        blit(ctx, p.src, pixelRatio, 0, g.height);
      } else if (dirty !== null) {
        blit(ctx, p.src, pixelRatio, dirty[0], dirty[1]);
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
    <canvas
      ref={ref}
      style={{ width: g.width, height: g.height }}
      tabIndex={0}
      data-testid="memory-grid"
      data-frames={frames}
      aria-label={t('memory.grid.title', { host: hostName })}
      onKeyDown={onKey}
      onPointerMove={(e) => {
        const at = pointOn(e.currentTarget, e);
        setCursor(frameAt(g, frames, at.x, at.y));
      }}
    />
  );
}
