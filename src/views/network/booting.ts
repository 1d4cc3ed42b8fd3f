/**
 * The drawing's first seconds: while a VM boots its guest OS it sends nothing, so a flow
 * between booting VMs draws no bursts yet. This says how many VMs boot and when the first of
 * them is up, from the snapshot's boot times (the same figure, to one decimal, as the
 * Memory and GPU views give). Null once none boots.
 */
import { POWER, type Snapshot } from '../../engine';

export interface Booting {
  /** VMs booting now. */
  n: number;
  /** Until the first of them is up (s, one decimal, never 0.0 while it boots). */
  s: number;
}

export function booting(snap: Snapshot): Booting | null {
  let n = 0;
  let least = Infinity;
  snap.vms.power.forEach((p, i) => {
    if (p !== POWER.booting) return;
    n += 1;
    least = Math.min(least, snap.vms.bootLeft[i] ?? 0);
  });
  return n === 0 ? null : { n, s: Math.max(0.1, Math.ceil(least / 100) / 10) };
}

export const sameBooting = (a: Booting | null, b: Booting | null): boolean => a === b || (a !== null && b !== null && a.n === b.n && a.s === b.s);
