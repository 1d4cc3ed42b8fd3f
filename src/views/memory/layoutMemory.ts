/**
 * Pure geometry and arithmetic for the memory lens: how the frame grid fits a width
 * (cell size, columns, which frame is under a point), each VM's stacked bar (configured
 * memory split into private, shared, compressed, swapped, ballooned, never touched),
 * the host gauge (free memory on a log scale with the ESXi thresholds marked), and the
 * history sparkline path (D3 for the maths only).
 */
import { area, line, scaleLinear, scaleLog, stack } from 'd3';
import { READ_MIN_PX } from '../shared/labels';

export interface GridGeometry {
  cols: number;
  rows: number;
  cell: number;
  gap: number;
  width: number;
  height: number;
}

/** The largest whole-pixel cell that fits `frames` cells into width x maxHeight (at least 2 px). */
export function gridGeometry(frames: number, width: number, maxHeight: number): GridGeometry {
  const w = Math.max(40, Math.floor(width));
  let cell = 24;
  for (; cell > 2; cell--) {
    const cols = Math.floor(w / cell);
    if (Math.ceil(frames / cols) * cell <= maxHeight) break;
  }
  const cols = Math.max(1, Math.floor(w / cell));
  const rows = Math.ceil(frames / cols);
  return { cols, rows, cell, gap: cell >= 6 ? 1 : 0, width: cols * cell, height: rows * cell };
}

/** The frame under (x, y) in grid pixels, or -1. */
export function frameAt(g: GridGeometry, frames: number, x: number, y: number): number {
  if (x < 0 || y < 0 || x >= g.width || y >= g.height) return -1;
  const f = Math.floor(y / g.cell) * g.cols + Math.floor(x / g.cell);
  return f < frames ? f : -1;
}


export const PARTS = ['resident', 'shared', 'compressed', 'swapped', 'ballooned', 'untouched'] as const;
export type Part = (typeof PARTS)[number];

export interface Segment {
  part: Part;
  x: number;
  w: number;
  pages: number;
}

/** A VM's configured memory as a stacked bar of `width` px, one segment per page state. */
export function vmSegments(counts: Readonly<Record<Part, number>>, pages: number, width: number): Segment[] {
  const sx = scaleLinear().domain([0, Math.max(1, pages)]).range([0, width]);
  let at = 0;
  return PARTS.map((part) => {
    const n = counts[part];
    const seg = { part, x: sx(at), w: sx(at + n) - sx(at), pages: n };
    at += n;
    return seg;
  });
}

/**
 * The gauge's and its strip's labels: three quarters of the body text, so 14 px or more on the
 * projector, and never under the view kit's floor for a drawing read on a laptop, a desktop
 * or a tablet (the body's 14 px gave 10 px). Both are drawn 1 unit = 1 px.
 */
export const GAUGE_LABEL = `max(${READ_MIN_PX}px, calc(var(--vl-font-size) * 0.72))`;

/** Gauge thresholds as multiples of minFree, high to low (DOMAIN.md: 400, 100, 64, 32, 16 %). */
export const GAUGE_MARKS = [4, 1, 0.64, 0.32, 0.16] as const;

/** x of a free-memory value (as a multiple of minFree) on a log gauge from 8 % to 800 %. */
export function gaugeX(ratio: number, width: number): number {
  const s = scaleLog().domain([0.08, 8]).range([0, width]).clamp(true);
  return s(Math.max(0.08, ratio));
}

/** An SVG path for a series of values in [0, max] across width x height. */
export function sparkPath(values: readonly number[], max: number, width: number, height: number): string {
  if (values.length < 2) return '';
  const x = scaleLinear().domain([0, values.length - 1]).range([0, width]);
  const y = scaleLinear().domain([0, Math.max(1, max)]).range([height, 0]);
  return line<number>((_, i) => x(i), (v) => y(v))(values as number[]) ?? '';
}

/** One history sample of a VM, in pages by part. */
export type PartSample = Readonly<Record<Part, number>>;

const drawn = new WeakMap<PartSample, { n: number; total: number; width: number; height: number; areas: { part: Part; d: string }[] }>();

/**
 * stackedAreas, computed once per history state: a history that has not grown since (the same
 * newest sample and length, the same total) gives the paths it gave before. The lens
 * re-renders every VM's row at each update, and most histories gain a sample only every 250 ms.
 */
export function stackedAreasOnce(samples: readonly PartSample[], total: number, width: number, height: number): { part: Part; d: string }[] {
  const last = samples.at(-1);
  if (last === undefined) return [];
  const was = drawn.get(last);
  if (was !== undefined && was.n === samples.length && was.total === total && was.width === width && was.height === height) return was.areas;
  const areas = stackedAreas(samples, total, width, height);
  drawn.set(last, { n: samples.length, total, width, height, areas });
  return areas;
}

/** Stacked areas (one SVG path per part, bottom first) of samples over width x height, for `total` pages. */
export function stackedAreas(samples: readonly PartSample[], total: number, width: number, height: number): { part: Part; d: string }[] {
  if (samples.length < 2) return [];
  const x = scaleLinear().domain([0, samples.length - 1]).range([0, width]);
  const y = scaleLinear().domain([0, Math.max(1, total)]).range([height, 0]);
  const series = stack<PartSample, Part>().keys(PARTS)(samples as PartSample[]);
  const shape = area<[number, number]>()
    .x((_, i) => x(i))
    .y0((p) => y(p[0]))
    .y1((p) => y(p[1]));
  return series.map((s) => ({ part: s.key, d: shape(s.map((p) => [p[0], p[1]] as [number, number])) ?? '' }));
}
