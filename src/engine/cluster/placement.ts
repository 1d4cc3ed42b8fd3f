/**
 * Placement policies for a new (or restarted) VM, as pure functions over each host's
 * free memory: first fit (the first host in order where it fits), best fit (the host it
 * leaves with the least memory free: packs tightly, keeps big holes for big VMs),
 * worst fit / most free (the host with the most free: headroom for growth) and spread
 * (the host with the fewest VMs: a failure takes out fewer). Every candidate is kept
 * with its numbers, so the UI can show why the chosen host won.
 */
import type { VmPlacementPolicy } from '../scenario/parts';

export type { VmPlacementPolicy };

export interface HostLoad {
  host: string;
  freeMiB: number;
  vms: number;
  failed: boolean;
}

export interface Candidate {
  host: string;
  freeMiB: number;
  needMiB: number;
  vms: number;
  fits: boolean;
  failed: boolean;
  chosen: boolean;
}

/** Lower is better; only hosts where the VM fits are ranked. */
function score(policy: VmPlacementPolicy, h: HostLoad, i: number, need: number): number {
  switch (policy) {
    case 'first-fit':
      return i;
    case 'best-fit':
      return h.freeMiB - need;
    case 'worst-fit':
      return -h.freeMiB;
    case 'spread':
      return h.vms * 1e9 - h.freeMiB;
  }
}

/** Choose a host index for a VM needing `needMiB`, or -1 when it fits nowhere. Ties go to the earlier host. */
export function choosePlacement(policy: VmPlacementPolicy, hosts: readonly HostLoad[], needMiB: number): { chosen: number; candidates: Candidate[] } {
  let chosen = -1;
  let best = Infinity;
  hosts.forEach((h, i) => {
    if (h.failed || h.freeMiB < needMiB) return;
    const s = score(policy, h, i, needMiB);
    if (s < best) {
      best = s;
      chosen = i;
    }
  });
  const candidates = hosts.map((h, i) => ({ host: h.host, freeMiB: h.freeMiB, needMiB, vms: h.vms, fits: !h.failed && h.freeMiB >= needMiB, failed: h.failed, chosen: i === chosen }));
  return { chosen, candidates };
}
