/**
 * The network subsystem's state and tick: flows emit bursts (one dot each) at their
 * rate while their source is powered on; bursts move link by link along the flow's
 * route and are delivered or dropped (with the reason) where the route says. Per link
 * and protocol it keeps a short history of traffic and drops, so the lens can plot
 * throughput over time. Runs every NET_PERIOD ticks and uses no randomness, so adding
 * it leaves the CPU subsystem's random stream untouched. Mutates `st.net` in place.
 */
import { POWER } from '../kernel/codes';
import type { World } from '../kernel/world';
import { buildGraph, PROTOCOLS, type NetGraph } from './graph';
import { buildNics, carryNics, type NicState } from './nic';

export const NET_PERIOD = 8;
/** Most bursts alive at once; the pool is sized by the flows (16 each), up to this. */
export const PACKET_CAP = 160;
/** Ticks a delivered or dropped burst stays visible (and clickable) at its last node. */
export const LINGER_TICKS = 600;
/** Ticks per history sample, and samples kept (10 s). */
export const HIST_WINDOW = 250;
export const HIST_LEN = 40;
export const PKT = { free: 0, flying: 1, delivered: 2, dropped: 3 } as const;

export interface NetState {
  graph: NetGraph;
  /** Packet pool. hop = index into the flow's route links; left = ticks left on it. */
  pkt: { flow: Int16Array; hop: Int16Array; left: Int16Array; status: Uint8Array; id: Int32Array; born: Int32Array; end: Int32Array };
  nextId: number;
  /** One past the highest pool slot in use: the tick loop scans only below it. */
  hi: number;
  /** Per flow: emission accumulator, sent, delivered, dropped. */
  flowAcc: Float64Array;
  flowStats: Float64Array;
  /** Per link x protocol: bursts in the current sampling period; per link: drops in it. */
  winTraffic: Float64Array;
  winDrops: Float64Array;
  /** Rings of HIST_LEN samples: traffic [link][protocol][sample], drops [link][sample]. */
  histTraffic: Float32Array;
  histDrops: Float32Array;
  histPos: number;
  histCount: number;
  /** The hosts' physical NICs: capacity, queues, what they carried and dropped (nic.ts). */
  nics: NicState;
}

/** What every network function sees: the world and the network's own state. */
export type NetWorld = World & { net: NetState };

export function buildNet(scenario: World['scenario']): NetState {
  const graph = buildGraph(scenario);
  const L = graph.links.length;
  const P = PROTOCOLS.length;
  const F = graph.flows.length;
  const cap = Math.min(PACKET_CAP, F * 16);
  return {
    graph,
    pkt: {
      flow: new Int16Array(cap),
      hop: new Int16Array(cap),
      left: new Int16Array(cap),
      status: new Uint8Array(cap),
      id: new Int32Array(cap),
      born: new Int32Array(cap),
      end: new Int32Array(cap),
    },
    nextId: 1,
    hi: 0,
    // Stagger flows so their dots do not leave in lock-step.
    flowAcc: Float64Array.from({ length: F }, (_, i) => (i * 0.37) % 1),
    flowStats: new Float64Array(F * 3),
    winTraffic: new Float64Array(L * P),
    winDrops: new Float64Array(L),
    histTraffic: new Float32Array(L * P * HIST_LEN),
    histDrops: new Float32Array(L * HIST_LEN),
    histPos: 0,
    histCount: 0,
    nics: buildNics(scenario),
  };
}

function linkKey(g: NetGraph, l: number): string {
  const k = g.links[l];
  return k === undefined ? '' : `${g.nodes[k.a]?.id}>${g.nodes[k.b]?.id}`;
}

/** Carry counters, history and bursts in flight across a scenario edit, by flow id and link ends. */
export function carryNet(prev: NetState, prevScenario: World['scenario'], scenario: World['scenario']): NetState {
  const next = buildNet(scenario);
  next.nics = carryNics(prev.nics, prevScenario, scenario);
  const P = PROTOCOLS.length;
  const oldLink = new Map(prev.graph.links.map((_, l) => [linkKey(prev.graph, l), l]));
  next.graph.links.forEach((_, l) => {
    const o = oldLink.get(linkKey(next.graph, l));
    if (o === undefined) return;
    next.histTraffic.set(prev.histTraffic.subarray(o * P * HIST_LEN, (o + 1) * P * HIST_LEN), l * P * HIST_LEN);
    next.histDrops.set(prev.histDrops.subarray(o * HIST_LEN, (o + 1) * HIST_LEN), l * HIST_LEN);
    next.winTraffic.set(prev.winTraffic.subarray(o * P, (o + 1) * P), l * P);
    next.winDrops[l] = prev.winDrops[o] ?? 0;
  });
  next.histPos = prev.histPos;
  next.histCount = prev.histCount;
  next.nextId = prev.nextId;
  const oldFlow = new Map(prev.graph.flows.map((f, i) => [f.id, i]));
  next.graph.flows.forEach((f, i) => {
    const o = oldFlow.get(f.id);
    if (o === undefined) return;
    next.flowAcc[i] = prev.flowAcc[o] ?? 0;
    // Bursts in flight on a changed route are not carried: count them as sent and settled.
    next.flowStats.set(prev.flowStats.subarray(o * 3, o * 3 + 3), i * 3);
  });
  const p = prev.pkt;
  for (let k = 0; k < p.status.length; k++) {
    if (p.status[k] === PKT.free) continue;
    const f = p.flow[k] ?? 0;
    const ni = oldFlow.get(prev.graph.flows[f]?.id ?? '') === undefined ? -1 : next.graph.flows.findIndex((x) => x.id === prev.graph.flows[f]?.id);
    if (ni < 0) continue;
    const settled = p.status[k] !== PKT.flying;
    if (!settled) {
      // The edit may have changed the route under it: it is lost in the change, counted as dropped.
      next.flowStats[ni * 3 + 2] = (next.flowStats[ni * 3 + 2] ?? 0) + 1;
      continue;
    }
    const j = next.pkt.status.indexOf(PKT.free);
    if (j < 0) continue;
    copyPacket(p, k, next.pkt, j, ni);
    next.hi = Math.max(next.hi, j + 1);
  }
  return next;
}

function copyPacket(from: NetState['pkt'], i: number, to: NetState['pkt'], j: number, flow: number): void {
  to.flow[j] = flow;
  to.hop[j] = from.hop[i] ?? 0;
  to.left[j] = from.left[i] ?? 0;
  to.status[j] = from.status[i] ?? 0;
  to.id[j] = from.id[i] ?? 0;
  to.born[j] = from.born[i] ?? 0;
  to.end[j] = from.end[i] ?? 0;
}

/** Whether a flow talks now: its source is up (clients outside wait for the VM they talk to) and it is inside its active span (startAt..stopAt). */
function flowActive(st: NetWorld, f: number): boolean {
  const flow = st.net.graph.flows[f];
  if (flow === undefined || !nodeUp(st, flow.src) || (st.net.graph.nodes[flow.src]?.kind === 'ext' && !nodeUp(st, flow.dst))) return false;
  return !((flow.startAt >= 0 && st.tick < flow.startAt) || (flow.stopAt >= 0 && st.tick >= flow.stopAt));
}

/** Whether a node's VM (if any) is powered on and booted. */
function nodeUp(st: NetWorld, n: number): boolean {
  const node = st.net.graph.nodes[n];
  if (node === undefined) return false;
  if (node.kind !== 'vnic') return true;
  return node.ct >= 0 ? st.ctPower[node.ct] === POWER.on : st.vmPower[node.vm] === POWER.on;
}

export { nodeUp, linkKey, flowActive };
