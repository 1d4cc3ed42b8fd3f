/**
 * Words for the network lens, computed from the graph: a label per node ("vNIC of web-1,
 * VLAN 10", "vSwitch0", "uplink of host-1"), a one-line summary of a flow's route (stays
 * inside one host / crosses the physical network / dropped where and why), and whether a
 * link is virtual (inside a host) or physical. Pure, so the tests can read them.
 */
import type { NetGraph, Topology } from '../../engine';

export type Translate = (key: string, params?: Readonly<Record<string, string | number>>) => string;

export function nodeText(g: NetGraph, topo: Topology, i: number, t: Translate): string {
  const n = g.nodes[i];
  if (n === undefined) return '?';
  switch (n.kind) {
    case 'vnic':
      return t('network.node.vnic', { vm: (n.ct >= 0 ? topo.containers[n.ct]?.name : topo.vms[n.vm]?.name) ?? '?', vnic: n.id, vlan: n.vlan });
    case 'vmk':
      return t('network.node.vmk', { host: topo.hosts[n.host]?.name ?? '?', vlan: n.vlan });
    case 'vswitch':
      return t('network.node.vswitch', { name: topo.vswitches.find((w) => w.id === n.id)?.name ?? n.id, host: topo.hosts[n.host]?.name ?? '?' });
    case 'pnic':
      return t('network.node.pnic', { host: topo.hosts[n.host]?.name ?? '?' });
    case 'phys':
      return t('network.node.phys');
    case 'ext':
      return t('network.node.ext');
  }
}

/** Whether the route's bursts ever touch a physical NIC. */
export function crossesWire(g: NetGraph, flow: number): boolean {
  const f = g.flows[flow];
  return f !== undefined && f.route.nodes.some((n) => g.nodes[n]?.kind === 'pnic');
}

export function routeSummary(g: NetGraph, topo: Topology, flow: number, t: Translate): string {
  const f = g.flows[flow];
  if (f === undefined) return '';
  const base = routeOnly(g, topo, flow, t);
  if (f.startAt < 0 && f.stopAt < 0) return base;
  return `${base} · ${t('network.route.window', { from: Math.max(0, f.startAt) / 1000, to: f.stopAt < 0 ? '∞' : f.stopAt / 1000 })}`;
}

function routeOnly(g: NetGraph, topo: Topology, flow: number, t: Translate): string {
  const f = g.flows[flow];
  if (f === undefined) return '';
  if (f.route.dropAt >= 0) return t('network.route.dropped', { at: nodeText(g, topo, f.route.nodes[f.route.dropAt] ?? -1, t), reason: t(f.route.reason) });
  if (!crossesWire(g, flow)) return t('network.route.inside', { host: topo.hosts[g.nodes[f.src]?.host ?? -1]?.name ?? '?' });
  return t('network.route.wire', { hops: f.route.links.length });
}

export function linkText(g: NetGraph, topo: Topology, l: number, t: Translate): string {
  const k = g.links[l];
  if (k === undefined) return '';
  return t('network.link.label', { a: nodeText(g, topo, k.a, t), b: nodeText(g, topo, k.b, t), kind: t(`network.linkKind.${k.kind}`) });
}
