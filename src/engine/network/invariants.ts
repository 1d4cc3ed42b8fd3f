/**
 * Invariants of the network: every burst in flight is on a link of its route, none
 * lives above the pool's high-water mark, and each flow's bursts add up (sent =
 * delivered + dropped + in flight).
 */
import { PKT, type NetWorld } from './net';

export function netInvariants(st: NetWorld): string[] {
  const out: string[] = [];
  const net = st.net;
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
