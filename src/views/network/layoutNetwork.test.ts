/**
 * The network layout: every vNIC sits above its own host's vSwitch, port groups cover the
 * bar once per VLAN, links are continuous polylines from node a to b, and a burst's
 * position moves from the start to the end of its link as its ticks run out. Its boxes
 * grow from the labels they hold: at the sizes each screen draws them (14 px on the
 * projector), every label fits its box, and the drawing is whole in the frames of the
 * projector, a laptop, a desktop, a tablet and a phone, in English and Korean.
 */
import { describe, expect, it } from 'vitest';
import { createSim, presets, type PresetId } from '../../engine';
import { t } from '../../i18n';
import { textWidth } from '../fitText';
import { GROWTH, labelSize, LAYOUT_SCALES, lineH } from '../shared/labels';
import type { Lang, ThemeName } from '../../store';
import { along, ARRANGEMENTS, burstPosition, layoutNetwork, pickNetLayout, type NetLayout } from './layoutNetwork';
import { NET_PX, netText, splitHalf, vnicLines, type NetPx } from './netText';

const world = (id: PresetId) => createSim(presets[id]);
const say = (lang: Lang) => (key: string, params?: Readonly<Record<string, string | number>>): string => t(lang, key, params);
const textAt = (id: PresetId, lang: Lang, theme: ThemeName) => (s: number) => {
  const st = world(id);
  const px = Object.fromEntries(Object.entries(NET_PX).map(([k, v]) => [k, labelSize(v, theme, s)])) as unknown as NetPx;
  return netText(st.net.graph, st.topology, say(lang), px);
};

const st = world('vlan-isolation');
const g = st.net.graph;
const layout = layoutNetwork(g, st.topology, textAt('vlan-isolation', 'en', 'default')(1), { stack: false, stagger: false }, 600);

describe('layoutNetwork', () => {
  it('puts each vNIC in its host column, above its vSwitch', () => {
    g.nodes.forEach((n, i) => {
      if (n.kind !== 'vnic') return;
      const box = layout.hosts.find((h) => h.host === n.host)!;
      const p = layout.nodes[i]!;
      const sw = layout.switches.find((s) => s.node === n.vswitch)!;
      expect(p.y + layout.vnic.h / 2).toBeLessThan(sw.y);
      expect(p.x - layout.vnic.w / 2).toBeGreaterThanOrEqual(box.x);
      expect(p.x + layout.vnic.w / 2).toBeLessThanOrEqual(box.x + box.w);
    });
  });
  it('splits a shared vSwitch into one port group per VLAN, covering the bar', () => {
    const sw = layout.switches.find((s) => g.nodes[s.node]?.id === 'vswitch-1')!;
    expect(sw.groups.map((p) => p.vlan).toSorted()).toEqual([10, 20]);
    expect(sw.groups.reduce((n, p) => n + p.w, 0)).toBeCloseTo(sw.w, 6);
  });
  /** Where a link meets node i: a vNIC's box at its bottom edge, the external clients' at its top, any other node at its centre. */
  const anchor = (l: NetLayout, i: number) => {
    const p = l.nodes[i]!;
    const kind = g.nodes[i]?.kind;
    if (kind === 'ext') return { x: p.x, y: p.y - l.ext.h / 2 };
    return kind === 'vnic' || kind === 'vmk' ? { x: p.x, y: p.y + l.vnic.h / 2 } : p;
  };
  it('draws links from node a to node b, in every arrangement (vNICs and the external clients met at their box’s edge, not on their label)', () => {
    for (const a of ARRANGEMENTS) {
      const l = layoutNetwork(g, st.topology, layout.text, a, 300);
      g.links.forEach((link, i) => {
        const path = l.links[i]!;
        expect(path[0]).toEqual(anchor(l, link.a));
        expect(path[path.length - 1]).toEqual(anchor(l, link.b));
      });
    }
  });
  it('never draws a burst on a vNIC’s or the external clients’ label: leaving, arriving or waiting, it stays out of their box', () => {
    const inside = (p: { x: number; y: number }, c: { x: number; y: number }, b: { w: number; h: number }): boolean =>
      Math.abs(p.x - c.x) < b.w / 2 - 1e-9 && Math.abs(p.y - c.y) < b.h / 2 - 1e-9;
    let seen = 0;
    for (const arr of ARRANGEMENTS) {
      const l = layoutNetwork(g, st.topology, layout.text, arr, 300);
      g.flows.forEach((f, fi) => {
        for (let hop = 0; hop <= f.route.links.length; hop++) {
          const link = f.route.links[hop];
          const ticks = link === undefined ? 1 : g.links[link]!.ticks;
          for (const left of [ticks, ticks * 0.9, ticks / 2, 0]) {
            for (const settled of [false, true]) {
              const p = burstPosition(l, g, fi, hop, left, settled)!;
              g.nodes.forEach((n, i) => {
                const box = n.kind === 'ext' ? l.ext : n.kind === 'vnic' || n.kind === 'vmk' ? l.vnic : null;
                if (box !== null) expect(inside(p, l.nodes[i]!, box), `${JSON.stringify(arr)}: flow ${f.id} hop ${hop} left ${left} in ${n.id}`).toBe(false);
              });
              seen += 1;
            }
          }
        }
      });
    }
    expect(seen).toBeGreaterThan(10);
  });
  it('moves a burst along its link as its ticks run out, in the direction of travel', () => {
    const f = g.flows.findIndex((x) => x.id === 'a-clients'); // external -> ... travels links b->a at first
    const link = g.flows[f]!.route.links[0]!;
    const ticks = g.links[link]!.ticks;
    const start = burstPosition(layout, g, f, 0, ticks, false)!;
    const end = burstPosition(layout, g, f, 0, 0, false)!;
    expect(start).toEqual(anchor(layout, g.flows[f]!.route.nodes[0]!));
    expect(end).toEqual(anchor(layout, g.flows[f]!.route.nodes[1]!));
  });
  it('along() walks a polyline by length', () => {
    const path = [{ x: 0, y: 0 }, { x: 0, y: 10 }, { x: 30, y: 10 }];
    expect(along(path, 0.25)).toEqual({ x: 0, y: 10 });
    expect(along(path, 1)).toEqual({ x: 30, y: 10 });
  });
  it('breaks a long label at the space nearest its middle', () => {
    expect(splitHalf('Physical switch (one wire, all VLANs, tagged)')).toEqual(['Physical switch (one', 'wire, all VLANs, tagged)']);
    expect(splitHalf('VMkernel')).toEqual(['VMkernel']);
  });
});

/** The frames (px) the Network lens's picture gets at 1280x720 (projector), 1280x800, 1920x1080, 768x1024 and 390x844 (measured in Chromium). */
const SCREENS = [
  { name: 'projector', fw: 744, fh: 380, theme: 'projector', whole: 1 },
  { name: 'laptop', fw: 903, fh: 562, theme: 'default', whole: 1 },
  { name: 'desktop', fw: 1543, fh: 777, theme: 'default', whole: 1 },
  { name: 'tablet', fw: 724, fh: 595, theme: 'default', whole: 1 },
  // A phone shows the stacked drawing whole at its fit, its labels still at 0.85 of their size or more.
  { name: 'phone', fw: 346, fh: 454, theme: 'default', whole: 0.85 },
] as const;

/** Every text of the drawing with the box it must stay in (drawing units): [text, px, bold, centre x, centre y, box]. */
function labelBoxes(l: NetLayout, id: PresetId, lang: Lang): { text: string; px: number; x: number; y: number; box: { x: number; y: number; w: number; h: number } }[] {
  const s = world(id);
  const out: ReturnType<typeof labelBoxes> = [];
  s.net.graph.nodes.forEach((n, i) => {
    const p = l.nodes[i]!;
    if (n.kind === 'vnic' || n.kind === 'vmk') {
      const [name, sub] = vnicLines(s.net.graph, s.topology, say(lang), i);
      const box = { x: p.x - l.vnic.w / 2, y: p.y - l.vnic.h / 2, w: l.vnic.w, h: l.vnic.h };
      out.push({ text: name, px: l.text.name * 1.06, x: p.x, y: p.y + l.vnic.nameDy, box });
      out.push({ text: sub, px: l.text.small, x: p.x, y: p.y + l.vnic.subDy, box });
    } else if (n.kind === 'pnic' || n.kind === 'ext') {
      const b = n.kind === 'pnic' ? l.pnic : l.ext;
      out.push({ text: t(lang, n.kind === 'pnic' ? 'network.pnic' : 'network.external'), px: l.text.small, x: p.x, y: p.y, box: { x: p.x - b.w / 2, y: p.y - b.h / 2, w: b.w, h: b.h } });
    }
  });
  for (const sw of l.switches) for (const pg of sw.groups) out.push({ text: t(lang, 'network.portGroup', { vlan: pg.vlan }), px: l.text.pg * 1.06, x: pg.x + pg.w / 2, y: sw.y + sw.h / 2, box: { x: pg.x, y: sw.y, w: pg.w, h: sw.h } });
  return out;
}

describe.each(['vswitch-basics', 'vlan-isolation'] as const)('%s grows into room to spare', (id) => {
  it('shows the same arrangement bigger and whole on a 1920x1080 screen, at 100 % on a 1280x800 laptop', () => {
    const s = world(id);
    const at = textAt(id, 'en', 'default');
    const flat = pickNetLayout(s.net.graph, s.topology, 1543, 777, [1], at);
    const grown = pickNetLayout(s.net.graph, s.topology, 1543, 777, [1], at, GROWTH.default);
    expect(grown.scale).toBeGreaterThanOrEqual(1.35);
    expect(grown.layout.arrangement).toEqual(flat.layout.arrangement);
    expect(grown.layout.width * grown.scale).toBeLessThanOrEqual(1543 + 1e-6);
    expect(grown.layout.height * grown.scale).toBeLessThanOrEqual(777 + 1e-6);
    expect(pickNetLayout(s.net.graph, s.topology, 903, 562, [1], at, GROWTH.default).scale).toBe(1);
  });
});

describe.each(['vswitch-basics', 'vlan-isolation'] as const)('the picture on every screen (%s)', (id) => {
  for (const lang of ['en', 'ko'] as const) {
    for (const sc of SCREENS) {
      const s = world(id);
      const { layout: l, scale } = pickNetLayout(s.net.graph, s.topology, sc.fw, sc.fh, LAYOUT_SCALES[sc.theme], textAt(id, lang, sc.theme), GROWTH[sc.theme]);
      const fit = Math.min(1, sc.fw / (l.width * scale), sc.fh / (l.height * scale));

      it(`${sc.name}, ${lang}: is whole in its frame at ${sc.whole === 1 ? '100 %' : 'its fit'}, labels at the screen's sizes`, () => {
        expect(fit).toBeGreaterThanOrEqual(sc.whole);
        // The projector's labels are 14 px or more as drawn (the theme's floor at the drawing's scale).
        const least = Math.min(l.text.host, l.text.name, l.text.small, l.text.label, l.text.pg, l.text.nic) * scale * fit;
        if (sc.theme === 'projector') expect(least).toBeGreaterThanOrEqual(14 - 0.05);
        else expect(least).toBeGreaterThanOrEqual(11 * sc.whole - 0.05);
        for (const h of l.hosts) expect(h.x + h.w).toBeLessThanOrEqual(l.width);
        for (const p of l.nodes) expect(p.x).toBeLessThanOrEqual(l.width);
        for (const path of l.links) for (const p of path) expect(p.y).toBeLessThanOrEqual(l.height);
      });

      it(`${sc.name}, ${lang}: every label fits its box, at the size it is drawn`, () => {
        for (const b of labelBoxes(l, id, lang)) {
          const w = textWidth(b.text, b.px);
          const h = lineH(b.px);
          expect(b.x - w / 2, b.text).toBeGreaterThanOrEqual(b.box.x);
          expect(b.x + w / 2, b.text).toBeLessThanOrEqual(b.box.x + b.box.w);
          expect(b.y - h / 2, b.text).toBeGreaterThanOrEqual(b.box.y - 0.01);
          expect(b.y + h / 2, b.text).toBeLessThanOrEqual(b.box.y + b.box.h + 0.01);
        }
        // Host titles and vSwitch names fit across their boxes; the NIC lines stay inside their host.
        for (const h of l.hosts) expect(textWidth(t(lang, 'network.host', { host: s.topology.hosts[h.host]?.name ?? '' }), l.text.host * 1.06) + 8).toBeLessThanOrEqual(h.w);
        for (const sw of l.switches) {
          const host = l.hosts.find((h) => h.host === s.net.graph.nodes[sw.node]?.host)!;
          expect(sw.x).toBeGreaterThanOrEqual(host.x);
          expect(sw.x + sw.w).toBeLessThanOrEqual(host.x + host.w);
          const up = s.net.graph.nodes.findIndex((n) => n.kind === 'pnic' && n.vswitch === sw.node);
          const p = l.nodes[up]!;
          expect(p.x + l.nic.dx + l.text.nicW).toBeLessThanOrEqual(host.x + host.w);
          expect(p.y + 1.5 * l.nic.lh).toBeLessThanOrEqual(host.y + host.h);
        }
      });
    }
  }
});
