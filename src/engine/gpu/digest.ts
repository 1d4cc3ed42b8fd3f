/**
 * The GPU part's digest (a leaf: digest.ts folds snapshots on the main thread without the
 * simulation). A world without GPUs folds nothing, so digests recorded before GPUs existed stay valid.
 */
import { foldText } from '../kernel/digest';
import type { GpuSnapshot } from './model';

export function digestGpuPart(part: { gpu: GpuSnapshot }, h: number): number {
  if (part.gpu.devs.length === 0) return h;
  const round = (x: number): number => Math.round(x * 1e6) / 1e6;
  const devs = part.gpu.devs.map((d) => [d.id, d.mode, round(d.util), round(d.switchShare), d.switches, d.recent.join(',')]);
  const atts = part.gpu.atts.map((a) => [a.vm, a.gpu, round(a.share), round(a.wait), round(a.turnWaitMs), round(a.doneMs), a.oom ? 1 : 0]);
  return foldText(h, JSON.stringify({ devs, atts }));
}
