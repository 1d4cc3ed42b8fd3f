/**
 * Pure layout of the Overview's SAN: its arrays pooled as one store, under the hosts or
 * beside them, with its title, sentence and arrays' lines in as many lines as the layout
 * gives them, and the fabric from each host's devices to it. No React, no DOM.
 */
import type { Topology } from '../../engine';
import type { Point, Rect } from '../shared/geometry';
import { boldPx, lineH } from '../shared/labels';
import { wrappedRows } from '../fitText';
import type { OvText } from './ovText';

/** The narrowest an array's box is drawn (drawing units). */
export const SAN_MIN = 140;

/** The SAN: its arrays pooled as one store, reached by every host over the fabric. */
export interface SanBand extends Rect {
  /** Centre line of its title's first line, and how many lines the title has room for. */
  titleY: number;
  titleRows: number;
  /** Centre line of its sentence's first line, and how many lines it has room for. */
  pooledY: number;
  pooledLines: number;
  /** Each array: its name, bar, and line (the first line's centre; `arrayRows` lines, the same for all). */
  arrays: { index: number; rect: Rect; nameY: number; bar: Rect; lineY: number }[];
  arrayRows: number;
  /** Under the hosts, or beside them (right). */
  beside: boolean;
  /** The fabric: from each host's devices to the SAN (by host, in host order). */
  fabric: Point[][];
}

/** How many lines the SAN's title, its sentence and each array's line have room for. */
interface SanRows {
  title: number;
  pooled: number;
  array: number;
}
const ONE_LINE: SanRows = { title: 1, pooled: 1, array: 1 };

/** The SAN at (x, y), `w` wide: its title, its sentence and its arrays' lines in `rows` lines, its arrays in as many rows as the width needs. */
function layoutSan(arrays: number, x: number, y: number, w: number, tx: OvText, rows: SanRows): Omit<SanBand, 'beside' | 'fabric'> | null {
  if (arrays === 0) return null;
  const gap = 8;
  const inner = w - 16;
  const minW = Math.max(SAN_MIN, 13 * tx.small);
  const perRow = Math.max(1, Math.min(arrays, Math.floor((inner + gap) / (minW + gap))));
  const aw = (inner - (perRow - 1) * gap) / perRow;
  const ah = 4 + lineH(tx.name) + 2 + 10 + 3 + rows.array * lineH(tx.small) + 4;
  const top = y + 8 + rows.title * lineH(tx.name) + rows.pooled * lineH(tx.small);
  const gridRows = Math.ceil(arrays / perRow);
  const boxes = Array.from({ length: arrays }, (_a, i) => {
    const ax = x + 8 + (i % perRow) * (aw + gap);
    const ay = top + Math.floor(i / perRow) * (ah + gap);
    return {
      index: i,
      rect: { x: ax, y: ay, w: aw, h: ah },
      nameY: ay + 3 + lineH(tx.name) / 2,
      bar: { x: ax + 6, y: ay + 4 + lineH(tx.name) + 2, w: aw - 12, h: 10 },
      lineY: ay + 4 + lineH(tx.name) + 2 + 10 + 3 + lineH(tx.small) / 2,
    };
  });
  const titleY = y + 4 + lineH(tx.name) / 2;
  const pooledY = y + 5 + rows.title * lineH(tx.name) + lineH(tx.small) / 2;
  return { x, y, w, h: top - y + gridRows * (ah + gap) - gap + 8, titleY, titleRows: rows.title, pooledY, pooledLines: rows.pooled, arrays: boxes, arrayRows: rows.array };
}

/** Where the hosts leave the SAN: the drawing's width, the hosts' bottom and columns, and whether it sits beside them (`sanW` wide). */
export interface SanRoom {
  width: number;
  hostsBottom: number;
  cols: number;
  beside: boolean;
  sanW: number;
  pad: number;
  gap: number;
}

/**
 * The SAN of `t` for hosts whose devices are `devices`, in the room they leave; its title and array lines wrapped
 * when `wrap` (beside the hosts, its sentence and arrays' lines take the height the hosts leave). Null without arrays.
 */
export function placeSan(t: Topology, devices: readonly Rect[], room: SanRoom, wrap: boolean, text: OvText): SanBand | null {
  const arrays = t.storageArrays.length;
  const { width: w, hostsBottom, cols, beside, sanW, pad, gap } = room;
  const words = wrap && arrays > 0 ? text.san?.(t) : undefined;
  const rows: SanRows = { ...ONE_LINE, title: wrappedRows(words?.[0], (beside ? sanW : w - 2 * pad) - 16, boldPx(text.name)) };
  // Under the hosts the drawing grows downward: the sentence saying how hosts reach the pool is whole there (up to three lines).
  if (!beside) rows.pooled = Math.min(3, wrappedRows(text.pooled, w - 2 * pad - 16, text.small));
  let base = beside ? layoutSan(arrays, w - pad - sanW, pad, sanW, text, rows) : layoutSan(arrays, pad, hostsBottom + 2 * gap, w - 2 * pad, text, rows);
  if (base === null) return null;
  if (beside) {
    let spare = Math.max(0, Math.floor((hostsBottom - (base.y + base.h)) / lineH(text.small)));
    const pooled = Math.min(wrappedRows(text.pooled, base.w - 16, text.small), 1 + spare);
    spare -= pooled - 1;
    const gridRows = new Set(base.arrays.map((r) => r.rect.y)).size;
    const array = Math.min(wrappedRows(words?.[1], (base.arrays[0]?.rect.w ?? 0) - 12, text.small), 1 + Math.floor(spare / Math.max(1, gridRows)));
    if (pooled > 1 || array > 1) base = layoutSan(arrays, base.x, base.y, base.w, text, { ...rows, pooled, array }) ?? base;
  }
  const b = base;
  const join = b.y + 20;
  // Stacked hosts reach a trunk right of them; hosts side by side drop a line straight down to the SAN.
  const trunkX = beside ? b.x - 1.5 * gap : w - pad / 2;
  const fabric = devices.map((d): Point[] => {
    if (cols > 1) return [{ x: d.x + d.w / 2, y: d.y + d.h }, { x: d.x + d.w / 2, y: b.y }];
    const at = { x: trunkX, y: d.y + 12 };
    return [{ x: d.x + d.w, y: at.y }, at, { x: trunkX, y: join }, { x: beside ? b.x : b.x + b.w, y: join }];
  });
  return { ...b, beside, fabric };
}
