/**
 * The Overview's guest row, sized: how tall a host's VMs are in columns of a width, how
 * many lines the container engine's name and note take, and how the row's width is shared
 * between the VMs' columns and the engine's (layoutOverview.ts places the boxes). Pure.
 */
import type { Topology } from '../../engine';
import { boldPx, lineH } from '../shared/labels';
import { textWidth, wrappedRows } from '../fitText';
import { SAN_MIN } from './layoutSan';
import { powerBeside, type OvText } from './ovText';

/** The Overview's spacing, drawing units. */
export const L = {
  pad: 6,
  gap: 6,
  /** Inside a host, around its stack. */
  hpad: 5,
  minCol: 104,
  chipGap: 4,
  thread: { minW: 22 },
  hostMin: 300,
  /**
   * At the projector (OvText's brief composition), hosts side by side may be this narrow when that puts every host in
   * one row (orchestration's three): a host's stack there has fewer lines, and a row of hosts is read without scrolling
   * down to a second. More hosts than that keep `hostMin`.
   */
  hostMinBrief: 230,
  sanMin: SAN_MIN,
} as const;

export const chipOf = (tx: OvText): { w: number; h: number } => ({ w: 26, h: lineH(tx.tiny) + 4 });
export const band = (tx: OvText): number => lineH(tx.small) + 2;

export function vcpuPerRow(w: number, tx: OvText): number {
  return Math.max(1, Math.floor((w - 8 + L.chipGap) / (chipOf(tx).w + L.chipGap)));
}

/** How many lines the container engine's name and note need, wrapped in a column `colW` wide (one each without its words). */
export function engineNeeds(colW: number, tx: OvText): [number, number] {
  const words = tx.engine;
  if (words === undefined) return [1, 1];
  return [wrappedRows(words[0], colW - 10, boldPx(tx.name)), wrappedRows(words[1], colW - 10, tx.tiny)];
}

/**
 * The lines the container engine's name and note get in a column `colW` wide, in a row `h` tall: all they need when
 * `wrap` (the row grows for them, `h` made with them); else as many as the row's height has room for anyway (its VMs
 * make it taller than the engine's one line each), the name's first. A label without all the lines it needs is cut in
 * its last one.
 */
export function engineRows(colW: number, h: number, bare: number, tx: OvText, wrap: boolean): [number, number] {
  const need = engineNeeds(colW, tx);
  if (wrap) return need;
  let room = h - engineHeight(bare, tx, [1, 1]);
  const name = Math.max(0, Math.min(need[0] - 1, Math.floor(room / lineH(tx.name) + 1e-9)));
  room -= name * lineH(tx.name);
  const note = Math.max(0, Math.min(need[1] - 1, Math.floor(room / lineH(tx.tiny) + 1e-9)));
  return [1 + name, 1 + note];
}

/**
 * How many lines VM `i`'s app band takes in a column `colW` wide: one when its workload fits there (the label gives its
 * "App:" lead way, bandLabel), else its workload's words wrapped at spaces (keep-all), so its name is read whole (a
 * phone's "web ser…", the projector's "CPU-bound …"). One without the words (the geometry's tests).
 */
export function appRows(t: Topology, i: number, colW: number, tx: OvText): number {
  const work = tx.vmWords?.(t, i)[0];
  return work === undefined ? 1 : wrappedRows(work, colW - 16, tx.small);
}

/** Whether every word of VM `i`'s workload fits its app band in a column `colW` wide (one word too wide would be cut). */
export function appWordsFit(t: Topology, i: number, colW: number, tx: OvText): boolean {
  const work = tx.vmWords?.(t, i)[0];
  return work === undefined || work.split(' ').every((word) => textWidth(word, tx.small) <= colW - 16 + 1e-9);
}

/** Height of a VM's head in a column `colW` wide: its name's line, and its power state's under it when not beside it (ovText's powerBeside). */
export function vmHead(name: string, colW: number, tx: OvText): number {
  return 3 + lineH(tx.name) + (powerBeside(name, colW, tx) ? 0 : lineH(tx.tiny));
}

/** Height of host `host`'s tallest VM in a column `colW` wide. */
export function vmsHeight(t: Topology, host: number, colW: number, tx: OvText): number {
  const chip = chipOf(tx);
  let h = 0;
  t.vms.forEach((vm, i) => {
    if (vm.host !== host) return;
    const inside = t.containers.filter((c) => c.vm === i).length;
    const chips = Math.ceil(vm.vcpus / vcpuPerRow(colW, tx)) * (chip.h + L.chipGap);
    h = Math.max(h, vmHead(vm.name, colW, tx) + (2 + inside) * (band(tx) + 2) + (appRows(t, i, colW, tx) - 1) * lineH(tx.small) + 1 + chips + 10);
  });
  return h;
}

/** Height of the container engine with `bare` containers, its name and note in `rows` lines (0 without containers). */
export function engineHeight(bare: number, tx: OvText, rows: [number, number]): number {
  return bare > 0 ? 3 + lineH(tx.name) + (rows[0] - 1) * lineH(tx.name) + rows[1] * lineH(tx.tiny) + 4 + bare * (band(tx) + 4) + 4 : 0;
}

/** A row's height: its VMs' (in columns `vmW` wide), at least 60, and the container engine's with its words in `rows` lines. */
export function rowHeight(t: Topology, hi: number, vmW: number, bare: number, tx: OvText, rows: [number, number]): number {
  return Math.max(vmsHeight(t, hi, vmW, tx), engineHeight(bare, tx, rows), 60);
}

/**
 * In one row of `count` guests `w` wide, the container engine's column (last) and the VMs': all as wide, or the
 * engine's wider when its words wrapped there make the row less tall. The VMs give it width only down to what their
 * names and the band labels whole at the even share need (`tx.vmWords`), and only while the row gets less tall.
 */
export function engineColumn(t: Topology, hi: number, w: number, count: number, tx: OvText, wrap: boolean): { vmW: number; engineW: number } {
  const even = (w - L.gap * (count - 1)) / count;
  const vms = t.vms.flatMap((vm, i) => (vm.host === hi ? [i] : []));
  const bare = t.containers.filter((c) => c.vm < 0 && c.host === hi).length;
  if (!wrap || bare === 0 || vms.length === 0 || tx.engine === undefined) return { vmW: even, engineW: even };
  // The least a VM needs: its name whole (bold), and its band labels' values (its chips wrap into more rows, counted in its height).
  const need = Math.max(
    ...vms.map((i) => {
      const vm = t.vms[i]!;
      const bands = tx.vmWords?.(t, i) ?? [];
      // A value already cut at the even share (a band too narrow for it there) does not hold the column wider; the
      // workload's longest word does (its band wraps at spaces, appRows: a phone's "CPU-bou… batch").
      const word = Math.max(0, ...(bands[0] ?? '').split(' ').map((part) => textWidth(part, tx.small) + 16));
      return Math.max(textWidth(vm.name, boldPx(tx.name)) + 10, word, ...bands.map((b) => textWidth(b, tx.small) + 16).filter((bw) => bw <= even));
    }),
  );
  const least = Math.min(even, need);
  const height = (vmW: number, engineW: number): number => rowHeight(t, hi, vmW, bare, tx, engineNeeds(engineW, tx));
  let best = { vmW: even, engineW: even, h: height(even, even) };
  // Narrower VMs are never less tall: stop once they alone are as tall as the best row.
  for (let vmW = even - 2; vmW >= least - 1e-9 && vmsHeight(t, hi, vmW, tx) < best.h - 1e-9; vmW -= 2) {
    const engineW = w - L.gap * (count - 1) - vms.length * vmW;
    const h = height(vmW, engineW);
    if (h < best.h - 1e-9) best = { vmW, engineW, h };
  }
  return { vmW: best.vmW, engineW: best.engineW };
}
