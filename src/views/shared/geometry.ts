/**
 * Geometry shared by every lens layout: points, sizes and rectangles in drawing units
 * (CSS pixels of the unscaled drawing), and the few operations layouts and hit tests
 * need. Pure: layouts compute these in Node tests, views only draw them.
 */

export interface Point {
  x: number;
  y: number;
}

export interface Size {
  w: number;
  h: number;
}

export interface Rect extends Point, Size {}

export type Edge = 'top' | 'bottom' | 'left' | 'right';

/** The middle of one edge of `r` (where a connecting line meets it). */
export function anchor(r: Rect, edge: Edge): Point {
  if (edge === 'top') return { x: r.x + r.w / 2, y: r.y };
  if (edge === 'bottom') return { x: r.x + r.w / 2, y: r.y + r.h };
  if (edge === 'left') return { x: r.x, y: r.y + r.h / 2 };
  return { x: r.x + r.w, y: r.y + r.h / 2 };
}

export function centre(r: Rect): Point {
  return { x: r.x + r.w / 2, y: r.y + r.h / 2 };
}

/** Whether (x, y) lies inside `r` (edges included on the top-left, excluded on the bottom-right). */
export function contains(r: Rect, x: number, y: number): boolean {
  return x >= r.x && y >= r.y && x < r.x + r.w && y < r.y + r.h;
}

/** `r` shrunk by `d` on every side (grown when d < 0); never narrower than 0. */
export function inset(r: Rect, d: number): Rect {
  return { x: r.x + d, y: r.y + d, w: Math.max(0, r.w - 2 * d), h: Math.max(0, r.h - 2 * d) };
}

/** `r` moved by (dx, dy). */
export function offset(r: Rect, dx: number, dy: number): Rect {
  return { x: r.x + dx, y: r.y + dy, w: r.w, h: r.h };
}

/** The smallest rectangle holding all of `rs` (null for none). */
export function union(rs: readonly Rect[]): Rect | null {
  if (rs.length === 0) return null;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const r of rs) {
    x0 = Math.min(x0, r.x);
    y0 = Math.min(y0, r.y);
    x1 = Math.max(x1, r.x + r.w);
    y1 = Math.max(y1, r.y + r.h);
  }
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}

/**
 * End labels of lines (a chart's series names, a legend down an edge) moved apart so none
 * overlaps the next: each wants to sit at `ys[i]` (its centre), neighbours keep `gap`
 * apart, and all stay within [lo, hi] when they fit. Returns the centres, in input order.
 */
export function dodgeLabels(ys: readonly number[], gap: number, lo = -Infinity, hi = Infinity): number[] {
  const order = ys.map((y, i) => ({ y, i })).toSorted((a, b) => a.y - b.y || a.i - b.i);
  const at = order.map((o) => Math.max(lo, o.y));
  for (let k = 1; k < at.length; k++) at[k] = Math.max(at[k] ?? 0, (at[k - 1] ?? 0) + gap);
  // Pushed past the bottom: slide the run back up (as far as the top allows).
  const over = (at.at(-1) ?? 0) - hi;
  if (over > 0) {
    at[at.length - 1] = hi;
    for (let k = at.length - 2; k >= 0; k--) at[k] = Math.max(lo, Math.min(at[k] ?? 0, (at[k + 1] ?? 0) - gap));
  }
  const out = [...ys];
  order.forEach((o, k) => (out[o.i] = at[k] ?? o.y));
  return out;
}
