/**
 * The Cluster lens's instances panel, as data (pure, tested): per request, its phases
 * (queued, cloning, booting) as time spans up to now, where it landed and why, how long it
 * took to be ready, and the disk it takes; and the sentence comparing linked and full
 * clones from those same rows.
 */
import { TEMPLATES, type InstanceRecord, type Snapshot } from '../../engine';
import { textWidth } from '../fitText';

export interface Span {
  phase: 'queued' | 'cloning' | 'booting';
  from: number;
  to: number;
}

export interface InstanceRow {
  rec: InstanceRecord;
  spans: Span[];
  /** Seconds from request to ready, or null while not ready. */
  readyS: number | null;
  /** What a full clone would take on disk, and what this one saves (GiB). */
  fullGiB: number;
  savedGiB: number;
}

export function instanceRows(s: Snapshot): InstanceRow[] {
  const now = s.tick;
  return s.fleet.instances.map((rec) => {
    const end = (t: number): number => (t < 0 ? now : t);
    const spans: Span[] = [];
    spans.push({ phase: 'queued', from: rec.requestedAt, to: end(rec.startedAt) });
    if (rec.startedAt >= 0 && rec.state !== 'failed') spans.push({ phase: 'cloning', from: rec.startedAt, to: end(rec.addedAt) });
    if (rec.addedAt >= 0) spans.push({ phase: 'booting', from: rec.addedAt, to: end(rec.readyAt) });
    const fullGiB = TEMPLATES[rec.template].usedGiB;
    return {
      rec,
      spans: spans.filter((x) => x.to > x.from),
      readyS: rec.readyAt >= 0 ? (rec.readyAt - rec.requestedAt) / 1000 : null,
      fullGiB,
      savedGiB: rec.clone === 'linked' && rec.state !== 'failed' ? Math.max(0, fullGiB - rec.diskGiB) : 0,
    };
  });
}

const mean = (xs: number[]): number => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

/** The comparison sentence, from the rows: mean time to make the disk per clone kind, and the disk linked clones save. */
export function instancesSentence(rows: InstanceRow[]): { key: string; params: Record<string, string | number> } | null {
  const made = rows.filter((r) => r.rec.addedAt >= 0);
  const cloneS = (r: InstanceRow): number => (r.rec.addedAt - r.rec.startedAt) / 1000;
  const linked = made.filter((r) => r.rec.clone === 'linked');
  const full = made.filter((r) => r.rec.clone === 'full');
  if (linked.length === 0 || full.length === 0) return null;
  const saved = linked.reduce((n, r) => n + r.savedGiB, 0);
  return {
    key: 'instances.says',
    params: { linked: mean(linked.map(cloneS)).toFixed(1), full: mean(full.map(cloneS)).toFixed(1), n: linked.length, saved: saved.toFixed(1) },
  };
}

/** A request's line in the time line, in px of the drawing (drawn 1:1, so its labels are the size they say). */
export interface TimelineRow {
  name: string;
  y: number;
  bars: { phase: Span['phase']; x: number; w: number }[];
  tail: { x: number; text: string };
}

export interface TimelineLayout {
  width: number;
  height: number;
  /** The labels' size (px) and a line's height. */
  px: number;
  rowH: number;
  rows: TimelineRow[];
  /** The key: a swatch and its words per phase, on as many lines as the width needs. */
  legend: { phase: Span['phase']; x: number; y: number; text: string }[];
}

const PHASES = ['queued', 'cloning', 'booting'] as const;
const SWATCH = 10;

/**
 * The time line laid out to the width it is drawn in, at `px` labels (not a fixed drawing
 * scaled to its frame, whose 12-unit labels were 7.6 px on a phone): the names' column as
 * wide as the widest name, room after the bars for the widest tail (where it landed, how
 * long it took), the bars' scale what is left, and the key wrapped onto further lines when
 * the width is short. `tails[i]` is row i's tail, `keys` the phases' words.
 */
export function layoutTimeline(rows: readonly InstanceRow[], now: number, tails: readonly string[], keys: Readonly<Record<Span['phase'], string>>, width: number, px: number): TimelineLayout {
  const rowH = Math.round(px * 1.45);
  const gap = Math.round(px * 0.5);
  // Names are bold: a little wider than textWidth's estimate.
  const labelW = Math.ceil(Math.max(0, ...rows.map((r) => textWidth(r.rec.name, px) * 1.1))) + gap;
  const tailW = Math.ceil(Math.max(0, ...tails.map((s) => textWidth(s, px)))) + gap;
  const x0 = rows.length === 0 ? now : Math.min(...rows.map((r) => r.rec.requestedAt));
  const span = Math.max(10_000, now - x0);
  const scale = Math.max(0, width - labelW - tailW) / span;
  const laid: TimelineRow[] = rows.map((r, i) => {
    const bars = r.spans.map((s) => ({ phase: s.phase, x: labelW + (s.from - x0) * scale, w: Math.max(1, (s.to - s.from) * scale) }));
    const endX = labelW + ((r.spans.at(-1)?.to ?? r.rec.requestedAt) - x0) * scale;
    return { name: r.rec.name, y: i * rowH, bars, tail: { x: endX + gap / 2, text: tails[i] ?? '' } };
  });
  const legend: TimelineLayout['legend'] = [];
  let x = 0;
  let line = 0;
  for (const p of PHASES) {
    const w = SWATCH + 4 + textWidth(keys[p], px);
    if (x > 0 && x + w > width) {
      x = 0;
      line++;
    }
    legend.push({ phase: p, x, y: rows.length * rowH + line * rowH, text: keys[p] });
    x += w + px * 1.5;
  }
  return { width, height: rows.length * rowH + (line + 1) * rowH, px, rowH, rows: laid, legend };
}
