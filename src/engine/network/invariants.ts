/**
 * Invariants of the network: every burst in flight is on a link of its route, none
 * lives above the pool's high-water mark, and each flow's bursts add up (sent =
 * delivered + dropped + in flight); each host NIC direction conserves what it carries.
 */
import { meter, NIC_HELD } from '../kernel/channel';
import { PKT, type NetWorld } from './net';
import { NIC_QUEUE_MIB, type NicState } from './nic';

const EPS = 1e-9;

/** Each NIC direction's last period: delivered <= capacity and <= what it had, nothing negative, and every MiB accounted for. */
export function nicInvariants(n: NicState, held: Float64Array): string[] {
  const out: string[] = [];
  for (let i = 0; i < n.capMiBps.length; i++) {
    const [q0, a, d, x, q] = [n.lastQueue[i] ?? 0, n.arrived[i] ?? 0, n.delivered[i] ?? 0, n.dropped[i] ?? 0, n.queueMiB[i] ?? 0];
    // The capacity that period had (an edit may have changed the NIC's speed since).
    const cap = n.lastCap[i] ?? 0;
    const tol = EPS * (1 + q0 + a);
    if (d > cap + tol) out.push(`nic ${i}: delivered ${d} MiB > capacity ${cap} MiB`);
    if (d > q0 + a + tol) out.push(`nic ${i}: delivered ${d} MiB > queued ${q0} + arrived ${a}`);
    if (x < 0 || q < 0 || a < 0 || d < 0) out.push(`nic ${i}: a negative amount (arrived ${a}, delivered ${d}, dropped ${x}, queue ${q})`);
    if (Math.abs(q0 + a - d - x - q) > tol) out.push(`nic ${i}: queue ${q0} + arrived ${a} != delivered ${d} + dropped ${x} + queue ${q}`);
    if (q > NIC_QUEUE_MIB + tol) out.push(`nic ${i}: queue ${q} MiB over its ${NIC_QUEUE_MIB} MiB buffer`);
    const h = held[i] ?? 0;
    if (!(h >= 0 && h <= 1)) out.push(`nic ${i}: held share ${h} outside 0-1`);
  }
  return out;
}

export function netInvariants(st: NetWorld): string[] {
  const net = st.net;
  const out: string[] = nicInvariants(net.nics, meter(st, NIC_HELD));
  const flying = new Float64Array(net.graph.flows.length);
  for (let k = net.hi; k < net.pkt.status.length; k++) if (net.pkt.status[k] !== PKT.free) out.push(`burst ${k} is above the pool's high-water mark ${net.hi}`);
  for (let k = 0; k < net.pkt.status.length; k++) {
    if (net.pkt.status[k] !== PKT.flying) continue;
    const f = net.pkt.flow[k] ?? -1;
    const flow = net.graph.flows[f];
    if (flow === undefined) {
      out.push(`burst ${k} belongs to no flow`);
      continue;
    }
    flying[f] = (flying[f] ?? 0) + 1;
    if ((net.pkt.hop[k] ?? 0) >= flow.route.links.length) out.push(`burst ${k} is past the end of its route`);
  }
  net.graph.flows.forEach((f, i) => {
    const [sent, delivered, dropped] = [net.flowStats[i * 3] ?? 0, net.flowStats[i * 3 + 1] ?? 0, net.flowStats[i * 3 + 2] ?? 0];
    if (sent !== delivered + dropped + (flying[i] ?? 0)) out.push(`flow ${f.id}: sent ${sent} != delivered ${delivered} + dropped ${dropped} + in flight ${flying[i]}`);
  });
  return out;
}
