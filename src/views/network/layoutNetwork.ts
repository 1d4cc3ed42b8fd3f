/**
 * Geometry of the Network lens, from the engine's network graph and the size its labels
 * are drawn at: one column per host with its VMs' vNICs on top, its vSwitch bar (one
 * segment per port group / VLAN) below, the uplink (physical NIC) under that, a physical
 * switch spanning every host, and the external clients at the bottom. Every box and row
 * grows from the label sizes it holds (`NetText`, in drawing units), so a bigger label
 * gets the room it needs. For a narrow or short frame the drawing rearranges: vNICs in two
 * staggered rows, hosts stacked (their uplinks reach the physical switch down a channel on
 * the right); `pickNetLayout` takes the first arrangement and scale that shows the whole
 * drawing in the frame. Every link is a polyline from its node `a` to its node `b`,
 * passing through the centre of a switch, so a burst moving link after link travels one
 * continuous line; `burstPosition` interpolates it. Pure.
 */
import type { NetGraph, Topology } from '../../engine';
import { lineH } from '../shared/labels';
import { pickLayout } from '../shared/pickLayout';
import type { Growth } from '../shared/labels';

export interface Pt {
  x: number;
  y: number;
}

/** Label sizes (drawing units) and the widest text of each kind at its size, measured by the caller. */
export interface NetText {
  host: number;
  name: number;
  small: number;
  label: number;
  pg: number;
  nic: number;
  /** Widest host title. */
  hostW: number;
  /** Widest vNIC line (its name or its "vNIC · VLAN n"). */
  vnicW: number;
  /** Widest vSwitch name. */
  vswitchW: number;
  /** Widest port-group label. */
  pgW: number;
  pnicW: number;
  extW: number;
  /** Widest NIC load line (out %, in %, dots dropped). */
  nicW: number;
  /** The physical switch's label on one line, and its wider half when broken in two. */
  physW: number;
  physHalfW: number;
}

/** How the parts are arranged: hosts side by side or stacked; vNICs in one row or two staggered rows. */
export interface NetArrangement {
  stack: boolean;
  stagger: boolean;
}

export interface HostBox {
  host: number;
  x: number;
  y: number;
  w: number;
  h: number;
  /** Centre line of its title. */
  titleY: number;
}

export interface SwitchBox {
  node: number;
  x: number;
  w: number;
  y: number;
  h: number;
  /** Centre line of its name, above the bar. */
  labelY: number;
  /** One segment per VLAN (port group). */
  groups: { vlan: number; x: number; w: number }[];
}

export interface NetLayout {
  width: number;
  height: number;
  arrangement: NetArrangement;
  text: NetText;
  hosts: HostBox[];
  switches: SwitchBox[];
  /** Position of each node (switches: their centre; boxes: their centre). */
  nodes: Pt[];
  /** Polyline of each link, from node a to node b. */
  links: Pt[][];
  phys: { x: number; w: number; y: number; h: number; labelY: number; lines: 1 | 2 };
  /** A vNIC's box, and the offsets of its two lines' centres from the box's centre. */
  vnic: { w: number; h: number; nameDy: number; subDy: number };
  pnic: { w: number; h: number };
  ext: { w: number; h: number };
  /** The NIC load lines: left edge from the uplink's centre, and line height. */
  nic: { dx: number; lh: number };
}

const PAD = 8;
/** Inside a host box, around its columns. */
const HPAD = 6;
const GAP = 8;
/** Room between a box and the text it holds, each side. */
const MARGIN = 6;
const HOSTS_GAP = 12;
/** Between two staggered rows of vNICs. */
const ROW_GAP = 4;
const CHANNEL = 10;

const nodesOf = (g: NetGraph, f: (n: NetGraph['nodes'][number]) => boolean): number[] => g.nodes.flatMap((n, i) => (f(n) ? [i] : []));

/** Lay the drawing out in one arrangement, at least `minWidth` wide (the frame's width, so the physical switch spans it). */
export function layoutNetwork(g: NetGraph, topo: Topology, text: NetText, arrangement: NetArrangement, minWidth = 0): NetLayout {
  const { stack, stagger } = arrangement;
  const nodes: Pt[] = g.nodes.map(() => ({ x: 0, y: 0 }));
  const vnic = { w: text.vnicW + 2 * MARGIN, h: 6 + lineH(text.name) + lineH(text.small) };
  const slot = vnic.w + GAP;
  const pnic = { w: text.pnicW + 2 * MARGIN, h: lineH(text.small) + 10 };
  const ext = { w: text.extW + 3 * MARGIN, h: lineH(text.small) + 10 };
  const nicLh = lineH(text.nic);
  const nicDx = pnic.w / 2 + 6;
  const barH = Math.max(24, lineH(text.pg) + 8);
  // A vSwitch column: its vNICs (one row, or two staggered rows half a slot apart), and room for its name and its uplink's load lines.
  const columns = topo.hosts.map((_, h) =>
    nodesOf(g, (n) => n.kind === 'vswitch' && n.host === h).map((sw) => {
      const vnics = nodesOf(g, (n) => (n.kind === 'vnic' || n.kind === 'vmk') && n.vswitch === sw);
      const two = stagger && vnics.length > 1;
      // From the first box's left edge to the last one's right: boxes in one row are a slot apart, staggered ones half a slot.
      const content = vnic.w + (Math.max(1, vnics.length) - 1) * (two ? slot / 2 : slot);
      const w = Math.max(content, text.vswitchW + 8, text.pgW + 16, nicDx + pnic.w / 2 + text.nicW + 4, slot * 1.2);
      return { sw, vnics, two, content, w };
    }),
  );
  const rowsOf = (cols: (typeof columns)[number]): number => (cols.some((c) => c.two) ? 2 : 1);
  // Rows, from a host's top: title, vNIC rows, the vSwitch's name and bar, the uplink with its load lines.
  const rowsY = (rows: number) => {
    const titleY = 4 + lineH(text.host) / 2;
    const vTop = 8 + lineH(text.host);
    const vBottom = vTop + rows * vnic.h + (rows - 1) * ROW_GAP;
    const labelY = vBottom + 4 + lineH(text.label) / 2;
    const barTop = vBottom + 8 + lineH(text.label);
    const barBottom = barTop + barH;
    // The uplink's three load lines (out, in, dropped) are centred on it.
    const pnicY = barBottom + Math.max(18 + pnic.h / 2, 4 + 1.5 * nicLh);
    const bottom = pnicY + Math.max(pnic.h / 2, 1.5 * nicLh) + 8;
    return { titleY, vTop, labelY, barTop, pnicY, bottom };
  };
  const shared = rowsY(Math.max(1, ...columns.map(rowsOf)));
  const hosts: HostBox[] = [];
  const switches: SwitchBox[] = [];
  let x = PAD;
  let y = PAD;
  columns.forEach((cols, h) => {
    if (cols.length === 0) return;
    const r = stack ? rowsY(rowsOf(cols)) : shared;
    const hostW = Math.max(cols.reduce((n, c) => n + c.w, 0) + (cols.length - 1) * GAP, text.hostW + 8) + 2 * HPAD;
    const left = stack ? PAD : x;
    let cx = left + HPAD + (hostW - 2 * HPAD - (cols.reduce((n, c) => n + c.w, 0) + (cols.length - 1) * GAP)) / 2;
    for (const c of cols) {
      const off = cx + (c.w - c.content) / 2;
      c.vnics.forEach((v, k) => {
        const row = c.two ? k % 2 : 0;
        nodes[v] = { x: off + vnic.w / 2 + k * (c.two ? slot / 2 : slot), y: y + r.vTop + row * (vnic.h + ROW_GAP) + vnic.h / 2 };
      });
      // The uplink and its load lines, centred together under the bar; the switch's links meet above the uplink.
      const upX = cx + (c.w - (nicDx + pnic.w / 2 + text.nicW)) / 2 + pnic.w / 2;
      nodes[c.sw] = { x: upX, y: y + r.barTop + barH / 2 };
      switches.push({ node: c.sw, x: cx, w: c.w, y: y + r.barTop, h: barH, labelY: y + r.labelY, groups: portGroups(g, c.sw, c.vnics, nodes, cx, c.w) });
      const up = g.nodes.findIndex((n) => n.kind === 'pnic' && n.vswitch === c.sw);
      if (up >= 0) nodes[up] = { x: upX, y: y + r.pnicY };
      cx += c.w + GAP;
    }
    hosts.push({ host: h, x: left, y, w: hostW, h: r.bottom, titleY: y + r.titleY });
    if (stack) y += r.bottom + HOSTS_GAP;
    else x += hostW + HOSTS_GAP;
  });
  const hostsRight = Math.max(PAD, ...hosts.map((b) => b.x + b.w));
  const hostsBottom = Math.max(PAD, ...hosts.map((b) => b.y + b.h));
  // Stacked hosts reach the physical switch down a channel right of them, one lane each.
  const channel = stack ? CHANNEL + hosts.length * 8 : 0;
  // Under the physical switch: its name on the left (in two lines if one leaves no room), the external clients on the same row, right of it.
  const room = (w: number): number => w - 2 * PAD - ext.w - 20;
  const contentW = Math.max(minWidth, hostsRight + channel + PAD);
  const physLines: 1 | 2 = text.physW <= room(contentW) ? 1 : 2;
  const labelW = physLines === 1 ? text.physW : text.physHalfW;
  const width = Math.max(contentW, labelW - room(0));
  const physTop = hostsBottom + HOSTS_GAP;
  const physH = 24;
  const rowTop = physTop + physH + 6;
  const physLabelY = rowTop + lineH(text.label) / 2;
  const phys = { x: PAD, w: width - 2 * PAD, y: physTop + physH / 2, h: physH, labelY: physLabelY, lines: physLines };
  const extX = Math.min(width - PAD - ext.w / 2, Math.max(width / 2, PAD + 8 + labelW + 12 + ext.w / 2));
  const bottom = rowTop + Math.max(physLines * lineH(text.label), ext.h);
  nodes[0] = { x: extX, y: phys.y };
  nodes[1] = { x: extX, y: rowTop + ext.h / 2 };
  const lane = (host: number): number => hostsRight + CHANNEL + hosts.findIndex((b) => b.host === host) * 8;
  const below = (host: number): number => {
    const b = hosts.find((hb) => hb.host === host);
    return b === undefined ? phys.y : b.y + b.h + HOSTS_GAP / 2;
  };
  const ends = nodes.map((_, i) => anchorOf(g, nodes, { vnic, ext }, i));
  const links = g.links.map((l) => linkPath(g, l.a, l.b, ends, stack ? { lane, below } : null));
  return {
    width,
    height: bottom + PAD,
    arrangement,
    text,
    hosts,
    switches,
    nodes,
    links,
    phys,
    vnic: { ...vnic, nameDy: -vnic.h / 2 + 4 + lineH(text.name) / 2, subDy: -vnic.h / 2 + 4 + lineH(text.name) + lineH(text.small) / 2 },
    pnic,
    ext,
    nic: { dx: nicDx, lh: nicLh },
  };
}

/** The arrangements tried, the roomiest first. */
export const ARRANGEMENTS: readonly NetArrangement[] = [
  { stack: false, stagger: false },
  { stack: false, stagger: true },
  { stack: true, stagger: false },
  { stack: true, stagger: true },
];

/**
 * The layout for a frame `fw` x `fh` px (shared/pickLayout.ts): at the first scale of
 * `scales` (px per unit, the biggest first) and the first arrangement at which the whole
 * drawing is in the frame, grown to the biggest of `grow`'s scales at which that arrangement
 * is still whole, with its labels sized by `textAt(scale)`; when none is whole, the one shown
 * biggest once fitted. Returns the layout and the scale to draw it at.
 */
export function pickNetLayout(g: NetGraph, topo: Topology, fw: number, fh: number, scales: readonly number[], textAt: (scale: number) => NetText, grow: Growth | null = null): { layout: NetLayout; scale: number } {
  const picked = pickLayout(fw, fh, scales, grow, ARRANGEMENTS, (s, a) => layoutNetwork(g, topo, textAt(s), a, fw / s));
  return picked ?? { layout: layoutNetwork(g, topo, textAt(1), ARRANGEMENTS[0] ?? { stack: false, stagger: false }, fw), scale: 1 };
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

interface Channel {
  /** x of a host's lane down to the physical switch. */
  lane: (host: number) => number;
  /** y just below a host's box, where its uplink turns toward its lane. */
  below: (host: number) => number;
}

/**
 * Where links and bursts meet node `i`: a box whose label fills it at the edge its link
 * leaves from (a burst arriving or waiting there would cover the label): a vNIC at its
 * bottom, the external clients at their top; any other node at its centre.
 */
function anchorOf(g: NetGraph, nodes: readonly Pt[], boxes: { vnic: { h: number }; ext: { h: number } }, i: number): Pt {
  const p = nodes[i] ?? { x: 0, y: 0 };
  const kind = g.nodes[i]?.kind;
  if (kind === 'ext') return { x: p.x, y: p.y - boxes.ext.h / 2 };
  if (kind === 'vnic' || kind === 'vmk') return { x: p.x, y: p.y + boxes.vnic.h / 2 };
  return p;
}

function linkPath(g: NetGraph, a: number, b: number, nodes: Pt[], channel: Channel | null): Pt[] {
  const pa = nodes[a] ?? { x: 0, y: 0 };
  const pb = nodes[b] ?? { x: 0, y: 0 };
  const na = g.nodes[a];
  const ka = na?.kind;
  // Stacked hosts: an uplink leaves its host downward, then runs right to its lane and down it to the physical switch.
  if (ka === 'pnic' && channel !== null && na !== undefined) {
    const lx = channel.lane(na.host);
    const yb = channel.below(na.host);
    return [pa, { x: pa.x, y: yb }, { x: lx, y: yb }, { x: lx, y: pb.y }, pb];
  }
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
  if (link === undefined) {
    const at = f.route.nodes[hop] ?? f.src;
    return layout.nodes[at] === undefined ? null : anchorOf(g, layout.nodes, layout, at);
  }
  const path = layout.links[link];
  const l = g.links[link];
  if (path === undefined || l === undefined) return null;
  const forward = l.a === f.route.nodes[hop];
  // A burst waiting in a NIC queue (left > the link's ticks) stays at the link's start.
  const frac = settled ? 1 : Math.max(0, 1 - left / l.ticks);
  return along(path, forward ? frac : 1 - frac);
}
