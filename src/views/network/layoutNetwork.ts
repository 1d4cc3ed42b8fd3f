/**
 * Geometry of the Network lens, from the engine's network graph: one column per host
 * with its VMs' vNICs on top, its vSwitch bar (one segment per port group / VLAN)
 * below, the uplink (physical NIC) under that, a physical switch spanning every host,
 * and the external clients at the bottom. Every link is a polyline from its node `a`
 * to its node `b`, passing through the centre of a switch, so a burst moving link after
 * link travels one continuous line; `burstPosition` interpolates it. Pure.
 */
import type { NetGraph, Topology } from '../../engine';

export interface Pt {
  x: number;
  y: number;
}

export interface HostBox {
  host: number;
  x: number;
  w: number;
}

export interface SwitchBox {
  node: number;
  x: number;
  w: number;
  y: number;
  /** One segment per VLAN (port group). */
  groups: { vlan: number; x: number; w: number }[];
}

export interface NetLayout {
  width: number;
  height: number;
  hosts: HostBox[];
  switches: SwitchBox[];
  /** Position of each node (switches: their centre). */
  nodes: Pt[];
  /** Polyline of each link, from node a to node b. */
  links: Pt[][];
  phys: { x: number; w: number; y: number };
  /** Width of a vNIC's slot on its vSwitch; its box is `slot - 16` wide. */
  slot: number;
}

export const ROW = { vnic: 58, vswitch: 130, pnic: 200, phys: 262, ext: 330 } as const;
/** A vNIC's slot when its labels fit (the view passes a wider one for bigger labels). */
export const SLOT = 96;
const PAD = 16;
export const SWITCH_H = 24;

/** Columns for hosts that have network nodes; each vNIC gets a slot of its vSwitch's width (`slot` wide, room for its labels). */
export function layoutNetwork(g: NetGraph, topo: Topology, minWidth: number, slot = SLOT): NetLayout {
  const nodes: Pt[] = g.nodes.map(() => ({ x: 0, y: 0 }));
  const hosts: HostBox[] = [];
  const switches: SwitchBox[] = [];
  let x = PAD;
  topo.hosts.forEach((_, h) => {
    const sws = g.nodes.map((n, i) => ({ n, i })).filter((e) => e.n.kind === 'vswitch' && e.n.host === h);
    if (sws.length === 0) return;
    const start = x;
    for (const { i: sw } of sws) {
      const vnics = g.nodes.map((n, i) => ({ n, i })).filter((e) => (e.n.kind === 'vnic' || e.n.kind === 'vmk') && e.n.vswitch === sw);
      const w = Math.max(slot * 1.6, vnics.length * slot);
      vnics.forEach((e, k) => (nodes[e.i] = { x: x + slot / 2 + k * slot + (w - vnics.length * slot) / 2, y: ROW.vnic }));
      nodes[sw] = { x: x + w / 2, y: ROW.vswitch };
      switches.push({ node: sw, x, w, y: ROW.vswitch - SWITCH_H / 2, groups: portGroups(g, sw, vnics.map((e) => e.i), nodes, x, w) });
      const pnic = g.nodes.findIndex((n) => n.kind === 'pnic' && n.vswitch === sw);
      if (pnic >= 0) nodes[pnic] = { x: x + w / 2, y: ROW.pnic };
      x += w + PAD;
    }
    hosts.push({ host: h, x: start - 8, w: x - start });
    x += PAD;
  });
  const width = Math.max(minWidth, x + PAD);
  const phys = { x: PAD, w: width - 2 * PAD, y: ROW.phys };
  nodes[0] = { x: width / 2, y: ROW.phys };
  nodes[1] = { x: width / 2, y: ROW.ext };
  const links = g.links.map((l) => linkPath(g, l.a, l.b, nodes));
  return { width, height: ROW.ext + 40, hosts, switches, nodes, links, phys, slot };
}

/** Segments of a vSwitch bar, one per VLAN of its vNICs (and its configured VLANs), in order of first vNIC. */
function portGroups(g: NetGraph, sw: number, vnics: number[], nodes: Pt[], x: number, w: number): SwitchBox['groups'] {
  const vlans = [...new Set(vnics.map((v) => g.nodes[v]?.vlan ?? 0))];
  if (vlans.length === 0) return [{ vlan: -1, x, w }];
  const xs = vlans.map((vl) => vnics.filter((v) => g.nodes[v]?.vlan === vl).map((v) => nodes[v]?.x ?? x));
  return vlans.map((vlan, i) => {
    const lo = i === 0 ? x : ((Math.max(...(xs[i - 1] ?? [x])) + Math.min(...(xs[i] ?? [x]))) / 2);
    const hi = i === vlans.length - 1 ? x + w : ((Math.max(...(xs[i] ?? [x])) + Math.min(...(xs[i + 1] ?? [x]))) / 2);
    return { vlan, x: lo, w: hi - lo };
  });
}

function linkPath(g: NetGraph, a: number, b: number, nodes: Pt[]): Pt[] {
  const pa = nodes[a] ?? { x: 0, y: 0 };
  const pb = nodes[b] ?? { x: 0, y: 0 };
  const ka = g.nodes[a]?.kind;
  // vNIC -> vSwitch: down to the bar, then along it to the centre; pNIC -> physical switch likewise.
  if (ka === 'vnic' || ka === 'vmk' || ka === 'pnic') return [pa, { x: pa.x, y: pb.y }, pb];
  return [pa, pb];
}

function lengthOf(path: readonly Pt[]): number {
  let n = 0;
  for (let i = 1; i < path.length; i++) n += Math.hypot((path[i]?.x ?? 0) - (path[i - 1]?.x ?? 0), (path[i]?.y ?? 0) - (path[i - 1]?.y ?? 0));
  return n;
}

/** The point at fraction f (0..1) along a polyline. */
export function along(path: readonly Pt[], f: number): Pt {
  const total = lengthOf(path);
  let want = Math.max(0, Math.min(1, f)) * total;
  for (let i = 1; i < path.length; i++) {
    const p = path[i - 1] ?? { x: 0, y: 0 };
    const q = path[i] ?? p;
    const seg = Math.hypot(q.x - p.x, q.y - p.y);
    if (want <= seg || i === path.length - 1) {
      const t = seg > 0 ? Math.min(1, want / seg) : 0;
      return { x: p.x + (q.x - p.x) * t, y: p.y + (q.y - p.y) * t };
    }
    want -= seg;
  }
  return path[0] ?? { x: 0, y: 0 };
}

/** Where a burst is drawn: on link `route.links[hop]`, `1 - left / ticks` of the way from `route.nodes[hop]`. */
export function burstPosition(layout: NetLayout, g: NetGraph, flow: number, hop: number, left: number, settled: boolean): Pt | null {
  const f = g.flows[flow];
  if (f === undefined) return null;
  const link = f.route.links[hop];
  if (link === undefined) return layout.nodes[f.route.nodes[hop] ?? f.src] ?? null;
  const path = layout.links[link];
  const l = g.links[link];
  if (path === undefined || l === undefined) return null;
  const forward = l.a === f.route.nodes[hop];
  const frac = settled ? 1 : 1 - left / l.ticks;
  return along(path, forward ? frac : 1 - frac);
}
