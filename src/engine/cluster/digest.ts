/**
 * The cluster part's digest (a leaf module: digest.ts folds snapshots on the main thread
 * without loading the cluster's code).
 */
import { foldBytes, foldText } from '../kernel/digest';
import type { ClusterPart } from './snapshot';

/** Closes the fleet section's JSON text that the container runtime opened (containers/snapshot.ts), then the page grid. */
export function digestCluster(part: ClusterPart, h: number): number {
  const fleet = foldBytes(foldText(h, `,"cl":${JSON.stringify(part.cl)},"hosts":${JSON.stringify(part.hosts)}}`), part.pages);
  // Instances fold only when there are some, so digests recorded before they existed stay valid.
  return part.instances.length === 0 ? fleet : foldText(fleet, JSON.stringify(part.instances));
}

export function digestClusterPart(part: { fleet: ClusterPart }, h: number): number {
  return digestCluster(part.fleet, h);
}
