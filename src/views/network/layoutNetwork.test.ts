/**
 * The network layout: every vNIC sits above its own host's vSwitch, port groups cover the
 * bar once per VLAN, links are continuous polylines from node a to b, and a burst's
 * position moves from the start to the end of its link as its ticks run out.
 */
import { describe, expect, it } from 'vitest';
import { createSim, presets } from '../../engine';
import { along, burstPosition, layoutNetwork, ROW } from './layoutNetwork';

const st = createSim(presets['vlan-isolation']);
const g = st.net.graph;
const layout = layoutNetwork(g, st.topology, 600);

describe('layoutNetwork', () => {
  it('puts each vNIC in its host column, above its vSwitch', () => {
    g.nodes.forEach((n, i) => {
      if (n.kind !== 'vnic') return;
      const box = layout.hosts.find((h) => h.host === n.host);
      const p = layout.nodes[i]!;
      expect(p.y).toBe(ROW.vnic);
      expect(p.x).toBeGreaterThan(box!.x);
      expect(p.x).toBeLessThan(box!.x + box!.w + 8);
    });
  });
  it('splits a shared vSwitch into one port group per VLAN, covering the bar', () => {
    const sw = layout.switches.find((s) => g.nodes[s.node]?.id === 'vswitch-1')!;
    expect(sw.groups.map((p) => p.vlan).toSorted()).toEqual([10, 20]);
    expect(sw.groups.reduce((n, p) => n + p.w, 0)).toBeCloseTo(sw.w, 6);
  });
  it('draws links from node a to node b', () => {
    g.links.forEach((l, i) => {
      const path = layout.links[i]!;
      expect(path[0]).toEqual(layout.nodes[l.a]);
      expect(path[path.length - 1]).toEqual(layout.nodes[l.b]);
    });
  });
  it('moves a burst along its link as its ticks run out, in the direction of travel', () => {
    const f = g.flows.findIndex((x) => x.id === 'a-clients'); // external -> ... travels links b->a at first
    const link = g.flows[f]!.route.links[0]!;
    const ticks = g.links[link]!.ticks;
    const start = burstPosition(layout, g, f, 0, ticks, false)!;
    const end = burstPosition(layout, g, f, 0, 0, false)!;
    expect(start).toEqual(layout.nodes[g.flows[f]!.route.nodes[0]!]);
    expect(end).toEqual(layout.nodes[g.flows[f]!.route.nodes[1]!]);
  });
  it('along() walks a polyline by length', () => {
    const path = [{ x: 0, y: 0 }, { x: 0, y: 10 }, { x: 30, y: 10 }];
    expect(along(path, 0.25)).toEqual({ x: 0, y: 10 });
    expect(along(path, 1)).toEqual({ x: 30, y: 10 });
  });
});
