/**
 * The boot countdown the lenses show ("the first in 1.0 s"): of some VMs, those booting their
 * guest OS now, the one up first and how long it has left. Network (the VMs its flows wait
 * for), Memory (a host's VMs) and GPU (a GPU's VMs) say it from this one rule, and the
 * inspector's "still booting" (one VM) rounds as they do, so the same moment reads the same
 * figure everywhere. Pure.
 */
import { POWER, type Snapshot } from '../../engine';

export interface BootLeft {
  /** The VMs of those asked about that boot now (indices, in the order asked). */
  booting: number[];
  /** The one up first: the least boot time left, the first asked of equals. */
  first: number;
  /** Until it is up (s, one decimal, rounded up: never 0.0 while it boots). */
  s: number;
}

/** Seconds shown for `ms` of boot left: one decimal, rounded up, at least 0.1. */
export const bootSeconds = (ms: number): number => Math.max(0.1, Math.ceil(ms / 100) / 10);

/** Of the VMs `among` (indices into the snapshot's VMs), those booting and the first up; null when none of them boots. */
export function bootLeftS(vms: Pick<Snapshot['vms'], 'power' | 'bootLeft'>, among: Iterable<number>): BootLeft | null {
  const booting: number[] = [];
  let first = -1;
  let least = Infinity;
  for (const i of among) {
    if (vms.power[i] !== POWER.booting) continue;
    booting.push(i);
    const left = vms.bootLeft[i] ?? 0;
    if (left < least) {
      least = left;
      first = i;
    }
  }
  return first < 0 ? null : { booting, first, s: bootSeconds(least) };
}
