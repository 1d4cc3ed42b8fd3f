/**
 * What the UI sees of the network: the graph (small, plain objects) and copies of the
 * packet pool, flow counters and per-link history as typed arrays (transferable).
 */
import type { NetGraph } from './graph';
import type { NetState } from './net';
import type { NicState } from './nic';
import { foldBytes } from '../kernel/digest';

export interface NetSnapshot {
  graph: NetGraph;
  pkt: NetState['pkt'];
  /** Per flow: sent, delivered, dropped. */
  flowStats: Float64Array;
  histTraffic: Float32Array;
  histDrops: Float32Array;
  histPos: number;
  histCount: number;
  nics: NicSnapshot;
}

/** Per host NIC direction (slot 2h transmit, 2h + 1 receive of host h), from the network's last period. */
export interface NicSnapshot {
  capMiBps: Float64Array;
  demandMiBps: Float64Array;
  deliveredMiBps: Float64Array;
  utilPct: Float64Array;
  /** Backlog, MiB: what joins the queue now waits queueMiB / capMiBps (network/nic.ts queueDelayMs; the lens divides the figures it shows). */
  queueMiB: Float64Array;
  /** Cumulative: MiB dropped, dots (bursts) dropped. */
  droppedMiB: Float64Array;
  droppedBursts: Float64Array;
}

function nicSnapshot(n: NicState, dtMs: number): NicSnapshot {
  const rate = (a: Float64Array) => a.map((x) => (x * 1000) / dtMs);
  const delivered = rate(n.delivered);
  return {
    capMiBps: n.capMiBps.slice(),
    demandMiBps: rate(n.arrived),
    deliveredMiBps: delivered,
    utilPct: delivered.map((d, i) => ((n.capMiBps[i] ?? 0) > 0 ? (100 * d) / (n.capMiBps[i] ?? 1) : 0)),
    queueMiB: n.queueMiB.slice(),
    droppedMiB: n.droppedMiB.slice(),
    droppedBursts: n.droppedBursts.slice(),
  };
}

export function netSnapshot(n: NetState): NetSnapshot {
  const p = n.pkt;
  return {
    graph: structuredClone(n.graph),
    pkt: { flow: p.flow.slice(), hop: p.hop.slice(), left: p.left.slice(), status: p.status.slice(), id: p.id.slice(), born: p.born.slice(), end: p.end.slice() },
    flowStats: n.flowStats.slice(),
    histTraffic: n.histTraffic.slice(),
    histDrops: n.histDrops.slice(),
    histPos: n.histPos,
    histCount: n.histCount,
    nics: nicSnapshot(n.nics, Math.max(1, n.nics.lastDtMs)),
  };
}

/** Every typed array of the network part (transfer list and digest). */
export function netBuffers(s: NetSnapshot): ArrayBufferView[] {
  const p = s.pkt;
  return [p.flow, p.hop, p.left, p.status, p.id, p.born, p.end, s.flowStats, s.histTraffic, s.histDrops];
}

/**
 * The NIC figures' buffers (transferred, not digested: they follow from digested state, the
 * flows and the migration, and what congestion does shows in the digested flow counters and
 * migration rounds; so a world with no congestion keeps its digest).
 */
export function nicBuffers(s: NetSnapshot): ArrayBufferView[] {
  const n = s.nics;
  return [n.capMiBps, n.demandMiBps, n.deliveredMiBps, n.utilPct, n.queueMiB, n.droppedMiB, n.droppedBursts];
}

/** Fold the network part into the running digest: the bytes of every typed array. */
export function digestNetPart(part: { net: NetSnapshot }, h: number): number {
  return netBuffers(part.net).reduce(foldBytes, h);
}
