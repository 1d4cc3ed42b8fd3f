/**
 * The network drawing: hosts, vNICs with their VLAN, vSwitch bars split into port
 * groups, uplinks, the physical switch and external clients in SVG; bursts of packets
 * as dots (colour + protocol letter) on a canvas above it, drawn in the app's frame loop
 * from the store without re-rendering React. Clicking a dot selects that burst;
 * clicking a link selects it for the throughput chart.
 */
import { drawScaleStyle } from '../shared/labels';
import type { MouseEvent } from 'react';
import { PKT, PROTOCOLS, type NetGraph, type Snapshot, type Topology } from '../../engine';
import { useT } from '../../i18n';
import { useStore, type ThemeName } from '../../store';
import type { TokenName } from '../../theme/tokens';
import { tokenColour } from '../shared/colours';
import { useCanvasFrame } from '../shared/useCanvasFrame';
import { burstPosition, type NetLayout } from './layoutNetwork';
import { NetLayers } from './NetLayers';
import { NicHalos, NicLabels } from './NicLoad';
import { PROTO_STYLE } from './protocolStyle';

const R = 8;

function drawBursts(ctx: CanvasRenderingContext2D, snap: Snapshot, layout: NetLayout, selected: number, theme: ThemeName): void {
  const n = snap.net;
  const g = n.graph;
  const tokenValue = (name: TokenName): string => tokenColour(name, theme);
  ctx.clearRect(0, 0, layout.width, layout.height);
  ctx.font = 'bold 10px sans-serif';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (let k = 0; k < n.pkt.status.length; k++) {
    const s = n.pkt.status[k];
    if (s === PKT.free) continue;
    const f = n.pkt.flow[k] ?? 0;
    const p = burstPosition(layout, g, f, n.pkt.hop[k] ?? 0, n.pkt.left[k] ?? 0, s !== PKT.flying);
    if (p === null) continue;
    const proto = PROTOCOLS[g.flows[f]?.protocol ?? 0] ?? 'http';
    const age = s === PKT.flying ? 0 : (snap.tick - (n.pkt.end[k] ?? 0)) / 600;
    ctx.globalAlpha = s === PKT.flying ? 1 : Math.max(0.15, 1 - age);
    if (s === PKT.dropped) {
      ctx.strokeStyle = tokenValue('danger');
      ctx.lineWidth = 3;
      ctx.beginPath();
      ctx.moveTo(p.x - R, p.y - R);
      ctx.lineTo(p.x + R, p.y + R);
      ctx.moveTo(p.x + R, p.y - R);
      ctx.lineTo(p.x - R, p.y + R);
      ctx.stroke();
    } else if (s === PKT.flying) {
      ctx.fillStyle = tokenValue(PROTO_STYLE[proto].token);
      ctx.beginPath();
      ctx.arc(p.x, p.y, R, 0, Math.PI * 2);
      ctx.fill();
      ctx.fillStyle = tokenValue('accentText');
      ctx.fillText(PROTO_STYLE[proto].glyph, p.x, p.y + 0.5);
    }
    if (n.pkt.id[k] === selected) {
      ctx.globalAlpha = 1;
      ctx.strokeStyle = tokenValue('focus');
      ctx.lineWidth = 3;
      ctx.beginPath();
      ctx.arc(p.x, p.y, R + 5, 0, Math.PI * 2);
      ctx.stroke();
    }
  }
  ctx.globalAlpha = 1;
}

/** The burst (pool slot) nearest to a point, within reach of a finger. */
export function hitBurst(snap: Snapshot, layout: NetLayout, x: number, y: number): number {
  let best = -1;
  let bestD = 16;
  const n = snap.net;
  for (let k = 0; k < n.pkt.status.length; k++) {
    const s = n.pkt.status[k];
    if (s === PKT.free || s === PKT.delivered) continue;
    const p = burstPosition(layout, n.graph, n.pkt.flow[k] ?? 0, n.pkt.hop[k] ?? 0, n.pkt.left[k] ?? 0, s !== PKT.flying);
    if (p === null) continue;
    const d = Math.hypot(p.x - x, p.y - y);
    if (d < bestD) {
      bestD = d;
      best = k;
    }
  }
  return best;
}

interface Props {
  graph: NetGraph;
  topology: Topology;
  layout: NetLayout;
  scale: number;
  selectedBurst: number;
  selectedLink: number;
  onBurst: (slot: number) => void;
  onLink: (link: number) => void;
}

export function NetDiagram({ graph, topology, layout, scale, selectedBurst, selectedLink, onBurst, onLink }: Props) {
  const t = useT();
  const { ref: canvas } = useCanvasFrame(({ ctx, snap, theme }) => drawBursts(ctx, snap, layout, selectedBurst, theme), {
    width: layout.width,
    height: layout.height,
    deps: [layout, selectedBurst],
    redrawOn: (s, prev) => s.snapshot !== prev.snapshot || s.theme !== prev.theme,
  });
  const onClick = (e: MouseEvent<HTMLDivElement>): void => {
    const snap = useStore.getState().snapshot;
    if (snap === null) return;
    const r = e.currentTarget.getBoundingClientRect();
    // From the drawn rectangle, so the projector's scale and any zoom around the diagram both count.
    const k = hitBurst(snap, layout, ((e.clientX - r.left) * layout.width) / r.width, ((e.clientY - r.top) * layout.height) / r.height);
    // A dot wins over the link under it; otherwise a click on a link selects it for the chart.
    const link = e.target instanceof Element ? e.target.getAttribute('data-link') : null;
    if (k >= 0) onBurst(k);
    else if (link !== null) onLink(Number(link));
  };
  return (
    <div className="net-diagram" style={{ width: layout.width * scale, height: layout.height * scale, ...drawScaleStyle(scale) }} onClick={onClick} data-testid="net-diagram">
      <div className="net-zoom" style={{ width: layout.width, height: layout.height, transform: `scale(${scale})` }}>
        <svg width={layout.width} height={layout.height} role="group" aria-label={t('network.diagram')}>
          <NetLayers graph={graph} topology={topology} layout={layout} selectedLink={selectedLink} underLinks={<NicHalos graph={graph} layout={layout} />} />
          <NicLabels graph={graph} layout={layout} />
        </svg>
        <canvas ref={canvas} style={{ width: layout.width, height: layout.height }} className="net-canvas" aria-hidden="true" />
      </div>
    </div>
  );
}

