/**
 * Pure layout for the Containers lens: from a snapshot, one column per host showing
 * how it deploys the app (as VMs, as containers on the bare host, or as containers
 * inside a VM), with each instance's start progress and memory, the host's memory
 * split into hypervisor/kernel, guest OSes, apps and free, and how many more of each
 * kind would fit. Geometry for the column drawing is computed here too, so the view
 * only draws rectangles.
 */
import { APP_MIB, CONTAINER_START_TICKS, HOST_RESERVED_MIB, imageLayers, POWER, VM_BOOT_TICKS, VM_OVERHEAD_MIB, type Snapshot } from '../../engine';
import { fitText, textWidth, wrapInto, wrapWords } from '../fitText';
import type { Rect } from '../shared/geometry';
import { READ_MIN_PX } from '../shared/labels';

export type ColumnKind = 'vms' | 'containers' | 'nested' | 'mixed';

export interface InstanceModel {
  kind: 'vm' | 'container';
  index: number;
  name: string;
  power: number;
  pulling: boolean;
  /** Start progress 0..1 while booting or starting; 1 when on. */
  progress: number;
  elapsedMs: number;
  totalMs: number;
  osMiB: number;
  appMiB: number;
  writableMiB: number;
  lastStartMs: number;
  rect: Rect;
  nested: InstanceModel[];
}

export interface ColumnModel {
  host: number;
  name: string;
  kind: ColumnKind;
  instances: InstanceModel[];
  mem: { totalMiB: number; sysMiB: number; guestOsMiB: number; appMiB: number; idleReservedMiB: number; freeMiB: number };
  running: number;
  roomVms: number;
  roomContainers: number;
  vmSizeMiB: number;
  ctSizeMiB: number;
  lastVmStartMs: number;
  lastCtStartMs: number;
  startCpuMs: number;
  cpuBusyPct: number;
  height: number;
  /** Drawn with compact boxes; its figures go to the comparison table (CompareTable). */
  compact: boolean;
  /** Image layers on the host's own engine: stored once, versus one copy per container. */
  disk: { containers: number; sharedMiB: number; unsharedMiB: number };
  /** The tick of the snapshot it was drawn from (what it says about the scenario's next step is at that tick too). */
  tick: number;
}

/** Disk the bare-host containers' images take with shared layers, and what it would take without. */
export function layerDisk(snap: Snapshot, h: number): ColumnModel['disk'] {
  const t = snap.topology;
  const images = t.containers.filter((c) => c.vm < 0 && c.host === h).map((c) => c.image);
  const unique = new Map<string, number>();
  for (const im of images) for (const l of imageLayers(im)) unique.set(l.id, l.sizeMiB);
  const unshared = images.reduce((n, im) => n + imageLayers(im).reduce((m, l) => m + l.sizeMiB, 0), 0);
  return { containers: images.length, sharedMiB: [...unique.values()].reduce((n, x) => n + x, 0), unsharedMiB: unshared };
}

/**
 * Instance box sizes (drawing units). A box is at least `minW` wide, so a name and a start
 * timer stay readable. Compact boxes (a phone showing both hosts side by side) are narrower
 * and shorter, with thinner margins: their bands are thinner, their labels no smaller.
 */
export interface BoxSize { pad: number; minW: number; h: number; gap: number }
export const BOX: Readonly<Record<'normal' | 'compact', BoxSize>> = {
  normal: { pad: 5, minW: 92, h: 62, gap: 6 },
  compact: { pad: 1, minW: 56, h: 48, gap: 2 },
};

/**
 * How many of its labels' heights a compact box is wide at least: its bold name after its
 * state glyph ("◐ app-vm-1", 6.6 of them, 4 units in) or its timer ("3.00/4.00 s", 6.3), whole.
 */
const COMPACT_LABELS_WIDE = 7;

/**
 * The boxes of a column whose band labels are `labelPx` units high (a 9-unit label raised to
 * its floor: READ_MIN_PX on a laptop and a phone, the projector's 14 px at its scale). A box is
 * ten such labels' heights wide at least, so "3.00/4.00 s" beside "app", and "writable 0.20
 * MiB", stay whole: a laptop shows three boxes a row with 11 px labels, not four with 8 px ones.
 * A compact box (a phone) is COMPACT_LABELS_WIDE of them: a 390 px phone's column (two
 * side by side) holds two such boxes a row at 11 px, with thinner margins than it had at 9 px;
 * a narrower phone's, one a row.
 */
export function boxFor(labelPx: number, compact = false): BoxSize {
  if (compact) return { ...BOX.compact, minW: Math.max(BOX.compact.minW, Math.ceil(labelPx * COMPACT_LABELS_WIDE)) };
  return { ...BOX.normal, minW: Math.max(BOX.normal.minW, Math.ceil(labelPx * 10)) };
}

/**
 * Whether a compact box `w` units wide shows its state glyph before its name (labels `px`
 * high): only if both fit whole (CompareColumn keeps 6 units and a label's height for the
 * glyph). Three hosts on a 390 px phone leave a container inside a VM 97 units, room for both
 * at 11 px; a narrower column keeps the name whole without its glyph (its start bar and
 * outline still say its state, its title too).
 */
export function glyphFits(name: string, w: number, px: number): boolean {
  return textWidth(name, px * 1.1) <= w - 6 - px;
}

function kindOf(snap: Snapshot, h: number): ColumnKind {
  const t = snap.topology;
  const vms = t.vms.filter((v) => v.host === h);
  const bare = t.containers.filter((c) => c.vm < 0 && c.host === h).length;
  const nested = t.containers.filter((c) => c.vm >= 0 && c.host === h).length;
  if (vms.length === 0) return 'containers';
  if (bare === 0 && nested === 0) return 'vms';
  if (bare === 0 && nested > 0) return 'nested';
  return 'mixed';
}

function progressOf(power: number, bootLeft: number, total: number): { progress: number; elapsedMs: number } {
  if (power === POWER.on) return { progress: 1, elapsedMs: total };
  if (power === POWER.booting) return { progress: 1 - bootLeft / total, elapsedMs: total - bootLeft };
  return { progress: 0, elapsedMs: 0 };
}

function containerModel(snap: Snapshot, i: number, rect: Rect): InstanceModel {
  const c = snap.topology.containers[i];
  const rec = snap.fleet.ct.cts[i];
  const power = snap.containers.power[i] ?? 0;
  const p = progressOf(power, snap.containers.bootLeft[i] ?? 0, CONTAINER_START_TICKS);
  return {
    kind: 'container', index: i, name: c?.name ?? '', power, ...p, totalMs: CONTAINER_START_TICKS,
    pulling: snap.fleet.ct.pulls.some((x) => x.container === c?.id),
    osMiB: 0, appMiB: rec?.memMiB ?? 0, writableMiB: rec?.writableMiB ?? 0, lastStartMs: rec?.lastStartMs ?? -1, rect, nested: [],
  };
}

function vmModel(snap: Snapshot, i: number, rect: Rect, nested: InstanceModel[]): InstanceModel {
  const vm = snap.topology.vms[i];
  const power = snap.vms.power[i] ?? 0;
  const p = progressOf(power, snap.vms.bootLeft[i] ?? 0, VM_BOOT_TICKS);
  const used = snap.vms.memUsedMiB[i] ?? 0;
  const os = Math.min(used, power === POWER.off ? 0 : 256);
  return {
    kind: 'vm', index: i, name: vm?.name ?? '', power, ...p, totalMs: VM_BOOT_TICKS, pulling: false,
    osMiB: os, appMiB: used - os + nested.reduce((n, c) => n + c.appMiB, 0), writableMiB: 0, lastStartMs: snap.fleet.ct.vms[i]?.lastStartMs ?? -1, rect, nested,
  };
}

export function perRow(width: number, b: BoxSize = BOX.normal): number {
  return Math.max(1, Math.min(4, Math.floor((width - 2 * b.pad + b.gap) / (b.minW + b.gap))));
}

function gridRect(k: number, width: number, top: number, b: BoxSize): Rect {
  const n = perRow(width, b);
  const w = (width - 2 * b.pad - (n - 1) * b.gap) / n;
  return { x: b.pad + (k % n) * (w + b.gap), y: top + Math.floor(k / n) * (b.h + b.gap), w, h: b.h };
}

/** Instances of host h laid out: plain VMs and bare containers in a grid, a VM with containers as a wide frame. */
function instancesOf(snap: Snapshot, h: number, width: number, b: BoxSize): { list: InstanceModel[]; bottom: number } {
  const t = snap.topology;
  const list: InstanceModel[] = [];
  const PAD = b.pad;
  const GAP = b.gap;
  let y = PAD;
  let k = 0;
  const flush = (): void => {
    if (k > 0) y += Math.ceil(k / perRow(width, b)) * (b.h + GAP);
    k = 0;
  };
  t.vms.forEach((vm, i) => {
    if (vm.host !== h) return;
    const inner = t.containers.flatMap((c, j) => (c.vm === i ? [j] : []));
    if (inner.length === 0) {
      list.push(vmModel(snap, i, gridRect(k++, width, y, b), []));
      return;
    }
    flush();
    const innerW = width - 2 * PAD;
    const nested = inner.map((j, n) => containerModel(snap, j, { ...gridRect(n, innerW, y + 20, b), x: gridRect(n, innerW, 0, b).x + PAD }));
    const rows = Math.ceil(inner.length / perRow(innerW, b));
    const frame = { x: PAD, y, w: innerW, h: 20 + rows * (b.h + GAP) + 26 };
    list.push(vmModel(snap, i, frame, nested));
    y += frame.h + GAP;
  });
  t.containers.forEach((c, j) => {
    if (c.vm < 0 && c.host === h) list.push(containerModel(snap, j, gridRect(k++, width, y, b)));
  });
  flush();
  return { list, bottom: y };
}

function lastOf(list: InstanceModel[], kind: 'vm' | 'container'): number {
  const all = list.flatMap((x) => [x, ...x.nested]).filter((x) => x.kind === kind && x.lastStartMs >= 0);
  return all.length === 0 ? -1 : Math.max(...all.map((x) => x.lastStartMs));
}

/**
 * Host h's column, `width` drawing units wide; `compact` draws smaller boxes (both hosts side
 * by side on a phone); `labelPx`, its boxes' band labels' size in units (boxFor).
 */
export function columnModel(snap: Snapshot, h: number, width: number, compact = false, labelPx = 9): ColumnModel {
  const t = snap.topology;
  const host = t.hosts[h];
  const fh = snap.fleet.hosts[h];
  const b = boxFor(labelPx, compact);
  const { list, bottom } = instancesOf(snap, h, width, b);
  const firstVm = t.vms.find((v) => v.host === h && !t.containers.some((c) => c.vm === t.vms.indexOf(v)));
  const firstCt = t.containers.find((c) => c.host === h && c.vm < 0);
  const vmSize = firstVm?.memoryMiB ?? 768;
  // A VM takes its reservation plus overhead on the host (what admission counts).
  const vmTake = (firstVm === undefined ? 768 : Math.min(firstVm.reservationMiB, firstVm.memoryMiB)) + VM_OVERHEAD_MIB;
  const ctSize = firstCt !== undefined && firstCt.memoryLimitMiB > 0 ? firstCt.memoryLimitMiB : APP_MIB;
  const free = fh?.freeMiB ?? 0;
  const os = list.reduce((n, x) => n + x.osMiB, 0);
  const app = list.reduce((n, x) => n + x.appMiB, 0);
  const reserved = fh?.reservedMiB ?? HOST_RESERVED_MIB;
  const idle = Math.max(0, reserved - HOST_RESERVED_MIB - os - app);
  // Unreserved memory a VM uses (no reservation: overcommit) is drawn as used, not free.
  const shownFree = Math.max(0, Math.min(free, (host?.memoryMiB ?? 0) - HOST_RESERVED_MIB - os - app - idle));
  let busy = 0;
  for (let p = host?.pcpuOffset ?? 0; p < (host?.pcpuOffset ?? 0) + (host?.pcpuCount ?? 0); p++) busy += snap.pcpu.util[p] ?? 0;
  const startCpu = t.vms.reduce((n, v, i) => n + (v.host === h ? (snap.fleet.ct.vms[i]?.bootCpuMs ?? 0) : 0), 0) + t.containers.reduce((n, c, i) => n + (c.host === h ? (snap.fleet.ct.cts[i]?.startCpuMs ?? 0) : 0), 0);
  return {
    host: h, name: host?.name ?? '', kind: kindOf(snap, h), instances: list,
    mem: { totalMiB: host?.memoryMiB ?? 0, sysMiB: HOST_RESERVED_MIB, guestOsMiB: os, appMiB: app, idleReservedMiB: idle, freeMiB: shownFree },
    running: list.flatMap((x) => [x, ...x.nested]).filter((x) => x.power === POWER.on).length,
    roomVms: Math.max(0, Math.floor(free / vmTake)), roomContainers: Math.max(0, Math.floor(free / ctSize)), vmSizeMiB: vmSize, ctSizeMiB: ctSize,
    lastVmStartMs: lastOf(list, 'vm'), lastCtStartMs: lastOf(list, 'container'), startCpuMs: startCpu,
    cpuBusyPct: (100 * busy) / Math.max(1, host?.pcpuCount ?? 1), height: Math.max(bottom + b.pad, compact ? 60 : 80), compact, disk: layerDisk(snap, h),
    tick: snap.tick,
  };
}

/** A host's column is drawn at least this wide (drawing units), so two boxes fit a row with their names and timers readable, and at most this wide. */
export const MIN_COL_W = 220;
export const MAX_COL_W = 420;
/** Pixels a column takes besides its drawing: its padding and border, and the gap to the next (with some slack). */
const COL_ROOM = 34;
/**
 * The least compact column with one box a row, where two a row do not fit (three hosts on a
 * phone): each box as wide as its labels at READ_MIN_PX need (boxFor), so a name stays whole.
 */
export const COMPACT_NARROW_COL_W = boxFor(READ_MIN_PX, true).minW + 2 * BOX.compact.pad;
/** A compact column (a phone) is at most this wide; its padding and the gap to the next are smaller too (containers.css, [data-compact]). */
const COMPACT_MAX_COL_W = 200;
const COMPACT_COL_ROOM = 14;

/** The real pixels each of `n` columns in a row takes besides its drawing: its padding and border (16), its share of the gaps between them (12 each), and 2 px of slack. */
const usedBeside = (n: number): number => 16 + (12 * (n - 1)) / n + 2;

/** The real pixels a column takes across, its padding and border included (compact, thinner: containers.css). */
export function columnPx(colW: number, scale: number, compact: boolean): number {
  return colW * scale + (compact ? 10 : 16);
}

export interface CompareGrid {
  /** Columns side by side in a row (the others wrap under them). */
  perRow: number;
  /** Each column's drawing width, in drawing units (shown `scale` times as wide). */
  colW: number;
  /** Fewer columns a row than hosts: the comparison reads top to bottom, not left to right. */
  stacked: boolean;
  /** The columns fit side by side only with compact boxes, their figures in one table under them. */
  compact: boolean;
}

/**
 * How the comparison's n columns share a frame `frameW` real pixels wide when drawings are
 * shown `scale` times their size: as many side by side as fit at their least width, each
 * then as wide as its share allows. The decision is on the real width, so the projector
 * (whose drawings are laid out narrower and scaled up) keeps its columns side by side, and
 * a phone stacks them, each whole in the frame, rather than running the second off its edge.
 * Compact columns share `innerW`, the frame's inner width as measured (`frameW` keeps some
 * slack for a scroll bar, which a phone's frame has none of), so a phone's boxes are as wide
 * as its screen allows.
 */
export function compareGrid(frameW: number, n: number, scale: number, innerW = frameW): CompareGrid {
  const count = Math.max(1, n);
  const fits = Math.floor(frameW / (MIN_COL_W * scale + COL_ROOM));
  // Too narrow for the columns side by side, but wide enough for them compact (a phone), two boxes a row or
  // else one (three hosts, a narrower phone): a comparison is read at a glance.
  if (fits < count && count > 1 && Math.floor(frameW / (COMPACT_NARROW_COL_W * scale + COMPACT_COL_ROOM)) >= count) {
    const colW = Math.min(COMPACT_MAX_COL_W, Math.floor((Math.max(frameW, innerW) / count - COMPACT_COL_ROOM) / scale));
    return { perRow: count, colW, stacked: false, compact: true };
  }
  const inRow = Math.max(1, Math.min(count, fits));
  // Each then as wide as its share of the row less what it really takes besides its drawing (its padding and border, its
  // share of the gaps, 2 px of slack), not COL_ROOM's slack: the 1280x720 projector's lens frame beside a lesson's step
  // (701 px) then draws two boxes a row (a column of 229 units), not one, and the comparison fits its zoom frame.
  const colW = Math.max(MIN_COL_W, Math.min(MAX_COL_W, (frameW / inRow - usedBeside(inRow)) / scale));
  return { perRow: inRow, colW, stacked: inRow < count, compact: false };
}

/**
 * The scale the comparison is shown at on a big screen: the biggest of `scales` above `base`
 * (the theme's own) at which its columns still stand side by side at their widest (MAX_COL_W,
 * not compact, none wrapped under) in `frameW`, and its drawing, `drawn.h` px tall when shown
 * at `drawn.scale`, grown as much (its words grow less), fits the `room` the lens frame leaves
 * it. Otherwise `base`. So a 1920x1080 screen shows the two ways bigger, not two narrow
 * columns with the frame's right half empty.
 */
export function grownScale(frameW: number, n: number, base: number, scales: readonly number[], room: number | null, drawn: { h: number; scale: number } | null): number {
  if (room === null || drawn === null || drawn.h <= 0) return base;
  for (const s of scales) {
    if (s <= base) continue;
    const g = compareGrid(frameW, n, s);
    if (g.compact || g.stacked || g.colW < MAX_COL_W) continue;
    if ((drawn.h * s) / drawn.scale > room) continue;
    return s;
  }
  return base;
}

/** The bar under a column's boxes that says what they run on: where it sits across, its lines, their spacing, its height (drawing units). */
export interface BaseBar {
  inset: number;
  lines: string[];
  lineH: number;
  h: number;
}

/**
 * The base bar of a column `width` units wide, its text `px` units high. The sentence is the
 * lesson ("each VM runs its own kernel", "shared by every container"), so the bar shows it
 * whole: wrapped at spaces onto as many lines as it takes, the bar as tall as they are.
 * Compact (a phone), `short`, a word or two, on at most two lines, cut only if a word is wider
 * than the bar (the sentence is then its title).
 */
export function baseBar(text: string, short: string, width: number, px: number, compact: boolean): BaseBar {
  const inset = compact ? 3 : 8;
  const room = width - 2 * inset - 12;
  const lines = (compact ? wrapInto(short, room, px, 2) : wrapWords(text, room, px)).map((l) => fitText(l, room, px));
  const lineH = Math.ceil(px * 1.15);
  return { inset, lines, lineH, h: 22 + (lines.length - 1) * lineH };
}

/** Columns to show: every host, except that a host running only containers-inside-VMs waits for the toggle. */
export function visibleColumns(snap: Snapshot, showNested: boolean): number[] {
  return snap.topology.hosts.map((_, h) => h).filter((h) => showNested || kindOf(snap, h) !== 'nested').slice(0, 4);
}

export function hasNested(snap: Snapshot): boolean {
  return snap.topology.hosts.some((_, h) => kindOf(snap, h) === 'nested');
}

/** Stacked memory bar segments as fractions of the host's memory (sum <= 1). */
export function memorySegments(m: ColumnModel['mem']): { key: 'sys' | 'os' | 'app' | 'idle' | 'free'; mib: number; frac: number; start: number }[] {
  const parts = [
    { key: 'sys' as const, mib: m.sysMiB },
    { key: 'os' as const, mib: m.guestOsMiB },
    { key: 'app' as const, mib: m.appMiB },
    { key: 'idle' as const, mib: m.idleReservedMiB },
    { key: 'free' as const, mib: m.freeMiB },
  ];
  const total = Math.max(1, m.totalMiB);
  let start = 0;
  return parts.map((p) => {
    const frac = Math.max(0, p.mib) / total;
    start += frac;
    return { ...p, frac, start: start - frac };
  });
}

/**
 * Whether one more VM or container fits on the column's host (its free memory holds one
 * more of the column's size), so a full host's Add button is off rather than refused
 * click after click. Containers inside a VM live in the VM's memory, which the engine
 * judges on its own (a refusal says why), so the nested column always offers Add.
 */
export function canAdd(col: Pick<ColumnModel, 'kind' | 'roomVms' | 'roomContainers'>, what: 'vm' | 'container'): boolean {
  if (what === 'vm') return col.roomVms > 0;
  return col.kind === 'nested' || col.roomContainers > 0;
}

/**
 * Seconds as the lens writes them everywhere (a box's timer, the counters, the comparison
 * table and the "why" sentences that quote them): two decimals, so a sentence's number is
 * the figure on screen, "4.00" and "0.30", not "4.0" beside it.
 */
export function fmtS(ms: number): string {
  return (ms / 1000).toFixed(2);
}

/** A host's last start, for the comparison table: a VM host's last VM, otherwise its last container (its last VM if it has none); -1 if none yet. */
export function lastStartMs(col: Pick<ColumnModel, 'kind' | 'lastVmStartMs' | 'lastCtStartMs'>): number {
  if (col.kind === 'vms') return col.lastVmStartMs;
  return col.lastCtStartMs >= 0 ? col.lastCtStartMs : col.lastVmStartMs;
}
