/**
 * The network drawing: hosts, vNICs with their VLAN, vSwitch bars split into port
 * groups, uplinks, the physical switch and external clients in SVG; bursts of packets
 * as dots (colour + protocol letter) on a canvas above it, drawn from the store in
 * requestAnimationFrame without re-rendering React. Clicking a dot selects that burst;
 * clicking a link selects it for the throughput chart.
 */
import { useEffect, useRef, type MouseEvent } from 'react';
import { PKT, PROTOCOLS, type NetGraph, type Snapshot, type Topology } from '../../engine';
import { useT } from '../../i18n';
import { useStore } from '../../store';
import { burstPosition, SWITCH_H, type NetLayout } from './layoutNetwork';
import type { TokenName } from '../../theme/tokens';
import { PROTO_STYLE, tokenValue as readToken } from './protocolStyle';

const R = 8;

function drawBursts(ctx: CanvasRenderingContext2D, snap: Snapshot, layout: NetLayout, selected: number): void {
  const n = snap.net;
  const g = n.graph;
  // Resolve each theme colour once per frame, not once per dot.
  const colours = new Map<TokenName, string>();
  const tokenValue = (name: TokenName): string => {
    const known = colours.get(name);
    if (known !== undefined) return known;
    const value = readToken(name);
    colours.set(name, value);
    return value;
  };
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

function nodeLabel(g: NetGraph, topo: Topology, i: number): string {
  const n = g.nodes[i];
  if (n === undefined) return '';
  if (n.kind === 'vnic') return (n.ct >= 0 ? topo.containers[n.ct]?.name : topo.vms[n.vm]?.name) ?? n.id;
  return n.id;
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
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let frame = 0;
    const paint = (): void => {
      frame = 0;
      const snap = useStore.getState().snapshot;
      const ctx = canvas.current?.getContext('2d');
      if (snap !== null && ctx !== null && ctx !== undefined) drawBursts(ctx, snap, layout, selectedBurst);
    };
    paint();
    const unsub = useStore.subscribe((s, prev) => {
      if (s.snapshot !== prev.snapshot && frame === 0) frame = requestAnimationFrame(paint);
    });
    return () => {
      unsub();
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [layout, selectedBurst]);
  const onClick = (e: MouseEvent<HTMLDivElement>): void => {
    const snap = useStore.getState().snapshot;
    if (snap === null) return;
    const r = e.currentTarget.getBoundingClientRect();
    const k = hitBurst(snap, layout, (e.clientX - r.left) / scale, (e.clientY - r.top) / scale);
    // A dot wins over the link under it; otherwise a click on a link selects it for the chart.
    const link = e.target instanceof Element ? e.target.getAttribute('data-link') : null;
    if (k >= 0) onBurst(k);
    else if (link !== null) onLink(Number(link));
  };
  return (
    <div className="net-diagram" style={{ width: layout.width * scale, height: layout.height * scale }} onClick={onClick} data-testid="net-diagram">
      <div className="net-zoom" style={{ width: layout.width, height: layout.height, transform: `scale(${scale})` }}>
      <svg width={layout.width} height={layout.height} role="group" aria-label={t('network.diagram')}>
        {layout.hosts.map((h) => (
          <g key={h.host}>
            <rect x={h.x} y={8} width={h.w} height={ROW_HOST_H} rx={8} className="net-host" />
            <text x={h.x + 8} y={24} className="net-host-label">
              {t('network.host', { host: topology.hosts[h.host]?.name ?? '' })}
            </text>
          </g>
        ))}
        <rect x={layout.phys.x} y={layout.phys.y - SWITCH_H / 2} width={layout.phys.w} height={SWITCH_H} rx={4} className="net-phys" />
        <text x={layout.phys.x + 8} y={layout.phys.y + SWITCH_H / 2 + 16} className="net-label">
          {t('network.physSwitch')}
        </text>
        {graph.links.map((l, i) => (
          <g key={i}>
            <polyline points={(layout.links[i] ?? []).map((p) => `${p.x},${p.y}`).join(' ')} className={`net-link net-link-${l.kind}${i === selectedLink ? ' net-link-selected' : ''}`} />
            {/* A wide transparent twin makes the thin line easy to hit (24 px target). */}
            <polyline
              points={(layout.links[i] ?? []).map((p) => `${p.x},${p.y}`).join(' ')}
              className="net-link-hit"
              data-link={i}
            />
          </g>
        ))}
        {layout.switches.map((s) => (
          <g key={s.node}>
            {s.groups.map((pg) => (
              <g key={pg.vlan}>
                <rect x={pg.x} y={s.y} width={pg.w} height={SWITCH_H} className="net-pg" />
                <text x={pg.x + pg.w / 2} y={s.y + SWITCH_H / 2 + 4} textAnchor="middle" className="net-pg-label">
                  {pg.vlan >= 0 ? t('network.portGroup', { vlan: pg.vlan }) : ''}
                </text>
              </g>
            ))}
            <text x={s.x + 4} y={s.y - 5} className="net-label">
              {t('network.vswitch', { name: topology.vswitches.find((w) => w.id === graph.nodes[s.node]?.id)?.name ?? '' })}
            </text>
          </g>
        ))}
        {graph.nodes.map((n, i) => {
          const p = layout.nodes[i];
          if (p === undefined) return null;
          if (n.kind === 'vnic')
            return (
              <g key={i}>
                <rect x={p.x - 40} y={p.y - 24} width={80} height={30} rx={4} className={n.ct >= 0 ? 'net-ct' : 'net-vm'} />
                <text x={p.x} y={p.y - 10} textAnchor="middle" className="net-label">
                  {nodeLabel(graph, topology, i)}
                </text>
                <text x={p.x} y={p.y + 3} textAnchor="middle" className="net-small">
                  {t(n.ct >= 0 ? 'network.ctVlan' : 'network.vnicVlan', { vlan: n.vlan })}
                </text>
              </g>
            );
          if (n.kind === 'pnic')
            return (
              <g key={i}>
                <rect x={p.x - 44} y={p.y - 13} width={88} height={26} rx={4} className="net-pnic" />
                <text x={p.x} y={p.y + 4} textAnchor="middle" className="net-small">
                  {t('network.pnic')}
                </text>
              </g>
            );
          if (n.kind === 'ext')
            return (
              <g key={i}>
                <rect x={p.x - 80} y={p.y - 14} width={160} height={28} rx={14} className="net-ext" />
                <text x={p.x} y={p.y + 4} textAnchor="middle" className="net-small">
                  {t('network.external')}
                </text>
              </g>
            );
          return null;
        })}
      </svg>
      <canvas ref={canvas} width={layout.width} height={layout.height} className="net-canvas" aria-hidden="true" />
      </div>
    </div>
  );
}

const ROW_HOST_H = 220;
