/**
 * The technique counters' part of a snapshot: one row of VF fields per VM (a typed-array
 * copy, transferred, never shared with the live state).
 */
import { foldBytes } from '../kernel/digest';
import type { VirtWorld } from './virt';

export interface VirtSnapshot {
  /** VF.count counters per VM, row-major (virt.ts VF names them). */
  vm: Float64Array;
}

export function virtSnapshot(st: VirtWorld): VirtSnapshot {
  return { vm: st.virt.vm.slice() };
}

export function virtBuffers(s: VirtSnapshot): ArrayBuffer[] {
  return [s.vm.buffer as ArrayBuffer];
}

export function digestVirt(s: VirtSnapshot, h: number): number {
  return foldBytes(h, s.vm);
}

export function digestVirtPart(part: { virt: VirtSnapshot }, h: number): number {
  return digestVirt(part.virt, h);
}
