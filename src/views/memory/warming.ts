/**
 * The frame grid's first seconds: while a VM on the host is still booting its guest OS and
 * almost every frame is free, the grid is nearly all grey, which reads as "nothing here".
 * This says why, from the snapshot's own numbers: whose guest OS boots, how long it has
 * left, and how few frames are in use so far. Null once the grid has something to show.
 */
import { POWER, type Snapshot } from '../../engine';

/** Below this share of frames in use (%) a booting host's grid is all but empty. */
export const WARM_PCT = 10;

export interface Warming {
  /** The VMs on the host whose guest OS is booting. */
  vms: string[];
  /** Until the first of them is up (s, one decimal). */
  s: number;
  /** Frames in use (%, whole, rounded down: under WARM_PCT it never reads as WARM_PCT). */
  pct: number;
}

export function warming(s: Snapshot, host: number): Warming | null {
  const hm = s.memory.hosts[host];
  if (hm === undefined || hm.frames === 0) return null;
  const used = ((hm.frames - hm.freeFrames) / hm.frames) * 100;
  if (used >= WARM_PCT) return null;
  const booting = s.topology.vms.map((vm, i) => ({ vm, i })).filter(({ vm, i }) => vm.host === host && s.vms.power[i] === POWER.booting);
  if (booting.length === 0) return null;
  const left = Math.min(...booting.map(({ i }) => s.vms.bootLeft[i] ?? 0));
  return { vms: booting.map(({ vm }) => vm.name), s: Math.max(0.1, Math.ceil(left / 100) / 10), pct: Math.floor(used) };
}

/**
 * The sentence's key and figures: one booting VM has `s` seconds left; of several, only the
 * first to be up is timed ("the first is up in s").
 */
export function warmingWords(w: Warming): { key: 'memory.warming' | 'memory.warmingMany'; params: { vms: string; s: string; pct: number } } {
  return { key: w.vms.length > 1 ? 'memory.warmingMany' : 'memory.warming', params: { vms: w.vms.join(', '), s: w.s.toFixed(1), pct: w.pct } };
}

export const sameWarming = (a: Warming | null, b: Warming | null): boolean =>
  a === b || (a !== null && b !== null && a.s === b.s && a.pct === b.pct && a.vms.join() === b.vms.join());
