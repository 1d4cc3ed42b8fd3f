/**
 * Application virtualization's digest (a leaf: digest.ts folds snapshots on the main
 * thread without the simulation). A world without sandboxes folds nothing, so digests
 * recorded before sandboxes were modelled stay valid.
 */
import { foldText } from '../kernel/digest';
import type { AppVirtSnapshot } from './model';

export function digestAppVirtPart(part: { appvirt: AppVirtSnapshot }, h: number): number {
  if (part.appvirt.boxes.length === 0) return h;
  return foldText(h, JSON.stringify(part.appvirt));
}
