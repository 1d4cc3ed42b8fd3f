/**
 * The virtual network as a graph, derived from the scenario: each vNIC plugs into a
 * port group (VLAN) of its host's vSwitch, a vSwitch with uplinks reaches the physical
 * switch through its host's physical NIC, and "external" clients (browsers, thin
 * clients) sit behind the physical switch. `route` walks a burst of packets hop by hop
 * and says where and why it is dropped: traffic between VMs on one vSwitch never leaves
 * the host; a VLAN delivers only to ports of the same VLAN. Pure functions.
 */
import type { Scenario } from '../scenario/schema';
import { protocols, type FlowSpec, type Protocol } from '../scenario/parts';

/** 'vmk': a host's VMkernel port on a vSwitch (management and live-migration traffic). */
export type NetNodeKind = 'vnic' | 'vmk' | 'vswitch' | 'pnic' | 'phys' | 'ext';
export type NetLinkKind = 'access' | 'uplink' | 'wire' | 'external';

export interface NetNode {
  kind: NetNodeKind;
  id: string;
  /** Host index (vnic, vswitch, pnic) or -1. */
  host: number;
  /** VM index for a vnic, else -1. */
  vm: number;
  /** Container index for a container's vnic, else -1. */
  ct: number;
  vlan: number;
  /** vSwitch node index for vnic and pnic, else -1. */
  vswitch: number;
}

export interface NetLink {
  a: number;
  b: number;
  kind: NetLinkKind;
  /** Ticks a burst takes on this link (slowed down so a student can follow it). */
  ticks: number;
}

export interface Route {
  nodes: number[];
  /** links[i] joins nodes[i] and nodes[i + 1]. */
  links: number[];
  /** Index in `nodes` where the burst is dropped, or -1 when it is delivered. */
  dropAt: number;
  /** i18n key of the drop reason, or ''. */
  reason: string;
}

export interface NetFlow {
  id: string;
  src: number;
  dst: number;
  protocol: number;
  perSecond: number;
  /** Active window in ticks ([-1, -1] = always). */
  startAt: number;
  stopAt: number;
  route: Route;
  /** Bandwidth it carries while active, MiB/s (its `mibps`, or perSecond x its burst size). */
  mibps: number;
  /** NIC directions it crosses (meter slots: 2h transmit, 2h + 1 receive of host h), with the route hop that starts on the wire. */
  nics: { slot: number; hop: number }[];
}

export interface NetGraph {
  nodes: NetNode[];
  links: NetLink[];
  flows: NetFlow[];
}

/** Hop times in ticks; multiples of the network's step period (8). */
export const LINK_TICKS: Readonly<Record<NetLinkKind, number>> = { access: 64, uplink: 64, wire: 128, external: 160 };
export const PROTOCOLS: readonly Protocol[] = protocols;
/** Size of one burst per protocol, in KiB (illustrative: bulk copies are big, queries small). */
export const BURST_KIB: Readonly<Record<Protocol, number>> = { http: 64, sql: 16, replication: 512, migration: 2048, storage: 256, display: 48 };

const DEFAULT_FLOW: Readonly<Record<string, [Protocol, number] | undefined>> = {
  web: ['http', 12],
  database: ['sql', 8],
  'io-bound': ['storage', 10],
  'cpu-bound': ['replication', 2],
};

function addLink(g: NetGraph, a: number, b: number, kind: NetLinkKind): number {
  g.links.push({ a, b, kind, ticks: LINK_TICKS[kind] });
  return g.links.length - 1;
}

function node(kind: NetNodeKind, id: string, host = -1, vm = -1, vlan = -1, vswitch = -1, ct = -1): NetNode {
  return { kind, id, host, vm, vlan, vswitch, ct };
}

/** Build the graph (nodes, links, flows with their routes) for a scenario. */
export function buildGraph(s: Scenario): NetGraph {
  const g: NetGraph = { nodes: [node('phys', 'physical-switch'), node('ext', 'external')], links: [], flows: [] };
  addLink(g, 0, 1, 'external');
  const hostIndex = new Map(s.hosts.map((h, i) => [h.id, i]));
  const swNode = new Map<string, number>();
  const vmkNode = new Map<string, number>();
  for (const w of s.vswitches) {
    const h = hostIndex.get(w.host) ?? 0;
    g.nodes.push(node('vswitch', w.id, h));
    const sw = g.nodes.length - 1;
    swNode.set(w.id, sw);
    if (w.vmkVlan !== undefined) {
      g.nodes.push(node('vmk', w.id, h, -1, w.vmkVlan, sw));
      addLink(g, g.nodes.length - 1, sw, 'access');
      vmkNode.set(w.id, g.nodes.length - 1);
    }
    if (w.uplinks > 0) {
      g.nodes.push(node('pnic', `${w.id}-uplink`, h, -1, -1, sw));
      const p = g.nodes.length - 1;
      addLink(g, sw, p, 'uplink');
      addLink(g, p, 0, 'wire');
    }
  }
  const vnicNode = new Map<string, number>();
  s.vms.forEach((vm, vi) => {
    const h = hostIndex.get(vm.host) ?? 0;
    for (const n of vm.vnics) {
      const swId = n.vswitch ?? s.vswitches.find((w) => w.host === vm.host)?.id;
      const sw = swId === undefined ? -1 : (swNode.get(swId) ?? -1);
      g.nodes.push(node('vnic', n.id, h, vi, n.vlan, sw));
      const v = g.nodes.length - 1;
      vnicNode.set(n.id, v);
      if (sw >= 0) addLink(g, v, sw, 'access');
    }
  });
  s.containers.forEach((c, ci) => {
    const hostId = c.host ?? s.vms.find((v) => v.id === c.vm)?.host ?? '';
    for (const n of c.vnics) {
      const swId = n.vswitch ?? s.vswitches.find((w) => w.host === hostId)?.id;
      const sw = swId === undefined ? -1 : (swNode.get(swId) ?? -1);
      g.nodes.push(node('vnic', n.id, hostIndex.get(hostId) ?? 0, -1, n.vlan, sw, ci));
      const v = g.nodes.length - 1;
      vnicNode.set(n.id, v);
      if (sw >= 0) addLink(g, v, sw, 'access');
    }
  });
  const specs = s.flows.length > 0 ? s.flows : defaultFlows(s);
  for (const f of specs) {
    const src = f.from === 'external' ? 1 : (vnicNode.get(f.from) ?? vmkNode.get(f.from) ?? -1);
    const dst = f.to === 'external' ? 1 : (vnicNode.get(f.to) ?? vmkNode.get(f.to) ?? -1);
    if (src < 0 || dst < 0) continue;
    const active = { startAt: f.startAt ?? -1, stopAt: f.stopAt ?? -1 };
    const r = route(g, s, src, dst);
    const mibps = f.mibps ?? (f.perSecond * BURST_KIB[f.protocol]) / 1024;
    g.flows.push({ id: f.id, src, dst, protocol: PROTOCOLS.indexOf(f.protocol), perSecond: f.perSecond, ...active, route: r, mibps, nics: nicsOf(g, r) });
  }
  return g;
}

/** Without declared flows, each VM's first vNIC talks to external clients as its workload would. */
function defaultFlows(s: Scenario): FlowSpec[] {
  const out: FlowSpec[] = [];
  for (const vm of s.vms) {
    const nic = vm.vnics[0];
    const d = DEFAULT_FLOW[vm.workload];
    if (nic === undefined || d === undefined) continue;
    out.push({ id: `${nic.id}-out`, from: nic.id, to: 'external', protocol: d[0], perSecond: d[1] });
  }
  return out;
}

/**
 * The host NIC directions a route crosses before it ends or is dropped: leaving a host
 * (its pNIC to the physical switch) is that host's transmit side, entering one its receive side.
 */
export function nicsOf(g: NetGraph, r: Route): { slot: number; hop: number }[] {
  const out: { slot: number; hop: number }[] = [];
  const last = r.dropAt >= 0 ? r.dropAt : r.nodes.length - 1;
  for (let i = 0; i < last && i < r.links.length; i++) {
    if (g.links[r.links[i] ?? -1]?.kind !== 'wire') continue;
    const a = g.nodes[r.nodes[i] ?? -1];
    const b = g.nodes[r.nodes[i + 1] ?? -1];
    if (a?.kind === 'pnic') out.push({ slot: a.host * 2, hop: i });
    else if (b?.kind === 'pnic') out.push({ slot: b.host * 2 + 1, hop: i });
  }
  return out;
}

function linkBetween(g: NetGraph, a: number, b: number): number {
  return g.links.findIndex((l) => (l.a === a && l.b === b) || (l.a === b && l.b === a));
}

/** The uplink (pnic) node of a vSwitch node, or -1 for an internal-only vSwitch. */
function uplinkOf(g: NetGraph, sw: number): number {
  return g.nodes.findIndex((n) => n.kind === 'pnic' && n.vswitch === sw);
}

function vlanAllowed(s: Scenario, g: NetGraph, sw: number, vlan: number): boolean {
  const spec = s.vswitches.find((w) => w.id === g.nodes[sw]?.id);
  return spec !== undefined && spec.vlans.includes(vlan);
}

/** Walk a burst from src to dst; stop at the first node that refuses it, saying why. */
export function route(g: NetGraph, s: Scenario, src: number, dst: number): Route {
  const r: Route = { nodes: [src], links: [], dropAt: -1, reason: '' };
  const go = (to: number): boolean => {
    const from = r.nodes[r.nodes.length - 1] ?? -1;
    const l = linkBetween(g, from, to);
    if (l < 0) return false;
    r.nodes.push(to);
    r.links.push(l);
    return true;
  };
  const drop = (reason: string): Route => ({ ...r, dropAt: r.nodes.length - 1, reason });
  const a = g.nodes[src];
  const b = g.nodes[dst];
  if (a === undefined || b === undefined) return drop('network.reason.noPath');
  const port = (n: NetNode): boolean => n.kind === 'vnic' || n.kind === 'vmk';
  const vlan = port(a) ? a.vlan : b.vlan;
  if (port(a)) {
    if (a.vswitch < 0) return drop('network.reason.unplugged');
    go(a.vswitch);
    if (!vlanAllowed(s, g, a.vswitch, a.vlan)) return drop('network.reason.noPortGroup');
    if (port(b) && b.vswitch === a.vswitch) {
      if (b.vlan !== a.vlan) return drop('network.reason.vlanMismatch');
      go(dst);
      return r;
    }
    const up = uplinkOf(g, a.vswitch);
    if (up < 0) return drop('network.reason.noUplink');
    go(up);
    go(0);
  } else {
    go(0);
  }
  if (b.kind === 'ext') {
    go(1);
    return r;
  }
  if (b.vswitch < 0) return drop('network.reason.unplugged');
  const upB = uplinkOf(g, b.vswitch);
  if (upB < 0) return drop('network.reason.noUplink');
  go(upB);
  go(b.vswitch);
  if (!vlanAllowed(s, g, b.vswitch, vlan) || b.vlan !== vlan) return drop('network.reason.vlanMismatch');
  go(dst);
  return r;
}
