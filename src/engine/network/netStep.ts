/**
 * The network's tick: emit, move, settle and free bursts, and roll the per-link
 * history. The network's `arbitrate` phase, run every NET_PERIOD ticks (network/index.ts).
 * Mutates st.net (and appends an event the first time a flow's bursts are dropped).
 */
import { pushEvent } from '../kernel/events';
import { PROTOCOLS } from './graph';
import { flowActive, HIST_LEN, HIST_WINDOW, LINGER_TICKS, NET_PERIOD, nodeUp, PKT, type NetState, type NetWorld } from './net';
import { arbitrateNics, dotDropped, queueDelayMs } from './nic';

export function stepNet(st: NetWorld): void {
  if (st.tick % NET_PERIOD !== 0) return;
  const net = st.net;
  shareNics(st, net);
  movePackets(st, net);
  emit(st, net);
  // One sample per HIST_WINDOW: the one period tick in each window's first NET_PERIOD ticks
  // (250 is no multiple of 8; testing tick % 250 === 0 rolled only every 1000 ms).
  if (st.tick > 0 && st.tick % HIST_WINDOW < NET_PERIOD) rollHistory(net);
}

/** The NICs share this period's demand: the active flows' bandwidth plus what other subsystems posted. */
function shareNics(st: NetWorld, net: NetState): void {
  const demand = new Float64Array(net.nics.capMiBps.length);
  net.graph.flows.forEach((flow, f) => {
    if (flow.nics.length === 0 || !flowActive(st, f)) return;
    for (const n of flow.nics) demand[n.slot] = (demand[n.slot] ?? 0) + flow.mibps;
  });
  arbitrateNics(st, net.nics, demand);
}

/**
 * A burst about to start hop `hop` of its flow's route: -1 if that hop leaves a NIC queue
 * that drops it (tail drop), else the ms it waits in the queues it joins there (backlog /
 * capacity), added to its time on the link.
 */
function nicHop(net: NetState, f: number, hop: number): number {
  const nics = net.graph.flows[f]?.nics ?? [];
  let waitMs = 0;
  for (const n of nics) {
    if (n.hop !== hop) continue;
    if (dotDropped(net.nics, n.slot)) return -1;
    waitMs += queueDelayMs(net.nics.queueMiB[n.slot] ?? 0, net.nics.capMiBps[n.slot] ?? 0);
  }
  return Math.round(waitMs);
}

function emit(st: NetWorld, net: NetState): void {
  const flows = net.graph.flows;
  for (let f = 0; f < flows.length; f++) {
    const flow = flows[f];
    // Clients outside start talking only once the VM they talk to is up.
    if (flow === undefined || !flowActive(st, f)) continue;
    let acc = (net.flowAcc[f] ?? 0) + (flow.perSecond * NET_PERIOD) / 1000;
    while (acc >= 1) {
      acc -= 1;
      launch(st, net, f);
    }
    net.flowAcc[f] = acc;
  }
}

/** Put a new burst on the first link of its flow's route, if the pool has room. */
function launch(st: NetWorld, net: NetState, f: number): void {
  const p = net.pkt;
  const flow = net.graph.flows[f];
  if (flow === undefined) return;
  const k = p.status.indexOf(PKT.free);
  if (k < 0) return;
  if (k >= net.hi) net.hi = k + 1;
  net.flowStats[f * 3] = (net.flowStats[f * 3] ?? 0) + 1;
  p.flow[k] = f;
  p.hop[k] = 0;
  p.id[k] = net.nextId++;
  p.born[k] = st.tick;
  p.end[k] = 0;
  const first = flow.route.links[0];
  if (first === undefined) {
    settle(st, net, k, PKT.dropped);
    return;
  }
  const wait = nicHop(net, f, 0);
  if (wait < 0) {
    settle(st, net, k, PKT.dropped, 'network.reason.congested');
    return;
  }
  p.status[k] = PKT.flying;
  p.left[k] = (net.graph.links[first]?.ticks ?? NET_PERIOD) + wait;
  count(net, first, flow.protocol);
}

function count(net: NetState, link: number, protocol: number): void {
  const i = link * PROTOCOLS.length + protocol;
  net.winTraffic[i] = (net.winTraffic[i] ?? 0) + 1;
}

function movePackets(st: NetWorld, net: NetState): void {
  const p = net.pkt;
  for (let k = 0; k < net.hi; k++) {
    const s = p.status[k];
    if (s === PKT.free) continue;
    if (s !== PKT.flying) {
      if (st.tick - (p.end[k] ?? 0) >= LINGER_TICKS) p.status[k] = PKT.free;
      continue;
    }
    const left = (p.left[k] ?? 0) - NET_PERIOD;
    if (left > 0) {
      p.left[k] = left;
      continue;
    }
    arrive(st, net, k);
  }
  while (net.hi > 0 && p.status[net.hi - 1] === PKT.free) net.hi -= 1;
}

/** A burst reached the far end of its current link: drop, deliver, or go on. */
function arrive(st: NetWorld, net: NetState, k: number): void {
  const p = net.pkt;
  const flow = net.graph.flows[p.flow[k] ?? 0];
  if (flow === undefined) return;
  const r = flow.route;
  const hop = (p.hop[k] ?? 0) + 1; // index of the node just reached
  if (r.dropAt === hop) {
    p.hop[k] = hop - 1;
    settle(st, net, k, PKT.dropped);
    return;
  }
  if (hop >= r.nodes.length - 1) {
    p.hop[k] = hop - 1;
    settle(st, net, k, nodeUp(st, flow.dst) ? PKT.delivered : PKT.dropped);
    return;
  }
  const link = r.links[hop];
  if (link === undefined) return;
  p.hop[k] = hop;
  const wait = nicHop(net, p.flow[k] ?? 0, hop);
  if (wait < 0) {
    settle(st, net, k, PKT.dropped, 'network.reason.congested');
    return;
  }
  p.left[k] = (net.graph.links[link]?.ticks ?? NET_PERIOD) + wait;
  count(net, link, flow.protocol);
}

function settle(st: NetWorld, net: NetState, k: number, status: number, why = ''): void {
  const p = net.pkt;
  const f = p.flow[k] ?? 0;
  p.status[k] = status;
  p.left[k] = 0;
  p.end[k] = st.tick;
  net.flowStats[f * 3 + (status === PKT.delivered ? 1 : 2)] = (net.flowStats[f * 3 + (status === PKT.delivered ? 1 : 2)] ?? 0) + 1;
  if (status !== PKT.dropped) return;
  const flow = net.graph.flows[f];
  const link = flow?.route.links[p.hop[k] ?? 0];
  if (link !== undefined) net.winDrops[link] = (net.winDrops[link] ?? 0) + 1;
  if ((net.flowStats[f * 3 + 2] ?? 0) === 1 && flow !== undefined) {
    const r = flow.route;
    const atNode = why !== '' ? (r.nodes[p.hop[k] ?? 0] ?? flow.dst) : r.dropAt >= 0 ? (r.nodes[r.dropAt] ?? flow.dst) : flow.dst;
    const at = net.graph.nodes[atNode]?.id ?? '';
    const reason = why !== '' ? why : r.reason === '' ? 'network.reason.dstDown' : r.reason;
    pushEvent(st.events, st.tick, 'info', 'network.event.dropped', { flow: flow.id, at, reason });
  }
}

function rollHistory(net: NetState): void {
  const L = net.graph.links.length;
  const P = PROTOCOLS.length;
  const pos = net.histPos;
  for (let l = 0; l < L; l++) {
    for (let q = 0; q < P; q++) {
      net.histTraffic[(l * P + q) * HIST_LEN + pos] = net.winTraffic[l * P + q] ?? 0;
    }
    net.histDrops[l * HIST_LEN + pos] = net.winDrops[l] ?? 0;
  }
  net.winTraffic.fill(0);
  net.winDrops.fill(0);
  net.histPos = (pos + 1) % HIST_LEN;
  net.histCount = Math.min(HIST_LEN, net.histCount + 1);
}
