/**
 * The memory references of one TLB miss, step by step, for a guest virtual page whose
 * guest physical page is known. Shadow paging walks the hypervisor's shadow table
 * (guest virtual -> host physical directly): one reference per level. Direct paging
 * (paravirtual) walks the guest's own table, whose entries hold host frames, as a native
 * walk: one reference per level, each read at the host frame of the table page. Nested paging
 * walks the guest's table, but every guest table page is named by a guest physical
 * address, so each level first needs a walk of the nested (EPT/NPT) table; the final
 * guest physical address needs one more: (L+1)(L+1)-1 references for L levels (24 for
 * 4). The data access itself follows and is not counted. Guest page tables live in the
 * guest OS's own pages; where exactly is a fixed function of the address (a model).
 */

import type { PagingMode } from '../kernel/paging';

export type WalkRefKind = 'shadow' | 'guest' | 'ept' | 'data';

export interface WalkRef {
  kind: WalkRefKind;
  /** Page-table level (4 = top); 0 for the data. */
  level: number;
  /** Index into that level's table (9 bits of the virtual page number). */
  index: number;
  /** Guest physical page being read or translated, or -1. */
  gpp: number;
  /** Host frame read (known for guest table pages and data, -1 for hypervisor tables). */
  frame: number;
}

export interface WalkInput {
  mode: PagingMode;
  largePages: boolean;
  /** Guest virtual page number and the guest physical page it maps to. */
  gvpn: number;
  gpp: number;
  /** Guest OS pages (where the guest's page tables live) and the host frame of a guest page (-1 none). */
  osPages: number;
  frameOf: (gpp: number) => number;
}

/** Guest physical page holding the guest's level-`level` table for this address (inside the OS's pages). */
export function guestTablePage(level: number, gvpn: number, osPages: number): number {
  const upper = Math.floor(gvpn / 2 ** (9 * level));
  return (level * 131 + upper * 17) % Math.max(1, osPages);
}

const indexAt = (gvpn: number, level: number): number => Math.floor(gvpn / 2 ** (9 * (level - 1))) % 512;

export function translationWalk(w: WalkInput): WalkRef[] {
  const levels = w.largePages ? 3 : 4;
  const out: WalkRef[] = [];
  const eptWalk = (gpp: number): void => {
    for (let l = levels; l >= 1; l--) out.push({ kind: 'ept', level: l, index: indexAt(gpp, l), gpp, frame: -1 });
  };
  for (let l = levels; l >= 1; l--) {
    if (w.mode === 'shadow') {
      out.push({ kind: 'shadow', level: l, index: indexAt(w.gvpn, l), gpp: -1, frame: -1 });
      continue;
    }
    const table = guestTablePage(l, w.gvpn, w.osPages);
    if (w.mode === 'nested') eptWalk(table);
    out.push({ kind: 'guest', level: l, index: indexAt(w.gvpn, l), gpp: table, frame: w.frameOf(table) });
  }
  if (w.mode === 'nested') eptWalk(w.gpp);
  out.push({ kind: 'data', level: 0, index: 0, gpp: w.gpp, frame: w.frameOf(w.gpp) });
  return out;
}
