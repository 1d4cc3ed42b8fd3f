/**
 * What the UI sees of the network: the graph (small, plain objects) and copies of the
 * packet pool, flow counters and per-link history as typed arrays (transferable).
 */
import type { NetGraph } from './graph';
import type { NetState } from './net';
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
  };
}

/** Every typed array of the network part (transfer list and digest). */
export function netBuffers(s: NetSnapshot): ArrayBufferView[] {
  const p = s.pkt;
  return [p.flow, p.hop, p.left, p.status, p.id, p.born, p.end, s.flowStats, s.histTraffic, s.histDrops];
}

/** Fold the network part into the running digest: the bytes of every typed array. */
export function digestNetPart(part: { net: NetSnapshot }, h: number): number {
  return netBuffers(part.net).reduce(foldBytes, h);
}
