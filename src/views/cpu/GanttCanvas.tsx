/**
 * The Gantt timeline on a canvas: subscribes to the store (no React re-render per
 * snapshot), keeps a long slice history, and redraws once per animation frame. Click a
 * slice, or focus the chart and use the arrow keys (Up/Down: pCPU, Left/Right: slice)
 * and Enter, to have the inspector explain that scheduling decision.
 */
import { useEffect, useMemo, useRef, type KeyboardEvent, type RefObject } from 'react';
import type { HostTopo } from '../../engine';
import { useT } from '../../i18n';
import { select, selectSelection, selectTheme, useStore } from '../../store';
import { readPalette } from './colours';
import { drawGantt, makeHatch } from './drawGantt';
import { ganttLayout, hitSlice, openSlices, shortLabel, type GanttLayout, type Slice } from './layoutCpu';
import { emptyHistory, mergeSlices, recentSlices } from './sliceHistory';

interface Props {
  host: HostTopo;
  width: number;
  span: number;
}

function selectSlice(s: Slice): void {
  select({ kind: 'cpuSlice', index: s.n, pcpu: s.pcpu, ent: s.ent, start: s.start, end: s.end, why: s.why, endWhy: s.endWhy, detail: s.detail, mig: s.mig });
}

interface Drawing {
  ref: RefObject<HTMLCanvasElement | null>;
  visible: RefObject<Slice[]>;
  request: RefObject<() => void>;
  onKey: (ev: KeyboardEvent<HTMLCanvasElement>) => void;
}

/** Subscribe to the store and redraw the chart in the next animation frame after each change. */
function useGanttDrawing(layout: GanttLayout, span: number, big: boolean): Drawing {
  const t = useT();
  const theme = useStore(selectTheme);
  const ref = useRef<HTMLCanvasElement | null>(null);
  const history = useRef(emptyHistory());
  const visible = useRef<Slice[]>([]);
  const focus = useRef<{ row: number; slice: Slice | null }>({ row: 0, slice: null });
  const request = useRef<() => void>(() => undefined);
  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d') ?? null;
    if (canvas === null || ctx === null) return;
    const dpr = window.devicePixelRatio || 1;
    canvas.width = Math.round(layout.width * dpr);
    canvas.height = Math.round(layout.height * dpr);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    const palette = readPalette(theme);
    const hatch = makeHatch(ctx, palette.hatch);
    let frame = 0;
    const labels = {
      pcpu: (r: { local: number; socket: number; core: number; thread: number }) => t('cpu.gantt.row', { n: r.local, s: r.socket, c: r.core, t: r.thread }),
      axis: (ms: number) => (span >= 4000 ? `${(ms / 1000).toFixed(0)} s` : `${(ms / 1000).toFixed(1)} s`),
    };
    const draw = (): void => {
      frame = 0;
      const state = useStore.getState();
      const snap = state.snapshot;
      if (snap === null) return;
      mergeSlices(history.current, snap);
      const slices = [...recentSlices(history.current, snap.tick - span), ...openSlices(snap)];
      visible.current = slices;
      const sel = state.selection;
      drawGantt(ctx, { snap, layout, slices, span, palette, labels, fontPx: big ? 17 : 12, selected: sel?.kind === 'cpuSlice' ? sel.index : null, focused: focus.current.slice, hatch });
    };
    request.current = () => {
      if (frame === 0) frame = requestAnimationFrame(draw);
    };
    request.current();
    const unsub = useStore.subscribe((s, prev) => {
      if (s.snapshot !== prev.snapshot || s.selection !== prev.selection) request.current();
    });
    return () => {
      unsub();
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [layout, span, t, theme, big]);
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
    } else if ((ev.key === 'Enter' || ev.key === ' ') && f.slice !== null) {
      selectSlice(f.slice);
    } else {
      return;
    }
    ev.preventDefault();
    request.current();
  };
  return { ref, visible, request, onKey };
}

export function GanttCanvas({ host, width, span }: Props) {
  const t = useT();
  const big = useStore(selectTheme) === 'projector';
  // Projector mode: taller rows and larger type so the back row can read the chart.
  const layout = useMemo(() => ganttLayout(host, width, big ? 40 : undefined, big ? 170 : undefined), [host, width, big]);
  const { ref, visible, onKey } = useGanttDrawing(layout, span, big);

  /** A native tooltip naming the slice under the pointer (who, when, how long). */
  const onMove = (ev: React.MouseEvent<HTMLCanvasElement>): void => {
    const snap = useStore.getState().snapshot;
    const r = ev.currentTarget.getBoundingClientRect();
    const s = snap === null ? null : hitSlice(layout, visible.current, snap.tick + 1, span, ev.clientX - r.left, ev.clientY - r.top);
    ev.currentTarget.title = s === null || snap === null ? '' : t('cpu.gantt.tip', { who: shortLabel(snap, s.ent), start: s.start, end: Math.min(s.end, snap.tick + 1), ms: Math.min(s.end, snap.tick + 1) - s.start });
  };

  const onClick = (ev: React.MouseEvent<HTMLCanvasElement>): void => {
    const snap = useStore.getState().snapshot;
    const r = ev.currentTarget.getBoundingClientRect();
    if (snap === null) return;
    const s = hitSlice(layout, visible.current, snap.tick + 1, span, ev.clientX - r.left, ev.clientY - r.top);
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
      onClick={onClick}
      onMouseMove={onMove}
      onKeyDown={onKey}
    />
  );
}
