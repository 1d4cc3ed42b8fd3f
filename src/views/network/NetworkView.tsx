/**
 * The Network lens: per host a vSwitch with port groups (VLANs) and an uplink to the
 * physical network; each VM's vNIC plugs into a port group; bursts of packets (web
 * requests, queries, replication, remote display) flow as dots, coloured and lettered by
 * protocol. Traffic between VMs on one host stays in the vSwitch; a burst for another
 * VLAN is dropped with the reason. Click a dot (or Follow a flow) to read its path hop by
 * hop; pick a link to see its throughput and drops over time; move a vNIC to another
 * VLAN to break or restore isolation.
 */
import { drawScale, useLabelSize } from '../shared/labels';
import { textWidth } from '../fitText';
import { useMemo, useState } from 'react';
import { PROTOCOLS, type NetGraph, type NetSnapshot, type Snapshot, type Topology } from '../../engine';
import { useT, type Translate } from '../../i18n';
import { selectTheme, selectTopology, useStore } from '../../store';
import { v } from '../../theme/tokens';
import { useWidth } from '../../ui/useWidth';
import { useSnapshot } from '../shared/useSnapshot';
import { BurstPath, FlowTable, type NetSel } from './FlowPanel';
import { layoutNetwork, SLOT } from './layoutNetwork';
import { LinkChart } from './LinkChart';
import { NetDiagram } from './NetDiagram';
import { NicTable } from './NicLoad';
import { PROTO_STYLE } from './protocolStyle';
import { VlanEditor } from './VlanEditor';
import { ZOOM_GUTTER, ZoomPan } from '../shared/ZoomPan';
import './network.css';

/**
 * The graph changes only when the topology does (simClient keeps one topology object
 * until it changes), so keep the first graph seen per topology: the layout and the
 * canvas subscription then survive every snapshot in between.
 */
const graphs = new WeakMap<Topology, NetGraph>();
function stableGraph(topology: Topology, graph: NetGraph): NetGraph {
  const known = graphs.get(topology);
  if (known !== undefined) return known;
  graphs.set(topology, graph);
  return graph;
}

/** The slot a vNIC needs for its name and its "vNIC · VLAN n" line at the sizes they are drawn. */
function vnicSlot(g: NetGraph, topo: Topology, t: Translate, namePx: number, subPx: number): number {
  let need = 0;
  for (const n of g.nodes) {
    if (n.kind !== 'vnic' && n.kind !== 'vmk') continue;
    const name = n.kind === 'vmk' ? t('network.vmk') : ((n.ct >= 0 ? topo.containers[n.ct]?.name : topo.vms[n.vm]?.name) ?? n.id);
    const sub = t(n.ct >= 0 ? 'network.ctVlan' : 'network.vnicVlan', { vlan: n.vlan });
    need = Math.max(need, textWidth(name, namePx * 1.06), textWidth(sub, subPx));
  }
  return Math.max(SLOT, Math.ceil(need + 24));
}

function Legend() {
  const t = useT();
  return (
    <ul className="legend" aria-label={t('network.legend')}>
      {PROTOCOLS.map((p) => (
        <li key={p}>
          <span className="net-proto-dot" data-drawing style={{ background: v(PROTO_STYLE[p].token) }} aria-hidden="true">
            {PROTO_STYLE[p].glyph}
          </span>
          {t(`network.proto.${p}`)}
        </li>
      ))}
      <li>
        <span className="net-drop">✗</span> {t('network.legend.drop')}
      </li>
    </ul>
  );
}

const graphOf = (s: Snapshot): NetGraph => stableGraph(s.topology, s.net.graph);
const bootingOf = (s: Snapshot): boolean => s.vms.power.some((p) => p === 1);
const netOf = (s: Snapshot): NetSnapshot => s.net;

/** The panels under the drawing read the network numbers four times a second. */
function LivePanels({ topology, sel, link, setLink, follow }: { topology: Topology; sel: NetSel; link: number; setLink: (l: number) => void; follow: (s: NetSel) => void }) {
  const t = useT();
  const net = useSnapshot(netOf, 4);
  if (net === null) return null;
  return (
    <>
      <div className="net-panels">
        <BurstPath net={net} topology={topology} sel={sel} />
        <LinkChart net={net} topology={topology} link={link} onLink={setLink} />
      </div>
      <h3>{t('network.flows')}</h3>
      <FlowTable net={net} topology={topology} sel={sel} onSelect={follow} />
    </>
  );
}

export default function NetworkView() {
  // The drawing follows the topology (the graph changes with it); bursts move on a canvas
  // every frame the device can afford; the numbers under it update a few times a second.
  const topology = useStore(selectTopology);
  const graph = useSnapshot(graphOf, 2);
  const booting = useSnapshot(bootingOf, 2) ?? false;
  // Projector mode draws everything larger, as the Overview does.
  const scale = drawScale(useStore(selectTheme));
  const t = useT();
  const [ref, width] = useWidth<HTMLDivElement>();
  const [sel, setSel] = useState<NetSel>(null);
  const [linkSel, setLink] = useState(-1);
  // Each vNIC's slot is wide enough for its two labels at the size they are drawn (bigger on the projector).
  const ls = useLabelSize(scale);
  const slot = graph === null || topology === null ? SLOT : vnicSlot(graph, topology, t, ls(12), ls(11));
  const layout = useMemo(() => (graph === null || topology === null ? null : layoutNetwork(graph, topology, (width - ZOOM_GUTTER) / scale, slot)), [graph, topology, width, scale, slot]);
  if (graph === null || topology === null || layout === null) return null;
  const wire = graph.links.findIndex((l) => l.kind === 'wire');
  // Following a flow that is dropped also charts the link where its bursts die.
  const follow = (s: NetSel): void => {
    setSel(s);
    const r = s === null ? undefined : graph.flows[s.flow]?.route;
    const dropLink = r !== undefined && r.dropAt > 0 ? r.links[r.dropAt - 1] : undefined;
    if (dropLink !== undefined) setLink(dropLink);
  };
  const link = linkSel >= 0 && linkSel < graph.links.length ? linkSel : Math.max(0, wire);
  return (
    <div ref={ref} className="lens lens-network" data-testid="lens-network">
      {/* Picture first: the drawing (under a line saying why it is still empty, if it is), its legend, then what it means and the controls. */}
      {booting && <p className="status">{t('network.booting')}</p>}
      {graph.flows.length === 0 && <p className="status">{t('network.noFlows')}</p>}
      {/* Zoom and pan; the focusable frame lets keyboard users scroll a diagram wider than the panel. */}
      <ZoomPan label={t('network.diagramLabel')} className="net-scroll" picture testid="net-zoom-frame">
        <NetDiagram
          graph={graph}
          topology={topology}
          layout={layout}
          scale={scale}
          selectedBurst={sel?.kind === 'burst' ? sel.id : -1}
          selectedLink={link}
          onBurst={(k) => {
            const net = useStore.getState().snapshot?.net;
            if (net !== undefined) follow({ kind: 'burst', flow: net.pkt.flow[k] ?? 0, id: net.pkt.id[k] ?? 0 });
          }}
          onLink={setLink}
        />
      </ZoomPan>
      <Legend />
      <p className="summary">{t('network.intro')}</p>
      <p className="muted">{t('network.slowMotion')}</p>
      <NicTable topology={topology} />
      <LivePanels topology={topology} sel={sel} link={link} setLink={setLink} follow={follow} />
      <VlanEditor graph={graph} topology={topology} />
    </div>
  );
}
