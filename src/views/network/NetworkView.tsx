/**
 * The Network lens: per host a vSwitch with port groups (VLANs) and an uplink to the
 * physical network; each VM's vNIC plugs into a port group; bursts of packets (web
 * requests, queries, replication, remote display) flow as dots, coloured and lettered by
 * protocol. Traffic between VMs on one host stays in the vSwitch; a burst for another
 * VLAN is dropped with the reason. Click a dot (or Follow a flow) to read its path hop by
 * hop; pick a link to see its throughput and drops over time; move a vNIC to another
 * VLAN to break or restore isolation.
 */
import { useMemo, useState } from 'react';
import { PROTOCOLS, type NetGraph, type Topology } from '../../engine';
import { useT } from '../../i18n';
import { selectSnapshot, selectTheme, useStore } from '../../store';
import { v } from '../../theme/tokens';
import { useWidth } from '../../ui/useWidth';
import { BurstPath, FlowTable, type NetSel } from './FlowPanel';
import { layoutNetwork } from './layoutNetwork';
import { LinkChart } from './LinkChart';
import { NetDiagram } from './NetDiagram';
import { PROTO_STYLE } from './protocolStyle';
import { VlanEditor } from './VlanEditor';
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

function Legend() {
  const t = useT();
  return (
    <ul className="legend" aria-label={t('network.legend')}>
      {PROTOCOLS.map((p) => (
        <li key={p}>
          <span className="net-proto-dot" style={{ background: v(PROTO_STYLE[p].token) }} aria-hidden="true">
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

export default function NetworkView() {
  const snap = useStore(selectSnapshot);
  // Projector mode draws everything larger, as the Overview does.
  const scale = useStore(selectTheme) === 'projector' ? 1.35 : 1;
  const t = useT();
  const [ref, width] = useWidth<HTMLDivElement>();
  const [sel, setSel] = useState<NetSel>(null);
  const [linkSel, setLink] = useState(-1);
  const topology = snap?.topology ?? null;
  const graph = snap === null ? null : stableGraph(snap.topology, snap.net.graph);
  const layout = useMemo(() => (graph === null || topology === null ? null : layoutNetwork(graph, topology, width / scale)), [graph, topology, width, scale]);
  if (snap === null || graph === null || topology === null || layout === null) return null;
  const wire = graph.links.findIndex((l) => l.kind === 'wire');
  // Following a flow that is dropped also charts the link where its bursts die.
  const follow = (s: NetSel): void => {
    setSel(s);
    const r = s === null ? undefined : graph.flows[s.flow]?.route;
    const dropLink = r !== undefined && r.dropAt > 0 ? r.links[r.dropAt - 1] : undefined;
    if (dropLink !== undefined) setLink(dropLink);
  };
  const link = linkSel >= 0 && linkSel < graph.links.length ? linkSel : Math.max(0, wire);
  const booting = snap.vms.power.some((p) => p === 1);
  return (
    <div ref={ref} className="lens lens-network" data-testid="lens-network">
      <p className="summary">{t('network.intro')}</p>
      <Legend />
      {booting && <p className="status">{t('network.booting')}</p>}
      {graph.flows.length === 0 && <p className="status">{t('network.noFlows')}</p>}
      {/* Focusable so keyboard users can scroll a diagram wider than the panel. */}
      <div className="net-scroll" tabIndex={0} role="region" aria-label={t('network.diagramLabel')}>
        <NetDiagram
          graph={graph}
          topology={topology}
          layout={layout}
          scale={scale}
          selectedBurst={sel?.kind === 'burst' ? sel.id : -1}
          selectedLink={link}
          onBurst={(k) => follow({ kind: 'burst', flow: snap.net.pkt.flow[k] ?? 0, id: snap.net.pkt.id[k] ?? 0 })}
          onLink={setLink}
        />
      </div>
      <p className="muted">{t('network.slowMotion')}</p>
      <div className="net-panels">
        <BurstPath net={snap.net} topology={topology} sel={sel} />
        <LinkChart net={snap.net} topology={topology} link={link} onLink={setLink} />
      </div>
      <h3>{t('network.flows')}</h3>
      <FlowTable net={snap.net} topology={topology} sel={sel} onSelect={follow} />
      <VlanEditor graph={graph} topology={topology} />
    </div>
  );
}
