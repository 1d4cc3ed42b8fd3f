/**
 * Draws the Gantt chart onto a 2-D canvas: one row per pCPU grouped by core and socket
 * (a bracket pairs sibling hyperthreads), one rectangle per slice coloured by VM and
 * labelled with the vCPU when wide enough, hatching where both siblings of a core were
 * busy at once (each thread then ran at about 62 %), a time axis, and outlines for the
 * selected and the keyboard-focused slice. Called in the app's frame loop only.
 *
 * Text is the costly part of a canvas frame, and at top speed a frame holds a hundred
 * labelled slices. So what does not move is drawn once and copied: the rows' bands (one
 * background per layout and theme), the column of row labels and brackets (one bitmap,
 * drawn over the slices at `pin`, so a chart panned sideways keeps its labels at the
 * frame's edge) and each entity's label (one small bitmap per entity, cropped to the
 * slice it sits in).
 */
import { scaleLinear } from 'd3';
import { END, type Snapshot } from '../../engine';
import type { ThemeName } from '../../store';
import { tokenColour, tokenColours } from '../shared/colours';
import { ownerSlot, VM_TOKENS } from '../shared/palette';
import { ownerIndex, shortLabel, xOf, type GanttLayout, type Slice } from './layoutCpu';

/** The chart's colours in a theme (a canvas cannot read CSS variables). */
export function ganttPalette(theme: ThemeName) {
  return {
    vm: VM_TOKENS.map((n) => tokenColour(n, theme)),
    ...tokenColours({ text: 'text', muted: 'textMuted', border: 'border', surface: 'surface', surface2: 'surface2', hatch: 'ganttHatch', focus: 'focus', accent: 'accent', costop: 'stateCostop' }, theme),
  };
}
export type Palette = ReturnType<typeof ganttPalette>;

/** A bitmap to copy from: drawn once, at the screen's pixel ratio. */
interface Sprite {
  canvas: HTMLCanvasElement;
  /** Size in CSS pixels. */
  w: number;
  h: number;
  ratio: number;
}

function sprite(w: number, h: number, ratio: number, paint: (g: CanvasRenderingContext2D) => void): Sprite | null {
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.ceil(w * ratio));
  canvas.height = Math.max(1, Math.ceil(h * ratio));
  const g = canvas.getContext('2d');
  if (g === null) return null;
  g.setTransform(ratio, 0, 0, ratio, 0, 0);
  paint(g);
  return { canvas, w, h, ratio };
}

/** Per-entity owner slot and label bitmap, made once per topology, look and row height. */
interface EntityInfo {
  slot: number;
  label: Sprite | null;
}
const entityCache = new WeakMap<object, Map<string, EntityInfo>>();

function entityInfo(f: GanttFrame, e: number, rowH: number, ratio: number): EntityInfo {
  const { snap, palette, fontPx } = f;
  let byEnt = entityCache.get(snap.topology);
  if (byEnt === undefined) {
    byEnt = new Map();
    entityCache.set(snap.topology, byEnt);
  }
  const key = `${e}|${fontPx}|${rowH}|${ratio}|${palette.text}|${palette.surface2}`;
  let info = byEnt.get(key);
  if (info === undefined) {
    const text = shortLabel(snap, e);
    const font = `${fontPx}px system-ui, sans-serif`;
    const measure = document.createElement('canvas').getContext('2d');
    if (measure !== null) measure.font = font;
    const w = (measure?.measureText(text).width ?? text.length * fontPx * 0.6) + 6;
    // As tall as the row's slice less a margin, but no taller than its text needs (a grown row keeps a label, not a block).
    const h = Math.min(rowH - 8, Math.ceil(fontPx * 1.6));
    const label = sprite(w, h, ratio, (g) => {
      g.fillStyle = palette.surface2;
      g.fillRect(0, 0, w, h);
      g.fillStyle = palette.text;
      g.font = font;
      g.textBaseline = 'middle';
      g.fillText(text, 3, h / 2);
    });
    info = { slot: ownerSlot(snap.topology, ownerIndex(snap, e)), label };
    byEnt.set(key, info);
  }
  return info;
}

/** The rows' bands, and the column of their labels with the core brackets: one bitmap each per layout and look. */
const backgrounds = new WeakMap<GanttLayout, { key: string; bg: Sprite | null; column: Sprite | null }>();

function backgroundsFor(f: GanttFrame, ratio: number): { bg: Sprite | null; column: Sprite | null } {
  const key = `${ratio}|${f.fontPx}|${f.palette.text}|${f.palette.surface}|${f.palette.surface2}|${f.palette.border}|${f.labels.pcpu({ local: 0, socket: 0, core: 0, thread: 0 })}`;
  const known = backgrounds.get(f.layout);
  if (known !== undefined && known.key === key) return known;
  const { layout } = f;
  const bg = sprite(layout.width, layout.height, ratio, (g) => drawBands(g, f));
  const column = sprite(layout.plotX, rowsBottom(layout), ratio, (g) => drawLabelColumn(g, f));
  const made = { key, bg, column };
  backgrounds.set(layout, made);
  return made;
}

/** Where the last row ends (the time axis is under it). */
function rowsBottom(layout: GanttLayout): number {
  const last = layout.rows.at(-1);
  return last === undefined ? 0 : last.y + last.h + 2;
}

export interface GanttFrame {
  snap: Snapshot;
  layout: GanttLayout;
  slices: readonly Slice[];
  span: number;
  palette: Palette;
  labels: { pcpu: (r: { local: number; socket: number; core: number; thread: number }) => string; axis: (ms: number) => string };
  selected: number | null;
  focused: Slice | null;
  hatch: CanvasPattern | null;
  fontPx: number;
  /** Where the column of row labels is drawn (x) and its scale: 0 and 1, or at the frame's left edge when the chart is panned sideways (pinnedLabels). */
  pin: { x: number; k: number };
}

export function makeHatch(ctx: CanvasRenderingContext2D, colour: string): CanvasPattern | null {
  const c = document.createElement('canvas');
  c.width = 6;
  c.height = 6;
  const g = c.getContext('2d');
  if (g === null) return null;
  g.strokeStyle = colour;
  g.lineWidth = 1.5;
  g.beginPath();
  g.moveTo(0, 6);
  g.lineTo(6, 0);
  g.stroke();
  return ctx.createPattern(c, 'repeat');
}

export function drawGantt(ctx: CanvasRenderingContext2D, f: GanttFrame, ratio = 1): void {
  const { layout, palette, snap, span } = f;
  const t1 = snap.tick + 1;
  ctx.clearRect(0, 0, layout.width, layout.height);
  ctx.font = `${f.fontPx}px system-ui, sans-serif`;
  ctx.textBaseline = 'middle';
  const { bg, column } = backgroundsFor(f, ratio);
  if (bg === null) drawBands(ctx, f);
  else ctx.drawImage(bg.canvas, 0, 0, layout.width, layout.height);
  const byRow = new Map<number, Slice[]>();
  for (const s of f.slices) {
    if (s.end <= t1 - span || s.start > t1) continue;
    const list = byRow.get(s.pcpu);
    if (list === undefined) byRow.set(s.pcpu, [s]);
    else list.push(s);
  }
  for (const row of layout.rows) {
    for (const s of byRow.get(row.pcpu) ?? []) drawSlice(ctx, f, s, row.y, row.h, ratio);
  }
  drawSiblingHatch(ctx, f, byRow);
  ctx.fillStyle = palette.text;
  const nowX = xOf(layout, t1, span, t1);
  ctx.fillRect(nowX - 1, 0, 2, layout.height - 20);
  // The row labels over the slices, at the frame's edge when panned (a frozen first column, edged when it covers slices).
  const { x, k } = f.pin;
  ctx.save();
  ctx.translate(x, 0);
  if (column !== null && k === 1) ctx.drawImage(column.canvas, 0, 0, column.w, column.h);
  else drawLabelColumn(ctx, f, k);
  if (x > 0) {
    ctx.fillStyle = palette.border;
    ctx.fillRect(layout.plotX * k - 2, 0, 2, rowsBottom(layout));
  }
  ctx.restore();
  drawAxis(ctx, f);
}

function drawBands(ctx: CanvasRenderingContext2D, f: GanttFrame): void {
  const { layout, palette } = f;
  ctx.fillStyle = palette.surface2;
  for (const row of layout.rows) ctx.fillRect(layout.plotX, row.y + 1, layout.plotW, row.h - 2);
}

/**
 * The rows' labels and the brackets pairing a core's threads, on the chart's own background
 * (it hides the slices it is drawn over), `k` times the chart's size across (each row's label
 * stays at its row's middle).
 */
function drawLabelColumn(ctx: CanvasRenderingContext2D, f: GanttFrame, k = 1): void {
  const { layout, palette } = f;
  ctx.fillStyle = palette.surface;
  ctx.fillRect(0, 0, layout.plotX * k, rowsBottom(layout));
  ctx.font = `${f.fontPx * k}px system-ui, sans-serif`;
  ctx.textBaseline = 'middle';
  ctx.fillStyle = palette.text;
  for (const row of layout.rows) ctx.fillText(f.labels.pcpu(row), 14 * k, row.y + row.h / 2);
  ctx.strokeStyle = palette.border;
  ctx.lineWidth = 2 * k;
  for (const c of layout.cores) {
    if (c.h <= layout.rows[0]!.h) continue;
    ctx.beginPath();
    ctx.moveTo(9 * k, c.y + 3);
    ctx.lineTo(4 * k, c.y + 3);
    ctx.lineTo(4 * k, c.y + c.h - 3);
    ctx.lineTo(9 * k, c.y + c.h - 3);
    ctx.stroke();
  }
  ctx.font = `${f.fontPx}px system-ui, sans-serif`;
}

function drawSlice(ctx: CanvasRenderingContext2D, f: GanttFrame, s: Slice, y: number, h: number, ratio: number): void {
  const { layout, palette, snap, span } = f;
  const t1 = snap.tick + 1;
  const x0 = Math.max(layout.plotX, xOf(layout, t1, span, s.start));
  const x1 = Math.min(layout.plotX + layout.plotW, xOf(layout, t1, span, s.end));
  const w = Math.max(1, x1 - x0);
  const info = entityInfo(f, s.ent, h, ratio);
  ctx.fillStyle = palette.vm[info.slot] ?? palette.muted;
  ctx.fillRect(x0, y + 2, w, h - 4);
  const label = info.label;
  if (label !== null && w - 4 >= label.w) {
    // The label's bitmap (no text layout per frame), only where it fits whole: a name cut
    // mid-letter reads as a fault; the colour (and its key) still says whose slice it is.
    ctx.drawImage(label.canvas, 0, 0, label.w * label.ratio, label.canvas.height, x0 + 2, y + (h - label.h) / 2, label.w, label.h);
  }
  if (w > 6) drawEndMark(ctx, f, s, x1, y, h);
  const outline = f.selected === s.n ? palette.accent : f.focused !== null && f.focused.n === s.n ? palette.focus : null;
  if (outline !== null) {
    ctx.strokeStyle = outline;
    ctx.lineWidth = 3;
    ctx.strokeRect(x0 + 1.5, y + 1.5, w - 3, h - 3);
  }
}

/**
 * How a slice ended, at its right edge, so the chart tells preemption from blocking at a
 * glance: a notch for a preemption (slice over, BOOST, priority, vruntime), a red square
 * for a co-stop, a bar for a cap. Ending on I/O needs no mark.
 */
function drawEndMark(ctx: CanvasRenderingContext2D, f: GanttFrame, s: Slice, x1: number, y: number, h: number): void {
  const { palette } = f;
  if (s.endWhy === END.slice || s.endWhy === END.boostPreempt || s.endWhy === END.prioPreempt || s.endWhy === END.vruntime) {
    ctx.fillStyle = palette.text;
    ctx.beginPath();
    ctx.moveTo(x1, y + 3);
    ctx.lineTo(x1 - 5, y + h / 2);
    ctx.lineTo(x1, y + h - 3);
    ctx.closePath();
    ctx.fill();
  } else if (s.endWhy === END.costop) {
    ctx.fillStyle = palette.costop;
    ctx.fillRect(x1 - 6, y + h / 2 - 3, 6, 6);
  } else if (s.endWhy === END.cap) {
    ctx.fillStyle = palette.text;
    ctx.fillRect(x1 - 3, y + 2, 3, h - 4);
  }
}

/** Hatch the stretches where both hyperthreads of a core ran something. */
function drawSiblingHatch(ctx: CanvasRenderingContext2D, f: GanttFrame, byRow: Map<number, Slice[]>): void {
  const { layout, snap, span } = f;
  if (f.hatch === null) return;
  const t1 = snap.tick + 1;
  for (let i = 0; i + 1 < layout.rows.length; i++) {
    const a = layout.rows[i];
    const b = layout.rows[i + 1];
    if (a === undefined || b === undefined || a.thread !== 0 || b.thread !== 1) continue;
    const bs = byRow.get(b.pcpu) ?? [];
    ctx.fillStyle = f.hatch;
    // Slices of one row never overlap, so both lists are in time order: sweep them together.
    let j = 0;
    for (const sa of byRow.get(a.pcpu) ?? []) {
      while (j < bs.length && (bs[j]?.end ?? 0) <= sa.start) j++;
      for (let k = j; k < bs.length && (bs[k]?.start ?? Infinity) < sa.end; k++) {
        const sb = bs[k] as Slice;
        const lo = Math.max(sa.start, sb.start, t1 - span);
        const hi = Math.min(sa.end, sb.end, t1);
        if (hi <= lo) continue;
        const x0 = xOf(layout, t1, span, lo);
        const x1 = xOf(layout, t1, span, hi);
        ctx.fillRect(x0, a.y + a.h - 7, x1 - x0, 5);
        ctx.fillRect(x0, b.y + 2, x1 - x0, 5);
      }
    }
  }
}

/** The time axis: ticks under the plot, and as many of their labels as fit side by side (none cut at the chart's end). */
function drawAxis(ctx: CanvasRenderingContext2D, f: GanttFrame): void {
  const { layout, palette, snap, span } = f;
  const t1 = snap.tick + 1;
  const scale = scaleLinear().domain([t1 - span, t1]).range([layout.plotX, layout.plotX + layout.plotW]);
  const y = layout.height - f.fontPx;
  ctx.fillStyle = palette.muted;
  ctx.textAlign = 'center';
  let right = -Infinity;
  for (const t of scale.ticks(6)) {
    if (t < 0) continue;
    const x = scale(t);
    ctx.fillRect(x, y - 9, 1, 4);
    const text = f.labels.axis(t);
    const half = ctx.measureText(text).width / 2;
    const at = Math.min(x, layout.width - 2 - half);
    if (at - half < right + f.fontPx / 2) continue;
    ctx.fillText(text, at, y);
    right = at + half;
  }
  ctx.textAlign = 'start';
}
