/**
 * The Network lens: per host a vSwitch with port groups (VLANs) and an uplink to the
 * physical network; each VM's vNIC plugs into a port group; bursts of packets (web
 * requests, queries, replication, remote display) flow as dots, coloured and lettered by
 * protocol. Traffic between VMs on one host stays in the vSwitch; a burst for another
 * VLAN is dropped with the reason. Click a dot (or Follow a flow) to read its path hop by
 * hop; pick a link to see its throughput and drops over time; move a vNIC to another
 * VLAN to break or restore isolation.
 */
import { labelSize, GROWTH, LAYOUT_SCALES, READ_MIN_PX } from '../shared/labels';
import { fittedScale } from '../shared/pickLayout';
import { useMemo, useState } from 'react';
import { PROTOCOLS, type NetGraph, type NetSnapshot, type Snapshot, type Topology } from '../../engine';
import { useT } from '../../i18n';
import { selectTheme, selectTopology, useStore } from '../../store';
import { v } from '../../theme/tokens';
import { useWidth } from '../../ui/useWidth';
import { useSnapshot } from '../shared/useSnapshot';
import { booting as bootingOf, sameBooting } from './booting';
import { BurstPath, FlowTable, type NetSel } from './FlowPanel';
import { pickNetLayout } from './layoutNetwork';
import { NET_PX, netText, type NetPx } from './netText';
import { LinkChart } from './LinkChart';
import { NetDiagram } from './NetDiagram';
import { NicTable } from './NicLoad';
import { PROTO_STYLE } from './protocolStyle';
import { VlanEditor } from './VlanEditor';
import { FIT_READ_MIN, useFrameBox, ZOOM_GUTTER, ZoomPan } from '../shared/ZoomPan';
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
const netOf = (s: Snapshot): NetSnapshot => s.net;

/** The scales the drawing may be shown at (px per unit), the biggest first: the projector's, stepping down to the laptop's. */

interface PictureProps {
  graph: NetGraph;
  topology: Topology;
  /** The lens's width, until the frame has measured its own. */
  width: number;
  selectedBurst: number;
  selectedLink: number;
  onBurst: (slot: number) => void;
  onLink: (link: number) => void;
}

/**
 * The drawing laid out to its frame: the biggest scale and the roomiest arrangement that show
 * it whole at 100 %, its labels at the theme's sizes for that scale (14 px at least on the projector).
 */
function NetPicture({ graph, topology, width, ...rest }: PictureProps) {
  const t = useT();
  const theme = useStore(selectTheme);
  const box = useFrameBox();
  const fw = box?.w ?? width - ZOOM_GUTTER;
  // Until the frame's room is measured the height is unbounded: the drawing grows only once it is (as Storage's).
  const fh = box?.h ?? Infinity;
  const { layout, scale } = useMemo(() => {
    // Labels for a drawing shown at `s` px per unit and then fitted to `k` of that: READ_MIN_PX rendered at least.
    const textAt = (k: number) => (s: number) => {
      const px = Object.fromEntries(Object.entries(NET_PX).map(([key, size]) => [key, labelSize(size, theme, s * k, READ_MIN_PX)])) as unknown as NetPx;
      return netText(graph, topology, t, px);
    };
    const fitIn = (h: number) => {
      const pick = (k: number) => pickNetLayout(graph, topology, fw, h, LAYOUT_SCALES[theme], textAt(k), box === null ? null : GROWTH[theme]);
      // A drawing not whole in its frame (a phone) is fitted smaller: its labels were 9.6-10.6 px there. They are laid out
      // for the fit it is shown at, and the boxes grow with them, so the fit shrinks a little; again until it holds.
      let k = 1;
      let picked = pick(k);
      for (let round = 0; round < 6; round++) {
        const f = fittedScale(picked.layout, picked.scale, fw, h) / picked.scale;
        if (f >= k - 1e-6) break;
        k = round < 4 ? f : f * 0.97;
        picked = pick(k);
      }
      return picked;
    };
    const whole = fitIn(fh);
    // A frame too short to show it whole at FIT_READ_MIN (beside a phone's tour panel): laid out to the frame's width, the
    // zoom frame opens it that wide (readableFit) and the reader scrolls down.
    return fittedScale(whole.layout, whole.scale, fw, fh) / whole.scale >= FIT_READ_MIN ? whole : fitIn(Infinity);
  }, [graph, topology, t, theme, fw, fh, box]);
  return <NetDiagram graph={graph} topology={topology} layout={layout} scale={scale} {...rest} />;
}

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
  const booting = useSnapshot(bootingOf, 2, sameBooting);
  const t = useT();
  const [ref, width] = useWidth<HTMLDivElement>();
  const [sel, setSel] = useState<NetSel>(null);
  const [linkSel, setLink] = useState(-1);
  if (graph === null || topology === null) return null;
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
      {booting !== null && <p className="status" data-testid="net-booting">{t(booting.n > 1 ? 'network.bootingMany' : 'network.booting', { n: booting.n, s: booting.s.toFixed(1) })}</p>}
      {graph.flows.length === 0 && <p className="status">{t('network.noFlows')}</p>}
      {/* Zoom and pan; the focusable frame lets keyboard users scroll a diagram wider than the panel. */}
      <ZoomPan label={t('network.diagramLabel')} className="net-scroll" picture fitOnOpen testid="net-zoom-frame">
        <NetPicture
          graph={graph}
          topology={topology}
          width={width}
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
