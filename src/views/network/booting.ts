/**
 * The drawing's first seconds: while a VM boots its guest OS it sends nothing, so a flow
 * waiting for a booting VM draws no bursts yet. This says how many of the VMs the drawing
 * waits for boot and when the first of them is up, from the snapshot's boot times (the same
 * figure, to one decimal, as the Memory and GPU views give: shared/bootLeft.ts). A VM counts
 * when one of the drawn flows starts only once it is up: it is the flow's source, or the VM
 * clients outside talk to (the engine's net.ts, flowActive). A booting VM that only receives from other VMs,
 * or has no vNIC or no flow, holds nothing back and is not counted; nor is a VM whose flows
 * have all stopped. Null once none the drawing waits for boots.
 */
import type { Snapshot } from '../../engine';
import { bootLeftS } from '../shared/bootLeft';

export interface Booting {
  /** Booting VMs the drawing's flows wait for. */
  n: number;
  /** Until the first of them is up (s, one decimal, never 0.0 while it boots). */
  s: number;
}

/** The VMs (indices) whose being up a drawn flow waits for, from now on. */
function waitedFor(snap: Snapshot): Set<number> {
  const { nodes, flows } = snap.net.graph;
  const out = new Set<number>();
  for (const f of flows) {
    if (f.stopAt >= 0 && snap.tick >= f.stopAt) continue;
    const src = nodes[f.src];
    const vnic = src?.kind === 'ext' ? nodes[f.dst] : src;
    if (vnic?.kind === 'vnic' && vnic.ct < 0 && vnic.vm >= 0) out.add(vnic.vm);
  }
  return out;
}

export function booting(snap: Snapshot): Booting | null {
  const up = bootLeftS(snap.vms, waitedFor(snap));
  return up === null ? null : { n: up.booting.length, s: up.s };
}

export const sameBooting = (a: Booting | null, b: Booting | null): boolean => a === b || (a !== null && b !== null && a.n === b.n && a.s === b.s);
