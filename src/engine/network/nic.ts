/**
 * Links have capacity: each host's physical NIC, full duplex (a transmit and a receive
 * direction, meter slots 2h and 2h + 1), carries the VM traffic whose routes cross it
 * and what other subsystems post on the channel (a live migration's copy). Each
 * direction is one FIFO queue in front of a wire of fixed speed, as on a NIC with no
 * traffic shaping (no vSphere NIOC): per network period what arrives joins the queue,
 * the wire sends at most its capacity, what it could not send waits in the queue (so
 * what joins it next waits backlog / capacity: the queueing delay), and only what would
 * overflow the queue's bound is dropped (tail drop). So when a direction is oversubscribed, every sender gets the same
 * fraction of what it offered (its share of a FIFO's output is its share of the input):
 * a migration copying at line rate takes bandwidth from the VMs, and itself gets less.
 * The network publishes per direction the demand, the delivered throughput, the
 * utilisation and the share held back (queued or dropped) as channel meters.
 */
import { meter, NIC_CAP, NIC_DELIVERED, NIC_DEMAND, NIC_HELD, NIC_POST_MIB, NIC_UTIL, take, type MeterSpec } from '../kernel/channel';
import { pushEvent } from '../kernel/events';
import type { Scenario } from '../scenario/schema';

/** 1 Gb/s in MiB/s, as VirtLab counts everywhere (10 GbE = 1250 MiB/s; really 1192). */
export const MIBPS_PER_GBPS = 125;
/** Packets a NIC direction's queue holds: Linux's default transmit queue length (txqueuelen 1000, `ip link`). */
export const NIC_QUEUE_PACKETS = 1000;
/** Bytes per packet: the Ethernet MTU, 1500 B. */
export const NIC_PACKET_BYTES = 1500;
/** Bound of one NIC direction's queue, MiB (1000 x 1500 B = 1.43 MiB): past it a congested link drops (tail drop). */
export const NIC_QUEUE_MIB = (NIC_QUEUE_PACKETS * NIC_PACKET_BYTES) / (1024 * 1024);

/** Queueing delay, ms: what joins a queue holding `queueMiB` waits until the wire has sent it (backlog / capacity). */
export const queueDelayMs = (queueMiB: number, capMiBps: number): number => (capMiBps > 0 ? (1000 * queueMiB) / capMiBps : 0);

export const NIC_METERS: readonly MeterSpec[] = [
  { id: NIC_DEMAND, space: 'nic', kind: 'level', unit: 'MiB/s', doc: 'What was offered to a host NIC direction in the network\'s last period: the VM flows crossing it plus what was posted (a migration\'s copy). Published by the network every period.' },
  { id: NIC_DELIVERED, space: 'nic', kind: 'level', unit: 'MiB/s', doc: 'What the NIC direction sent in the last period: at most its capacity, at most what arrived plus its queue. Published by the network.' },
  { id: NIC_UTIL, space: 'nic', kind: 'level', unit: '%', doc: 'Delivered over the NIC\'s capacity, in %. Published by the network.' },
  { id: NIC_CAP, space: 'nic', kind: 'level', unit: 'MiB/s', doc: 'A NIC direction\'s capacity (its host\'s nicGbps x 125). Published by the network every period; DRS prices a move at the share of it a copy would get beside the traffic offered now.' },
  { id: NIC_HELD, space: 'nic', kind: 'level', unit: 'share', doc: 'Share of what was offered that the NIC direction did not send in the last period (queued or dropped), 0-1; 0 when uncongested. Published by the network; a live migration reads it and copies at (1 - it) x its link speed.' },
];

export interface NicState {
  /** Per slot (2h transmit, 2h + 1 receive): capacity, MiB/s. */
  capMiBps: Float64Array;
  /** Backlog waiting in the queue, MiB. */
  queueMiB: Float64Array;
  /** The last period: MiB it could send, MiB in the queue before it, arrived, delivered, dropped. */
  lastCap: Float64Array;
  lastQueue: Float64Array;
  arrived: Float64Array;
  delivered: Float64Array;
  dropped: Float64Array;
  /** Cumulative since the start: MiB dropped, bursts (dots) dropped. */
  droppedMiB: Float64Array;
  droppedBursts: Float64Array;
  /** Per slot: drop debt of the dots crossing it (a dot is dropped each time it reaches 1). */
  dropAcc: Float64Array;
  /** Tick of the last period (-1 before the first) and its length, ms. */
  lastTick: number;
  lastDtMs: number;
}

export function buildNics(s: Scenario): NicState {
  const n = s.hosts.length * 2;
  const z = () => new Float64Array(n);
  return {
    capMiBps: Float64Array.from({ length: n }, (_, i) => (s.hosts[i >> 1]?.nicGbps ?? 10) * MIBPS_PER_GBPS),
    queueMiB: z(), lastCap: z(), lastQueue: z(), arrived: z(), delivered: z(), dropped: z(), droppedMiB: z(), droppedBursts: z(), dropAcc: z(),
    lastTick: -1,
    lastDtMs: 1,
  };
}

/** Carry queues and counters by host id across a scenario edit (prev is not modified). */
export function carryNics(prev: NicState, ps: Scenario, s: Scenario): NicState {
  const next = buildNics(s);
  next.lastTick = prev.lastTick;
  next.lastDtMs = prev.lastDtMs;
  const old = new Map(ps.hosts.map((h, i) => [h.id, i]));
  s.hosts.forEach((h, i) => {
    const o = old.get(h.id);
    if (o === undefined) return;
    for (const d of [0, 1]) {
      for (const k of ['queueMiB', 'lastCap', 'lastQueue', 'arrived', 'delivered', 'dropped', 'droppedMiB', 'droppedBursts', 'dropAcc'] as const) next[k][i * 2 + d] = prev[k][o * 2 + d] ?? 0;
    }
  });
  return next;
}

export interface Share {
  deliveredMiB: number;
  droppedMiB: number;
  queueMiB: number;
  /** Share of what arrived that was not sent this period (queued or dropped), 0-1. */
  held: number;
}

/**
 * One NIC direction for one period (pure): a FIFO queue of `limitMiB` in front of a wire
 * that sends `capMiB`. What arrives joins the backlog; the wire sends what it can; what
 * overflows the buffer is dropped. Conservation: queue + arrived = delivered + dropped + queue after.
 */
export function shareLink(queueMiB: number, arrivedMiB: number, capMiB: number, limitMiB: number): Share {
  const backlog = queueMiB + arrivedMiB - capMiB;
  if (backlog <= 0) return { deliveredMiB: queueMiB + arrivedMiB, droppedMiB: 0, queueMiB: 0, held: 0 };
  const droppedMiB = Math.max(0, backlog - limitMiB);
  return { deliveredMiB: capMiB, droppedMiB, queueMiB: backlog - droppedMiB, held: arrivedMiB > capMiB ? 1 - capMiB / arrivedMiB : 0 };
}

/**
 * The NICs' period (mutates st.net.nics and the meters): take what was posted, add the
 * VM flows active now (`flowDemand`, MiB/s per slot), share each direction and publish.
 */
export function arbitrateNics(st: { tick: number; scenario: Scenario; meters: Record<string, Float64Array>; events: Parameters<typeof pushEvent>[0] }, nics: NicState, flowDemand: Float64Array): void {
  const dtMs = nics.lastTick < 0 ? 1 : Math.max(1, st.tick - nics.lastTick);
  nics.lastTick = st.tick;
  nics.lastDtMs = dtMs;
  const post = meter(st, NIC_POST_MIB);
  const [demand, delivered, util, held, caps] = [meter(st, NIC_DEMAND), meter(st, NIC_DELIVERED), meter(st, NIC_UTIL), meter(st, NIC_HELD), meter(st, NIC_CAP)];
  for (let i = 0; i < nics.capMiBps.length; i++) {
    const cap = nics.capMiBps[i] ?? 0;
    const arrived = take(post, i) + ((flowDemand[i] ?? 0) * dtMs) / 1000;
    const before = nics.queueMiB[i] ?? 0;
    const capMiB = (cap * dtMs) / 1000;
    const s = shareLink(before, arrived, capMiB, NIC_QUEUE_MIB);
    if (s.droppedMiB > 0 && (nics.dropped[i] ?? 0) === 0) {
      pushEvent(st.events, st.tick, 'info', i % 2 === 0 ? 'network.event.congestedTx' : 'network.event.congestedRx', { host: st.scenario.hosts[i >> 1]?.name ?? '' });
    }
    nics.lastCap[i] = capMiB;
    nics.lastQueue[i] = before;
    nics.arrived[i] = arrived;
    nics.delivered[i] = s.deliveredMiB;
    nics.dropped[i] = s.droppedMiB;
    nics.queueMiB[i] = s.queueMiB;
    nics.droppedMiB[i] = (nics.droppedMiB[i] ?? 0) + s.droppedMiB;
    caps[i] = cap;
    demand[i] = (arrived * 1000) / dtMs;
    delivered[i] = (s.deliveredMiB * 1000) / dtMs;
    util[i] = cap > 0 ? (100 * (delivered[i] ?? 0)) / cap : 0;
    held[i] = s.held;
  }
}

/** Whether the next dot crossing a NIC direction is dropped: each dot carries the period's drop share. */
export function dotDropped(nics: NicState, slot: number): boolean {
  const arrived = nics.arrived[slot] ?? 0;
  if (arrived <= 0 || (nics.dropped[slot] ?? 0) <= 0) return false;
  const acc = (nics.dropAcc[slot] ?? 0) + (nics.dropped[slot] ?? 0) / arrived;
  if (acc < 1) {
    nics.dropAcc[slot] = acc;
    return false;
  }
  nics.dropAcc[slot] = acc - 1;
  nics.droppedBursts[slot] = (nics.droppedBursts[slot] ?? 0) + 1;
  return true;
}
