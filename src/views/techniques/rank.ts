/**
 * The comparison's two questions asked apart: what does each technique cost by itself
 * (its sensitive instructions, on a type-1 host), and what does each device cost (the
 * same I/O on each path)? The grid's totals mix the two, because each technique is
 * costed with its usual device (emulated for binary translation and hardware assistance,
 * virtio for paravirtualization); on modern VT-x with EPT the emulated device is most of
 * a full-virtualization guest's overhead while hardware assistance's own cost is the
 * lowest. Pure.
 */
import { withUnit } from '../../i18n';
import { costOf, CYCLES_PER_TICK, defaultIo, exitCycles, ioPathCost, ioPaths, techniques, type HwMode, type IoPathId, type IoSpec, type TechniqueId, type WorkCounts } from '../../engine';

/** Which device the comparison costs every technique's I/O on: each technique's usual one, or one path for all. */
export type DeviceChoice = 'usual' | IoPathId;
export const DEVICE_CHOICES: readonly DeviceChoice[] = ['usual', ...ioPaths];

/** The I/O spec a technique's I/O is costed with under a choice (the default queue depth). */
export function ioFor(choice: DeviceChoice, technique: TechniqueId): IoSpec {
  const usual = defaultIo(technique);
  return choice === 'usual' ? usual : { path: choice, batch: usual.batch };
}

export interface Part<K extends string> {
  key: K;
  /** Share of the guests' pCPU time, in per cent: cycles / (guest cycles + cycles). */
  pct: number;
}

const share = (cycles: number, budget: number): number => (budget + cycles > 0 ? (cycles / (budget + cycles)) * 100 : 0);

/** Each technique's own cost on this work (type 1, no I/O), cheapest first (ties keep the techniques' order). */
export function techniqueParts(work: WorkCounts, hw: HwMode): Part<TechniqueId>[] {
  const budget = work.runMs * CYCLES_PER_TICK;
  return techniques.map((key) => ({ key, pct: share(costOf(key, 'type1', work, hw).cpuCycles, budget) })).toSorted((a, b) => a.pct - b.pct);
}

/** Each device's cost for this work's I/O (type 1, on this host's exit price), cheapest first. */
export function deviceParts(work: WorkCounts, hw: HwMode): Part<IoPathId>[] {
  const budget = work.runMs * CYCLES_PER_TICK;
  const batch = defaultIo('paravirtual').batch;
  return ioPaths.map((key) => ({ key, pct: share(ioPathCost(key, work.io, batch, exitCycles(hw)).cycles, budget) })).toSorted((a, b) => a.pct - b.pct);
}

/** "a 0.7 % < b 0.9 % = c 0.9 %": the parts in order, with = where the shown figures are the same. */
export function orderText<K extends string>(parts: readonly Part<K>[], name: (k: K) => string, digits = 1): string {
  return parts
    .map((p, i) => {
      const shown = p.pct.toFixed(digits);
      const prev = parts[i - 1];
      const sign = prev === undefined ? '' : prev.pct.toFixed(digits) === shown ? ' = ' : ' < ';
      return `${sign}${name(p.key)} ${withUnit(shown, '%')}`;
    })
    .join('');
}
