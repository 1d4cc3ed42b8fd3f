/**
 * snapshotDigest without the simulation: it imports only the kernel's and each
 * subsystem's snapshot leaf modules, never a subsystem's contract object (which holds
 * all its code), so a bundle that only digests snapshots stays small. (The worker digests
 * the snapshots it sends; StateDigest shows the result.)
 * SECTIONS is the digest order: the kernel's part, then each subsystem's part in this
 * order (the order of the snapshot before the registry existed, so recorded digests stay
 * valid). Append a new subsystem's digest at the end; registry.ts refuses to load when
 * this list and the registry disagree.
 */
import { digestAppVirtPart } from './appvirt/digest';
import { digestClusterPart } from './cluster/digest';
import { digestContainersPart } from './containers/digest';
import { digestCpuPart } from './cpu/snapshot';
import { digestGpuPart } from './gpu/digest';
import { kernelDigest } from './kernel/digest';
import { digestMemoryPart } from './memory/digest';
import { digestNetPart } from './network/netSnapshot';
import { digestOrchPart } from './orchestration/digest';
import type { Snapshot } from './registry';
import { digestStoragePart } from './storage/snapshot';
import { digestVirtPart } from './virt/snapshot';

export interface SectionDigest {
  /** The subsystem's id (registry.ts). */
  readonly id: string;
  readonly digest: (part: Snapshot, h: number) => number;
}

/** Never reorder: a change here changes every recorded digest. */
export const SECTIONS: readonly SectionDigest[] = [
  { id: 'cpu', digest: digestCpuPart },
  { id: 'storage', digest: digestStoragePart },
  { id: 'virt', digest: digestVirtPart },
  { id: 'net', digest: digestNetPart },
  { id: 'containers', digest: digestContainersPart },
  { id: 'cluster', digest: digestClusterPart },
  { id: 'memory', digest: digestMemoryPart },
  { id: 'gpu', digest: digestGpuPart },
  { id: 'appvirt', digest: digestAppVirtPart },
  { id: 'orch', digest: digestOrchPart },
];

/** A short, stable digest of everything a snapshot says (for golden tests, replay checks and reload tests). */
export function snapshotDigest(s: Snapshot): string {
  let h = kernelDigest(s);
  for (const section of SECTIONS) h = section.digest(s, h);
  return (h >>> 0).toString(16).padStart(8, '0');
}
