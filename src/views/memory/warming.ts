/**
 * The frame grid's first seconds: while a VM on the host is still booting its guest OS and
 * almost every frame is free, the grid is nearly all grey, which reads as "nothing here".
 * This says why, from the snapshot's own numbers: whose guest OS boots, how long it has
 * left, and how few frames are in use so far. Null once the grid has something to show.
 */
import type { Snapshot } from '../../engine';
import { bootLeftS } from '../shared/bootLeft';

/** Below this share of frames in use (%) a booting host's grid is all but empty. */
export const WARM_PCT = 10;

export interface Warming {
  /** The VMs on the host whose guest OS is booting. */
  vms: string[];
  /** The one of them that is up first (the least boot time left; the first named of equals). */
  first: string;
  /** Until it is up (s, one decimal). */
  s: number;
  /** Frames in use (%, whole, rounded down: under WARM_PCT it never reads as WARM_PCT). */
  pct: number;
  /** Some frames are in use, but under 1 % (pct reads 0, which the grid's used cells would belie). */
  underOne: boolean;
}

export function warming(s: Snapshot, host: number): Warming | null {
  const hm = s.memory.hosts[host];
  if (hm === undefined || hm.frames === 0) return null;
  const used = ((hm.frames - hm.freeFrames) / hm.frames) * 100;
  if (used >= WARM_PCT) return null;
  const up = bootLeftS(s.vms, s.topology.vms.flatMap((vm, i) => (vm.host === host ? [i] : [])));
  if (up === null) return null;
  const name = (i: number): string => s.topology.vms[i]?.name ?? '';
  return {
    vms: up.booting.map(name),
    first: name(up.first),
    s: up.s,
    pct: Math.floor(used),
    underOne: used > 0 && used < 1,
  };
}

/**
 * The sentence's key and figures: one booting VM has `s` seconds left; of several, the one
 * up first is named and timed. The share in use carries its unit ("9 %"), or is a key
 * ("under 1 %") when some frames are in use but fewer than 1 %.
 */
export function warmingWords(w: Warming): { key: 'memory.warming' | 'memory.warmingMany'; params: { vms: string; first: string; s: string; pct: string } } {
  return {
    key: w.vms.length > 1 ? 'memory.warmingMany' : 'memory.warming',
    params: { vms: w.vms.join(', '), first: w.first, s: w.s.toFixed(1), pct: w.underOne ? 'memory.warmingUnderOne' : `${w.pct} %` },
  };
}

export const sameWarming = (a: Warming | null, b: Warming | null): boolean =>
  a === b || (a !== null && b !== null && a.s === b.s && a.pct === b.pct && a.underOne === b.underOne && a.first === b.first && a.vms.join() === b.vms.join());
