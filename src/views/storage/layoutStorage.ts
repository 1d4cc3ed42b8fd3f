/**
 * Pure geometry of the Storage / SAN lens: hosts and their VMs in a column on the
 * left, the SAN fabric as a band in the middle, and the arrays grouped by rack on the
 * right, each array a capacity bar holding its replicas as blocks (width = GiB taken)
 * and an IOPS gauge under it. On a narrow frame (a phone) the same parts stack instead:
 * the VMs on top, the fabric across, the racks of arrays under it, so the drawing fits
 * the screen's width at full size rather than shrinking to half. Links run from each VM through the fabric to every
 * replica of its volumes. Arrays with many replicas show one block per owner VM, so
 * the drawing stays readable (and SVG-sized) at 2,000 volumes.
 */
import type { ArraySnap, Topology, VolumeSnap } from '../../engine';
import type { Rect } from '../shared/geometry';
import { lineH } from '../shared/labels';
import { vmSlot } from '../shared/palette';

export interface VmBox extends Rect {
  index: number;
  /** Slot in the VM palette (views/shared/palette.ts). */
  colour: number;
}

export interface ArrayBox extends Rect {
  index: number;
  /** The baseline of the array's title (its name and fill), clear of the box's top edge and of the bar under it. */
  titleY: number;
  bar: Rect;
  gauge: Rect;
  /** The prediction target at the box's right end: click it to guess this array gets the next volume. */
  guess: Rect;
}

/** How far the load line's baseline (gauge.y + 7) is below the baseline of the words in the bar (bar.y + 15). */
export const BAR_TO_LOAD_LINE = 18;

/**
 * Where the words in an array's bar (the key to its numbered blocks) must end: the bar's end, or its start (none fit:
 * the key is listed under the drawing) when labels of `fs` units are taller than a line between them and the load line
 * under them, as a projector's drawing fitted small makes them (a line of 20-unit labels is 25 units; the rows keep
 * their height, since every unit of it would shrink the fitted drawing and raise its labels again).
 */
export function barWordsEnd(box: ArrayBox, fs: number): number {
  return lineH(fs) > BAR_TO_LOAD_LINE ? box.bar.x : box.bar.x + box.bar.w;
}

/** The prediction target's side (drawing units): 24 px or more on every screen (WCAG 2.5.8). */
export const GUESS_SIDE = 28;

export interface Block extends Rect {
  key: string;
  /** Volume index, or -1 for an aggregate of several volumes. */
  volume: number;
  array: number;
  /** Owner VM's palette slot, or -1 for no owner. */
  colour: number;
  building: boolean;
  /** Being moved away by a rebalance: still serving until its new copy is built. */
  leaving: boolean;
  progress: number;
  label: string;
}

export interface Link {
  key: string;
  vm: number;
  volume: number;
  building: boolean;
  d: string;
}

export interface StorageLayout {
  width: number;
  /** Stacked for a narrow frame: VMs above a horizontal fabric, arrays below it. */
  stacked: boolean;
  height: number;
  hostLabels: { text: string; x: number; y: number }[];
  vms: VmBox[];
  fabric: Rect;
  /** The baseline of "SAN" atop the upright fabric: beside the first host's label, clear of the drawing's top edge. */
  fabricTitleY: number;
  /** Each rack's outline and its title's baseline, clear of the outline. */
  racks: (Rect & { rack: string; down: boolean; titleY: number })[];
  arrays: ArrayBox[];
  blocks: Block[];
  links: Link[];
  /** Copy traffic (a rebuild, a move): one arc per pair of arrays, in the margin left of them. */
  flows: { key: string; d: string }[];
}

const VM_H = 30;
/** Frames narrower than this get the stacked layout. */
export const STACK_BELOW = 560;
/**
 * The least fit a stacked drawing (a phone) opens fitted at, its labels then raised to
 * READ_MIN_PX as shown (labels.ts). Below it (six arrays on a phone would be fitted to 63 %,
 * 6 px labels) it opens at 100 %, its labels READ_MIN_PX, and is read by scrolling it down; Fit still fits it.
 */
export const STACKED_FIT_AT_LEAST = 0.75;

/** The scale a stacked drawing's labels are shown at when its frame's fit is `fit` (it opens at 100 % below STACKED_FIT_AT_LEAST). */
export const stackedShown = (fit: number): number => (fit < STACKED_FIT_AT_LEAST ? 1 : fit);
const STACKED_VM_W = 150;
const ARRAY_H = 64;
const RACK_HEAD = 24;

/**
 * Where a title of `px` units sits under a top edge: its baseline below the edge by the font's ascent (0.95 em: the
 * em box of the lens's font, as the browser measures it), and the room it takes down to its descent (0.26 em) and `gap`
 * more. At the laptop's 12 units these are the fixed offsets the rows always had (`base`, `room`); a projector's
 * drawing fitted small raises its titles to 20 units and more, and its rows grow by as much, so no title sits on an outline.
 */
export function titleRoom(px: number, base: number, room: number, gap: number): { baseline: number; room: number } {
  const baseline = Math.max(base, Math.ceil(px * 0.95));
  return { baseline, room: Math.max(room, baseline + Math.ceil(px * 0.26) + gap) };
}
/** A host's label (and the SAN's, beside it) in a column from the drawing's top: 18 and 30 units at the laptop's 12-unit labels. */
export const hostHead = (px: number): { baseline: number; room: number } => titleRoom(px, 18, 30, Math.max(0, Math.ceil(px * 0.95) - 19));

/**
 * The baseline of words in a bar (or a block in it) `h` tall from `top`, at `fs` units: 15 under its top at the laptop's
 * sizes; a projector's larger labels are centred on it (the em box's middle is 0.35 em above the baseline), so they reach
 * above the bar no further than below it and stay clear of the array's title over the bar.
 */
export const barTextY = (top: number, h: number, fs: number): number => top + Math.max(15, h / 2 + 0.35 * fs);

/** Above this many replicas on one array, blocks merge per owner VM. */
export const MAX_BLOCKS_PER_ARRAY = 40;
const MAX_LINKS = 400;

/** Each host's label, then its VMs in `cols` columns of width w from x (one column beside the fabric; more when stacked). */
function placeVms(topo: Topology, x: number, w: number, cols = 1, titlePx = 12): { vms: VmBox[]; labels: StorageLayout['hostLabels']; bottom: number } {
  const vms: VmBox[] = [];
  const labels: StorageLayout['hostLabels'] = [];
  // A host's label under the drawing's top edge (baseline 18) and above its first VM's name (19 units under the VM's top).
  const head = hostHead(titlePx);
  let y = 8;
  topo.hosts.forEach((h, hi) => {
    labels.push({ text: h.name, x, y: y + head.baseline - 8 });
    y += head.room - 8;
    let col = 0;
    topo.vms.forEach((vm, i) => {
      if (vm.host !== hi) return;
      vms.push({ index: i, colour: vmSlot(topo, i), x: x + col * (w + 8), y, w, h: VM_H });
      col += 1;
      if (col === cols) {
        col = 0;
        y += VM_H + 6;
      }
    });
    if (col > 0) y += VM_H + 6;
    y += 10;
  });
  return { vms, labels, bottom: y };
}

function rackOrder(arrays: readonly ArraySnap[]): string[] {
  const out: string[] = [];
  for (const a of arrays) if (!out.includes(a.rack)) out.push(a.rack);
  return out;
}

type OnArray = { v: VolumeSnap; vi: number; r: VolumeSnap['replicas'][number] }[];

/** Replicas per array in one pass over the volumes (not one pass per array). */
function replicasByArray(volumes: readonly VolumeSnap[], arrays: number): OnArray[] {
  const out: OnArray[] = Array.from({ length: arrays }, () => []);
  volumes.forEach((v, vi) => {
    for (const r of v.replicas) out[r.array]?.push({ v, vi, r });
  });
  return out;
}

function blocksFor(a: number, arr: ArraySnap, bar: Rect, on: OnArray, slotOf: (owner: string | null) => number): Block[] {
  const scale = bar.w / Math.max(1, arr.capacityGiB);
  const out: Block[] = [];
  let x = bar.x;
  const colourOf = slotOf;
  if (on.length <= MAX_BLOCKS_PER_ARRAY) {
    for (const { v, vi, r } of on) {
      const w = Math.max(2, v.allocGiB * scale);
      const progress = r.building ? r.copiedGiB / Math.max(1e-9, v.allocGiB) : 1;
      out.push({ key: `${v.id}@${arr.id}`, volume: vi, array: a, colour: colourOf(v.owner), building: r.building, leaving: r.leaving, progress, label: v.name, x, y: bar.y, w, h: bar.h });
      x += w;
    }
    return out;
  }
  const byOwner = new Map<string, number>();
  for (const { v } of on) byOwner.set(v.owner ?? '', (byOwner.get(v.owner ?? '') ?? 0) + v.allocGiB);
  for (const [owner, gib] of byOwner) {
    const w = Math.max(2, gib * scale);
    out.push({ key: `agg:${owner}@${arr.id}`, volume: -1, array: a, colour: colourOf(owner === '' ? null : owner), building: false, leaving: false, progress: 1, label: owner, x, y: bar.y, w, h: bar.h });
    x += w;
  }
  return out;
}

function linkPath(vm: VmBox, fabric: Rect, b: Block, stacked: boolean, width: number): string {
  if (stacked) {
    // From the VM's bottom into the gap beside it (between the columns, or the margin), down
    // that gap past the VMs under it to the fabric band, then into the top of the replica:
    // a straight drop would pass behind the VMs below and seem to start at them.
    const x0 = vm.x + vm.w / 2;
    const y0 = vm.y + vm.h;
    const gx = x0 < width / 2 ? vm.x + vm.w + 4 : vm.x - 4;
    const fy = fabric.y + fabric.h / 2;
    const x1 = b.x + Math.min(b.w / 2, 8);
    return `M${x0},${y0} L${gx},${y0 + 3} L${gx},${fy} C${gx},${fy + 24} ${x1},${fy} ${x1},${b.y}`;
  }
  const x0 = vm.x + vm.w;
  const y0 = vm.y + vm.h / 2;
  const x1 = b.x + Math.min(b.w / 2, 8);
  const y1 = b.y;
  const fx = fabric.x + fabric.w / 2;
  return `M${x0},${y0} C${fx},${y0} ${fx},${y1 - 14} ${x1},${y1}`;
}

/**
 * Copy traffic between arrays (a rebuild from a surviving replica, or a move from the one
 * leaving), one arc per pair of arrays, drawn in the margin left of the arrays: from the
 * source array's bar to the target's, bulging further out the further apart they are, so
 * arcs nest (each its own) and none crosses an array's blocks, title or figures. Which blocks are being
 * built is shown on the blocks themselves (hatched, with a progress line).
 */
function rebuildFlows(blocks: readonly Block[], boxes: readonly ArrayBox[], margin: number): StorageLayout['flows'] {
  const boxOf = new Map(boxes.map((b) => [b.index, b]));
  const pairs = new Map<string, { from: ArrayBox; to: ArrayBox }>();
  for (const b of blocks) {
    if (!b.building) continue;
    // A move copies from the replica that is leaving; a rebuild from any live one.
    const src = blocks.find((x) => x.volume === b.volume && x.leaving) ?? blocks.find((x) => x.volume === b.volume && !x.building);
    const from = src === undefined ? undefined : boxOf.get(src.array);
    const to = boxOf.get(b.array);
    if (from === undefined || to === undefined || from === to) continue;
    pairs.set(`${from.index}>${to.index}`, { from, to });
  }
  // Nested by span: the nearest pair bulges least (12 units side by side, clear of the rack's
  // outline; 3 in a phone's narrow margin), the farthest the whole margin; every pair, copies
  // both ways too, gets a bulge of its own.
  const list = [...pairs].map(([key, p]) => ({ key, ...p, span: Math.abs(p.to.bar.y - p.from.bar.y) })).toSorted((a, b) => a.span - b.span || (a.key < b.key ? -1 : 1));
  return list.map(({ key, from, to }, rank) => {
    const ys = from.bar.y + from.bar.h / 2;
    const yt = to.bar.y + to.bar.h / 2;
    const lo = Math.min(12, margin * 0.3);
    const out = lo + ((margin - lo) * rank) / Math.max(1, list.length - 1);
    const x = from.x;
    return { key: `f:${key}`, d: `M${x},${ys} C${x - out},${ys} ${x - out},${yt} ${x},${yt}` };
  });
}

/**
 * The drawing for a frame `width` drawing units wide; `stacked` (by default when that is
 * under STACK_BELOW) puts the parts one above the other. A view that scales its drawing up
 * (the projector) decides by its frame's real width instead.
 */
export function layoutStorage(topo: Topology, arrays: readonly ArraySnap[], volumes: readonly VolumeSnap[], width: number, stacked = width < STACK_BELOW, titlePx = 12): StorageLayout {
  const w = stacked ? Math.max(300, width) : Math.max(640, width);
  let left: ReturnType<typeof placeVms>;
  let fabric: Rect;
  let ax: number;
  let y: number;
  if (stacked) {
    const cols = Math.max(1, Math.floor((w - 16 + 8) / (STACKED_VM_W + 8)));
    left = placeVms(topo, 8, (w - 16 - (cols - 1) * 8) / cols, cols, titlePx);
    fabric = { x: 4, y: left.bottom + 10, w: w - 8, h: 26 };
    ax = 14;
    y = fabric.y + fabric.h + 34;
  } else {
    const vmW = Math.min(170, Math.max(110, w * 0.16));
    left = placeVms(topo, 8, vmW, 1, titlePx);
    fabric = { x: vmW + 40, y: 4, w: 26, h: 0 };
    ax = fabric.x + fabric.w + 60;
    y = 8;
  }
  const aw = w - ax - 8;
  const racks: StorageLayout['racks'] = [];
  const boxes: ArrayBox[] = [];
  // The titles' room: the array's title above its bar (18 units at 12-unit titles), the rack's above its first array (24).
  const arrayHead = titleRoom(titlePx, 12, 18, 0);
  const rackHead = titleRoom(titlePx, 15, RACK_HEAD, 5);
  const grow = arrayHead.room - 18;
  for (const rack of rackOrder(arrays)) {
    const top = y;
    y += rackHead.room;
    arrays.forEach((arr, a) => {
      if (arr.rack !== rack) return;
      const bar = { x: ax + 8, y: y + arrayHead.room, w: aw - 24 - GUESS_SIDE, h: 22 };
      const guess = { x: ax + aw - 8 - GUESS_SIDE, y: y + 15 + grow, w: GUESS_SIDE, h: GUESS_SIDE };
      // The gauge leaves three quarters of the box to its line (IOPS, latency and a rebuild's rate, at projector sizes).
      boxes.push({ index: a, x: ax, y, w: aw, h: ARRAY_H - 6 + grow, titleY: y + arrayHead.baseline, bar, gauge: { x: ax + 8, y: y + 44 + grow, w: Math.min(160, aw / 4), h: 8 }, guess });
      y += ARRAY_H + grow;
    });
    racks.push({ rack, x: ax - 6, y: top, w: aw + 12, h: y - top + 2, down: arrays.every((a) => a.rack !== rack || a.failed), titleY: top + rackHead.baseline });
    y += 12;
  }
  const height = Math.max(left.bottom, y) + 8;
  if (!stacked) fabric.h = height - 8;
  const ownerIndex = new Map(topo.vms.map((v, i) => [v.id, i]));
  const slotOf = (owner: string | null): number => {
    const i = owner === null ? -1 : (ownerIndex.get(owner) ?? -1);
    return i < 0 ? -1 : vmSlot(topo, i);
  };
  const byArray = replicasByArray(volumes, arrays.length);
  const blocks = boxes.flatMap((b) => blocksFor(b.index, arrays[b.index] as ArraySnap, b.bar, byArray[b.index] ?? [], slotOf));
  const vmBox = new Map(left.vms.map((v) => [topo.vms[v.index]?.id ?? '', v]));
  const links: Link[] = [];
  for (const b of blocks) {
    if (links.length >= MAX_LINKS) break;
    const owner = b.volume >= 0 ? volumes[b.volume]?.owner : b.label;
    const vm = owner === null || owner === undefined ? undefined : vmBox.get(owner);
    if (vm === undefined) continue;
    links.push({ key: `l:${b.key}`, vm: vm.index, volume: b.volume, building: b.building, d: linkPath(vm, fabric, b, stacked, w) });
  }
  return { width: w, stacked, height, hostLabels: left.labels, vms: left.vms, fabric, fabricTitleY: hostHead(titlePx).baseline, racks, arrays: boxes, blocks, links, flows: rebuildFlows(blocks, boxes, stacked ? ax - 4 : 44) };
}
