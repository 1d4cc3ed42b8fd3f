/**
 * The Gantt timeline on a canvas: redrawn in the app's frame loop from the store (no
 * React re-render per snapshot), with a long slice history kept here. Click a slice, or
 * focus the chart and use the arrow keys (Up/Down: pCPU, Left/Right: slice) and Enter,
 * to have the inspector explain that scheduling decision. The chart zooms and pans in the
 * view kit's ZoomPan, redrawn sharp at each zoom (labels and axis included); panned
 * sideways, it keeps its pCPU labels at the frame's left edge, over the slices.
 */
import { useEffect, useMemo, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import type { HostTopo } from '../../engine';
import { useT } from '../../i18n';
import { select, selectSelection, selectTheme, useStore } from '../../store';
import { pointOn } from '../shared/canvasZoom';
import { isActivationKey } from '../shared/keys';
import { useCanvasFrame } from '../shared/useCanvasFrame';
import { ZoomPan } from '../shared/ZoomPan';
import { drawGantt, ganttPalette, makeHatch, type Palette } from './drawGantt';
import { textWidth } from '../fitText';
import { ganttLayout, grownRowH, hitSlice, openSlices, pinnedLabels, shortLabel, type GanttLayout, type Slice } from './layoutCpu';
import { emptyHistory, mergeSlices, recentSlices } from './sliceHistory';

interface Props {
  host: HostTopo;
  width: number;
  span: number;
  /** The height the lens frame gives the chart (usePictureRoom): its rows grow into it. Null: their own height. */
  room: number | null;
}

function selectSlice(s: Slice): void {
  select({ kind: 'cpuSlice', index: s.n, pcpu: s.pcpu, ent: s.ent, start: s.start, end: s.end, why: s.why, endWhy: s.endWhy, detail: s.detail, mig: s.mig });
}

export function GanttCanvas(props: Props) {
  const t = useT();
  return (
    <ZoomPan label={t('cpu.gantt.title', { host: props.host.name })} picture testid="cpu-zoom">
      <GanttChart {...props} />
    </ZoomPan>
  );
}

let measurer: CanvasRenderingContext2D | null | undefined;

/** The width of a canvas text at fontPx (an estimate where a canvas cannot measure). */
function measure(text: string, fontPx: number): number {
  if (measurer === undefined) measurer = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (measurer === null) return textWidth(text, fontPx);
  measurer.font = `${fontPx}px system-ui, sans-serif`;
  return measurer.measureText(text).width;
}

/** Where the label column goes now, and its scale: at the zoom frame's left edge when the chart is panned sideways (0 outside a frame). */
function pinFor(canvas: HTMLCanvasElement, layout: GanttLayout): { x: number; k: number } {
  const frame = canvas.closest('.zoom-frame');
  if (frame === null) return { x: 0, k: 1 };
  const c = canvas.getBoundingClientRect();
  const zoom = canvas.offsetWidth > 0 ? c.width / canvas.offsetWidth : 1;
  return pinnedLabels(layout, frame.getBoundingClientRect().left + frame.clientLeft, c.left + canvas.clientLeft * zoom, zoom, frame.clientWidth);
}

/** The chart itself, inside its zoom frame (it draws for the frame's zoom). */
function GanttChart({ host, width, span, room }: Props) {
  const t = useT();
  const big = useStore(selectTheme) === 'projector';
  // Projector mode: taller rows and larger type so the back row can read the chart; elsewhere 14 px.
  const fontPx = big ? 17 : 14;
  const layout = useMemo(() => {
    // Rows as tall as the room in the lens frame allows (capped), never shorter than the theme's own.
    const rowH = grownRowH(host, width, room, big ? 40 : host.pcpuCount <= 8 ? 30 : 24);
    // The label column as wide as its widest label (after the 14 px of brackets, and a gap before the slices).
    const widest = Math.max(0, ...ganttLayout(host, width, rowH).rows.map((r) => measure(t('cpu.gantt.row', { n: r.local, s: r.socket, c: r.core, t: r.thread }), fontPx)));
    return ganttLayout(host, width, rowH, Math.max(big ? 170 : 128, Math.ceil(widest) + 20));
  }, [host, width, room, big, fontPx, t]);
  // Where the label column was last drawn: a click on it is not a click on the slice it covers.
  const pin = useRef({ x: 0, k: 1 });
  // What the column was placed for: the backing store's size and the layout (a zoom resizes the
  // one, a language or host changes the other); '' once the frame is panned or resized. It is
  // measured only when this changes, not at every frame (a measure right after the page changed
  // lays the page out there and then).
  const pinnedAt = useRef('');
  const history = useRef(emptyHistory());
  const visible = useRef<Slice[]>([]);
  const focus = useRef<{ row: number; slice: Slice | null }>({ row: 0, slice: null });
  const paint = useRef<{ theme: string; palette: Palette | null; hatch: CanvasPattern | null }>({ theme: '', palette: null, hatch: null });

  const { ref, redraw } = useCanvasFrame(
    ({ ctx, snap, state, theme, pixelRatio }) => {
      const p = paint.current;
      // A new layout (another language's label widths, another host) moves the column even when the canvas keeps its size.
      const size = `${ctx.canvas.width}x${ctx.canvas.height}|${layout.plotX}|${layout.width}`;
      if (pinnedAt.current !== size) {
        pinnedAt.current = size;
        pin.current = pinFor(ctx.canvas, layout);
        ctx.canvas.setAttribute('data-pin-x', pin.current.x.toFixed(1));
        ctx.canvas.setAttribute('data-pin-w', (layout.plotX * pin.current.k).toFixed(1));
      }
      if (p.palette === null || p.theme !== theme) {
        p.theme = theme;
        p.palette = ganttPalette(theme);
        p.hatch = makeHatch(ctx, p.palette.hatch);
      }
      mergeSlices(history.current, snap);
      const slices = [...recentSlices(history.current, snap.tick - span), ...openSlices(snap)];
      visible.current = slices;
      const sel = state.selection;
      const labels = {
        pcpu: (r: { local: number; socket: number; core: number; thread: number }) => t('cpu.gantt.row', { n: r.local, s: r.socket, c: r.core, t: r.thread }),
        axis: (ms: number) => (span >= 4000 ? `${(ms / 1000).toFixed(0)} s` : `${(ms / 1000).toFixed(1)} s`),
      };
      drawGantt(ctx, { snap, layout, slices, span, palette: p.palette, labels, fontPx, pin: pin.current, selected: sel?.kind === 'cpuSlice' ? sel.index : null, focused: focus.current.slice, hatch: p.hatch }, pixelRatio);
    },
    { width: layout.width, height: layout.height, deps: [layout, span, t, big] },
  );

  // A pan of the zoom frame moves the label column with it (the frame scrolls; the chart is redrawn for it).
  useEffect(() => {
    const frame = ref.current?.closest('.zoom-frame');
    if (frame === null || frame === undefined) return undefined;
    const moved = (): void => {
      pinnedAt.current = '';
      redraw();
    };
    frame.addEventListener('scroll', moved, { passive: true });
    const ro = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(moved);
    ro?.observe(frame);
    return () => {
      frame.removeEventListener('scroll', moved);
      ro?.disconnect();
    };
  }, [ref, redraw]);

  /** Up/Down choose a pCPU row, Left/Right a slice in it, Enter or Space explains it. */
  const onKey = (ev: KeyboardEvent<HTMLCanvasElement>): void => {
    const f = focus.current;
    const rows = layout.rows;
    const inRow = (row: number): Slice[] => visible.current.filter((s) => s.pcpu === rows[row]?.pcpu);
    if (ev.key === 'ArrowUp' || ev.key === 'ArrowDown') {
      f.row = Math.max(0, Math.min(rows.length - 1, f.row + (ev.key === 'ArrowUp' ? -1 : 1)));
      f.slice = inRow(f.row).at(-1) ?? null;
    } else if (ev.key === 'ArrowLeft' || ev.key === 'ArrowRight') {
      const list = inRow(f.row);
      const i = f.slice === null ? list.length : list.findIndex((s) => s.n === f.slice?.n);
      f.slice = list[Math.max(0, Math.min(list.length - 1, (i < 0 ? list.length : i) + (ev.key === 'ArrowLeft' ? -1 : 1)))] ?? null;
    } else if (isActivationKey(ev.key) && f.slice !== null) {
      selectSlice(f.slice);
    } else {
      return;
    }
    ev.preventDefault();
    redraw();
  };

  const sliceAt = (ev: MouseEvent<HTMLCanvasElement>): Slice | null => {
    const snap = useStore.getState().snapshot;
    if (snap === null) return null;
    const at = pointOn(ev.currentTarget, ev);
    if (at.x < pin.current.x + layout.plotX * pin.current.k) return null;
    return hitSlice(layout, visible.current, snap.tick + 1, span, at.x, at.y);
  };

  /** A native tooltip naming the slice under the pointer (who, when, how long). */
  const onMove = (ev: MouseEvent<HTMLCanvasElement>): void => {
    const snap = useStore.getState().snapshot;
    const s = sliceAt(ev);
    ev.currentTarget.title = s === null || snap === null ? '' : t('cpu.gantt.tip', { who: shortLabel(snap, s.ent), start: s.start, end: Math.min(s.end, snap.tick + 1), ms: Math.min(s.end, snap.tick + 1) - s.start });
  };

  const onClick = (ev: MouseEvent<HTMLCanvasElement>): void => {
    const s = sliceAt(ev);
    if (s !== null) selectSlice(s);
  };

  const snapLabel = useStore((s) => {
    const sel = selectSelection(s);
    return sel?.kind === 'cpuSlice' && s.snapshot !== null ? shortLabel(s.snapshot, sel.ent) : '';
  });

  return (
    <canvas
      ref={ref}
      className="cpu-gantt"
      data-testid="cpu-gantt"
      tabIndex={0}
      role="img"
      aria-label={t('cpu.gantt.label', { host: host.name, selected: snapLabel })}
      style={{ width: layout.width, height: layout.height }}
      data-row-h={layout.rows[0]?.h}
      onClick={onClick}
      onMouseMove={onMove}
      onKeyDown={onKey}
    />
  );
}
