/**
 * Geometry of the I/O paths drawing (pure: paths + size -> boxes and routes). Three
 * horizontal bands (guest, hypervisor, hardware) and one column per VM. Each column
 * routes one I/O from the guest driver to the device the way its path does:
 * - emulated: a zigzag of traps down into the hypervisor's device model, then the device;
 * - virtio: into a ring on the guest/hypervisor boundary, one notification to the
 *   backend, then the device;
 * - passthrough: straight past the hypervisor (drawn aside, "not in the data path"),
 *   through the IOMMU, to a virtual function of the device.
 * The route is a list of points; the view animates a request along it.
 *
 * Every box's words are whole: a label too long for its box wraps onto more lines (the box
 * grows taller, or wider up to its column for a single long word), and a route's note wraps
 * within its column. On a narrow frame (a phone) the band names leave the left gutter for a
 * strip at the top of each band, so the three columns get the whole width, and the drawing
 * is taller (ioPathsHeight).
 */
import type { IoPathId } from '../../engine';
import { textWidth } from '../fitText';
import { boldPx, lineH } from '../shared/labels';
import type { Point, Rect } from '../shared/geometry';

export type IoLayer = 'guest' | 'hypervisor' | 'hardware';
export type IoBoxKind = 'driver' | 'deviceModel' | 'ring' | 'backend' | 'device' | 'bypass' | 'iommu' | 'vf';

export interface IoBox {
  kind: IoBoxKind;
  rect: Rect;
  /** Its words, a line each, centred in the box. */
  lines: string[];
}

/** The words drawn and their rendered sizes in drawing units (the view's CSS sizes, raised to the theme's floor). */
export interface IoWords {
  box: Readonly<Record<IoBoxKind, string>>;
  /** Each column's note (traps, notification, DMA), in column order. */
  note: readonly string[];
  band: Readonly<Record<IoLayer, string>>;
  /** Box labels and notes (semi-bold). */
  px: number;
  /** Band names (semi-bold). */
  bandPx: number;
}

export interface IoColumn {
  path: IoPathId;
  x: number;
  w: number;
  boxes: IoBox[];
  route: Point[];
  /** Where each trap or notification happens (a mark on the route). */
  marks: Point[];
  /** Where the route's note (traps, notification, DMA) starts (its first line's baseline, left end). */
  note: Point;
  /** The note's lines (wrapped within the column). */
  noteLines: string[];
  /** Where the request rests in a still drawing: the middle of the route's longest stretch between boxes, clear of their words. */
  rest: Point;
}

export interface IoLayout {
  width: number;
  height: number;
  labelW: number;
  /** Band names in a strip atop each band rather than a gutter on the left (a narrow frame). */
  narrow: boolean;
  /** Each band, and where its name is written (baseline, left end). */
  bands: { layer: IoLayer; y: number; h: number; label: Point }[];
  /** Baseline of the VM names over the columns. */
  vmY: number;
  /** Line height of box labels and notes. */
  lineH: number;
  columns: IoColumn[];
}

const LAYERS: readonly IoLayer[] = ['guest', 'hypervisor', 'hardware'];
const SHARE: Readonly<Record<IoLayer, number>> = { guest: 0.3, hypervisor: 0.36, hardware: 0.34 };
const NARROW_SHARE: Readonly<Record<IoLayer, number>> = { guest: 0.3, hypervisor: 0.33, hardware: 0.37 };
/** A column narrower than this (with the band names in a gutter) makes the drawing narrow. */
const NARROW_COL = 170;
const gutter = (width: number): number => Math.min(110, width * 0.16);

/** Whether `n` columns in `width` are laid out narrow (band names atop the bands). */
export function ioNarrow(n: number, width: number): boolean {
  return (width - gutter(width)) / Math.max(1, n) < NARROW_COL;
}

/** The drawing's height for `n` columns in `width`: most of a projector's lens; taller when narrow, for wrapped words. */
export function ioPathsHeight(n: number, width: number): number {
  return ioNarrow(n, width) ? 360 : Math.round(Math.min(440, Math.max(280, width * 0.42)));
}

/** Padding inside a box, each side. */
const PAD = 4;

/** `textWidth`, with room for capitals (wider than the 0.58 em it allows a Latin letter: "IOMMU", "(VF)"). */
export function ioTextWidth(s: string, px: number): number {
  return textWidth(s, px) + (s.match(/[A-Z]/g)?.length ?? 0) * 0.16 * px;
}

/** `s` broken at spaces into lines at most `maxW` wide (ioTextWidth); a word wider keeps a line of its own. */
export function ioWrap(s: string, maxW: number, px: number): string[] {
  const lines: string[] = [];
  for (const word of s.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && ioTextWidth(`${last} ${word}`, px) <= maxW) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

export function layoutIoPaths(paths: readonly IoPathId[], width: number, height: number, emulatedTraps: number, words: IoWords): IoLayout {
  const n = Math.max(1, paths.length);
  const narrow = ioNarrow(n, width);
  const labelW = narrow ? 0 : gutter(width);
  const px = boldPx(words.px);
  const lh = lineH(words.px);
  const strip = narrow ? lineH(words.bandPx) + 6 : 0;
  let y = 0;
  const bands = LAYERS.map((layer) => {
    const h = height * (narrow ? NARROW_SHARE : SHARE)[layer];
    const b = { layer, y, h, label: { x: 8, y: y + (narrow ? lineH(words.bandPx) : 20) } };
    y += h;
    return b;
  });
  const [g, hv, hw] = bands as [(typeof bands)[0], (typeof bands)[0], (typeof bands)[0]];
  const colW = (width - labelW) / n;
  const bw = narrow ? colW * 0.86 : Math.min(170, colW * 0.7);
  const bh = Math.max(Math.min(40, height * 0.1), lh + 2 * PAD);
  const vmY = narrow ? g.y + strip + lineH(words.px) : 18;
  const columns = paths.map((path, i): IoColumn => {
    const x = labelW + i * colW;
    const cx = x + colW / 2;
    /** A box of `kind` about (cx, cy), at least w0 x h0, grown to hold its words whole and kept inside the column. */
    const sized = (kind: IoBoxKind, bx: number, cy: number, w0: number, h0: number): IoBox => {
      const text = words.box[kind];
      const widest = Math.max(0, ...text.split(' ').map((w) => ioTextWidth(w, px)));
      const w = Math.min(colW - 4, Math.max(w0, widest + 2 * PAD));
      const lines = ioWrap(text, w - 2 * PAD, px);
      const h = Math.max(h0, lines.length * lh + 2 * PAD);
      const left = Math.min(Math.max(bx - w / 2, x + 2), x + colW - 2 - w);
      return { kind, rect: { x: left, y: cy - h / 2, w, h }, lines };
    };
    /** Same, with its top edge at `top` rather than centred. */
    const below = (kind: IoBoxKind, bx: number, top: number, w0: number, h0: number): IoBox => {
      const b = sized(kind, bx, 0, w0, h0);
      return { ...b, rect: { ...b.rect, y: top } };
    };
    /** Same, with its bottom edge at `bottom`. */
    const above = (kind: IoBoxKind, bx: number, bottom: number, w0: number, h0: number): IoBox => {
      const b = sized(kind, bx, 0, w0, h0);
      return { ...b, rect: { ...b.rect, y: bottom - b.rect.h } };
    };
    /** A note's lines, wrapped to the room from `left` to the column's right edge. */
    const note = (left: number): string[] => ioWrap(words.note[i] ?? '', x + colW - 4 - left, px);
    const driver = narrow ? below('driver', cx, vmY + 8, bw, bh) : sized('driver', cx, g.y + g.h * 0.45, bw, bh);
    const top = driver.rect.y + driver.rect.h;
    const hvTop = hv.y + strip;
    const deviceAt = (kind: IoBoxKind): IoBox => (narrow ? sized(kind, cx, (hw.y + strip + hw.y + hw.h) / 2, bw, bh) : sized(kind, cx, hw.y + hw.h * 0.55, bw, bh));
    if (path === 'emulated') {
      const model = narrow ? above('deviceModel', cx, hv.y + hv.h - 8, bw, bh) : sized('deviceModel', cx, hv.y + hv.h * 0.62, bw, bh);
      const device = deviceAt('device');
      // Narrow: the traps start below the band's name, in the hypervisor.
      const zigTop = narrow ? hvTop + 4 : top + 6;
      const zigBottom = model.rect.y - 6;
      const k = Math.max(1, emulatedTraps);
      const zig: Point[] = Array.from({ length: k }, (_, j) => ({ x: cx + (j % 2 === 0 ? -1 : 1) * bw * 0.2, y: zigTop + ((j + 0.5) / k) * (zigBottom - zigTop) }));
      const mEnd = model.rect.y + model.rect.h;
      const route = [{ x: cx, y: top }, ...(narrow ? [{ x: cx, y: zigTop }] : []), ...zig, { x: cx, y: model.rect.y }, { x: cx, y: mEnd }, { x: cx, y: device.rect.y }];
      const nx = cx + bw * 0.2 + 7;
      return { path, x, w: colW, boxes: [driver, model, device], route, marks: zig, note: { x: nx, y: (zigTop + zigBottom) / 2 }, noteLines: note(nx), rest: restPoint(route, [driver, model, device]) };
    }
    if (path === 'virtio') {
      // The route runs left of centre, leaving the notification's note room on its right.
      const lane = cx - bw * 0.25;
      const ring = sized('ring', cx, hv.y, bw * 0.8, bh * 0.8);
      const backend = narrow ? above('backend', cx, hv.y + hv.h - 8, bw, bh) : sized('backend', cx, hv.y + hv.h * 0.68, bw, bh);
      const device = deviceAt('device');
      const rEnd = ring.rect.y + ring.rect.h;
      const kick = { x: lane, y: (rEnd + backend.rect.y) / 2 };
      const route = [{ x: lane, y: top }, { x: lane, y: ring.rect.y }, { x: lane, y: rEnd }, kick, { x: lane, y: backend.rect.y }, { x: lane, y: backend.rect.y + backend.rect.h }, { x: lane, y: device.rect.y }];
      const nx = lane + 10;
      const lines = note(nx);
      return { path, x, w: colW, boxes: [driver, ring, backend, device], route, marks: [kick], note: { x: nx, y: kick.y + 4 - ((lines.length - 1) * lh) / 2 }, noteLines: lines, rest: restPoint(route, [driver, ring, backend, device]) };
    }
    // Passthrough: the hypervisor box sits aside, the route goes straight down past it.
    const bypass = sized('bypass', cx + bw * 0.2, narrow ? (hvTop + hv.y + hv.h) / 2 : hv.y + hv.h * 0.5, bw * 0.85, bh * 1.2);
    const lane = Math.max(x + 8, Math.min(cx - bw * 0.3, bypass.rect.x - 8));
    const iommu = narrow ? below('iommu', lane, hw.y + strip + 2, bw * 0.45, bh * 0.7) : sized('iommu', lane, hw.y + hw.h * 0.22, bw * 0.45, bh * 0.7);
    const vf = narrow ? above('vf', cx, hw.y + hw.h - 6, bw, bh) : sized('vf', cx, hw.y + hw.h * 0.68, bw, bh);
    const iEnd = iommu.rect.y + iommu.rect.h;
    const route = [{ x: lane, y: top }, { x: lane, y: iommu.rect.y }, { x: lane, y: iEnd }, { x: lane, y: vf.rect.y }];
    const nx = iommu.rect.x + iommu.rect.w + 6;
    return { path, x, w: colW, boxes: [driver, bypass, iommu, vf], route, marks: [], note: { x: nx, y: iommu.rect.y + iommu.rect.h / 2 + 4 }, noteLines: note(nx), rest: restPoint(route, [driver, bypass, iommu, vf]) };
  });
  return { width, height, labelW, narrow, bands, vmY, lineH: lh, columns };
}

/** The radius of the request's dot (IoPaths.tsx). */
export const PACKET_R = 7;

/** The middle of the longest stretch of `route` clear of `boxes` (a stretch whose middle is inside a box, or within a dot of its edge, is not). */
export function restPoint(route: readonly Point[], boxes: readonly IoBox[], r = PACKET_R): Point {
  const clear = (p: Point): boolean => boxes.every(({ rect: b }) => p.x < b.x - r || p.x > b.x + b.w + r || p.y < b.y - r || p.y > b.y + b.h + r);
  let best: Point = route.at(-1) ?? { x: 0, y: 0 };
  let bestLen = -1;
  for (let i = 1; i < route.length; i++) {
    const a = route[i - 1];
    const b = route[i];
    if (a === undefined || b === undefined) continue;
    const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    const len = Math.hypot(b.x - a.x, b.y - a.y);
    if (len > bestLen && clear(mid)) {
      best = mid;
      bestLen = len;
    }
  }
  return best;
}

/** An SVG path string through the points (for a polyline route and animateMotion). */
export function routeD(points: readonly Point[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
}
