/**
 * The Network drawing's words, measured at the sizes they are drawn at (drawing units),
 * for layoutNetwork: each box is as wide as its widest text. Estimated widths (fitText's
 * textWidth; bold text 6 % wider), so it runs in Node and in the layout's tests. Pure.
 */
import type { NetGraph, Topology } from '../../engine';
import { pctText, type Translate } from '../../i18n';
import { textWidth } from '../fitText';
import { boldPx } from '../shared/labels';
import type { NetText } from './layoutNetwork';

/** Label sizes in drawing units. */
export type NetPx = Pick<NetText, 'host' | 'name' | 'small' | 'label' | 'pg' | 'nic'>;

/** The laptop's sizes, in px; a theme's floor raises them (labels.ts). */
export const NET_PX: NetPx = { host: 13, name: 12, small: 11, label: 12, pg: 11, nic: 11 };

const bold = (s: string, px: number): number => textWidth(s, boldPx(px));
const widest = (xs: readonly string[], w: (s: string) => number): number => xs.reduce((m, s) => Math.max(m, w(s)), 0);

/** A label broken at the space nearest its middle, in two lines (the whole label when it has no space). */
export function splitHalf(s: string): [string, string] | [string] {
  let at = -1;
  for (let i = 0; i < s.length; i++) if (s[i] === ' ' && (at < 0 || Math.abs(i - s.length / 2) < Math.abs(at - s.length / 2))) at = i;
  return at < 0 ? [s] : [s.slice(0, at), s.slice(at + 1)];
}

/** What the vNIC of node `i` says: its name and its "vNIC · VLAN n" line. */
export function vnicLines(g: NetGraph, topo: Topology, t: Translate, i: number): [string, string] {
  const n = g.nodes[i];
  if (n === undefined) return ['', ''];
  const name = n.kind === 'vmk' ? t('network.vmk') : ((n.ct >= 0 ? topo.containers[n.ct]?.name : topo.vms[n.vm]?.name) ?? n.id);
  return [name, t(n.ct >= 0 ? 'network.ctVlan' : 'network.vnicVlan', { vlan: n.vlan })];
}

export function vswitchName(g: NetGraph, topo: Topology, t: Translate, node: number): string {
  return t('network.vswitch', { name: topo.vswitches.find((w) => w.id === g.nodes[node]?.id)?.name ?? '' });
}

/** The sizes and widths of every word in the drawing of `g`. */
export function netText(g: NetGraph, topo: Topology, t: Translate, px: NetPx): NetText {
  const vnics = g.nodes.flatMap((n, i) => (n.kind === 'vnic' || n.kind === 'vmk' ? [vnicLines(g, topo, t, i)] : []));
  const vlans = [...new Set(g.nodes.map((n) => n.vlan))];
  const phys = t('network.physSwitch');
  const nic = [t('network.nic.out', { pct: pctText(t, 100) }), t('network.nic.in', { pct: pctText(t, 0.01) }), t('network.nic.out', { pct: pctText(t, 0.01) }), t('network.nic.dropsShort', { n: 99 })];
  return {
    ...px,
    hostW: widest(topo.hosts.map((h) => t('network.host', { host: h.name })), (s) => bold(s, px.host)),
    vnicW: Math.max(widest(vnics.map((v) => v[0]), (s) => bold(s, px.name)), widest(vnics.map((v) => v[1]), (s) => textWidth(s, px.small))),
    vswitchW: widest(g.nodes.flatMap((n, i) => (n.kind === 'vswitch' ? [vswitchName(g, topo, t, i)] : [])), (s) => bold(s, px.label)),
    pgW: widest(vlans.map((vlan) => t('network.portGroup', { vlan })), (s) => bold(s, px.pg)),
    pnicW: textWidth(t('network.pnic'), px.small),
    extW: textWidth(t('network.external'), px.small),
    nicW: widest(nic, (s) => bold(s, px.nic)),
    physW: bold(phys, px.label),
    physHalfW: widest(splitHalf(phys), (s) => bold(s, px.label)),
  };
}
