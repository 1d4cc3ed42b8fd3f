/**
 * Where an array's load line goes, so that none of it is cut at the box's edge (the
 * projector's and a phone's large labels): the busy gauge, then "busy % · latency", then the
 * copy figures (copies coming in, a RAID disk rebuild). When they do not all fit after the
 * gauge, the copy figures move up to the title line (right-aligned, beside the title) if
 * there is room; then the gauge narrows (to 40 units), then it gives way (its % is in the words) and the words start where
 * it was; a line still too long ends with an ellipsis inside the box (the whole line is the
 * array's tooltip and is read out in the inspector). Estimated widths (fitText.ts), no DOM.
 */
import { fitText, textWidth } from '../fitText';
import type { ArrayBox } from './layoutStorage';

export interface LoadLine {
  /** Draw the gauge bar, `gaugeW` wide (the box's gauge, or narrowed so the words fit after it). */
  gauge: boolean;
  gaugeW: number;
  /** Where the load line's words start, and the words. */
  x: number;
  line: string;
  /** The copy figures, when they sit on the title line (right-aligned at `titleEndX`). */
  titleExtras: string | null;
  titleEndX: number;
}

/** Bold text runs wider than the estimate's regular advance. */
const BOLD = 1.08;
const GAP = 6;
/** The narrowest gauge still drawn (drawing units) before it gives way to the words. */
const MIN_GAUGE = 40;

export function placeLoadLine(box: ArrayBox, title: string, main: string, extras: string, titlePx: number, linePx: number): LoadLine {
  const right = box.x + box.w - 8;
  const afterGauge = box.gauge.x + box.gauge.w + GAP;
  const whole = extras === '' ? main : `${main}  ${extras}`;
  const fits = (x: number, s: string): boolean => x + textWidth(s, linePx) <= right;
  const base = { titleEndX: right, gaugeW: box.gauge.w };
  if (fits(afterGauge, whole)) return { ...base, gauge: true, x: afterGauge, line: whole, titleExtras: null };
  const titleRoom = right - (box.x + 8 + textWidth(title, titlePx) * BOLD + 2 * GAP);
  const up = extras !== '' && textWidth(extras, linePx) <= titleRoom ? extras : null;
  const line = up === null ? whole : main;
  if (fits(afterGauge, line)) return { ...base, gauge: true, x: afterGauge, line, titleExtras: up };
  // A narrower gauge keeps the words beside it, clear of the bar's labels above (the projector's labels are taller than the gap).
  const narrow = Math.floor(right - textWidth(line, linePx) - GAP - box.gauge.x);
  if (narrow >= MIN_GAUGE) return { ...base, gauge: true, gaugeW: narrow, x: box.gauge.x + narrow + GAP, line, titleExtras: up };
  return { ...base, gauge: false, x: box.gauge.x, line: fitText(line, right - box.gauge.x, linePx), titleExtras: up };
}
