/**
 * The static SVG layers of the network drawing: host boxes, the physical switch, links
 * (each with a wide transparent twin so it is easy to hit), vSwitch bars split into
 * port groups, and the nodes (VM and container vNICs, uplinks, external clients).
 * Redrawn only when the layout changes; the moving bursts live on the canvas above.
 */
import type { ReactNode } from 'react';
import type { NetGraph, NetNode, Topology } from '../../engine';
import { useT } from '../../i18n';
import { SWITCH_H, type NetLayout, type Pt } from './layoutNetwork';

const ROW_HOST_H = 220;
/** y of the host boxes' bottom edge. */
export const HOST_BOTTOM = 8 + ROW_HOST_H;
const points = (path: readonly Pt[] | undefined): string => (path ?? []).map((p) => `${p.x},${p.y}`).join(' ');

interface LayerProps {
  graph: NetGraph;
  topology: Topology;
  layout: NetLayout;
}

function Hosts({ topology, layout }: LayerProps) {
  const t = useT();
  return (
    <>
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
    </>
  );
}

function Links({ graph, layout, selected }: LayerProps & { selected: number }) {
  return (
    <>
      {graph.links.map((l, i) => (
        <g key={i}>
          <polyline points={points(layout.links[i])} className={`net-link net-link-${l.kind}${i === selected ? ' net-link-selected' : ''}`} />
          <polyline points={points(layout.links[i])} className="net-link-hit" data-link={i} />
        </g>
      ))}
    </>
  );
}

function Switches({ graph, topology, layout }: LayerProps) {
  const t = useT();
  return (
    <>
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
    </>
  );
}

function NodeShape({ n, p, topology, boxW }: { n: NetNode; p: Pt; topology: Topology; boxW: number }) {
  const t = useT();
  if (n.kind === 'vnic') {
    const name = (n.ct >= 0 ? topology.containers[n.ct]?.name : topology.vms[n.vm]?.name) ?? n.id;
    return (
      <g>
        <rect x={p.x - boxW / 2} y={p.y - 24} width={boxW} height={30} rx={4} className={n.ct >= 0 ? 'net-ct' : 'net-vm'} />
        <text x={p.x} y={p.y - 10} textAnchor="middle" className="net-label">
          {name}
        </text>
        <text x={p.x} y={p.y + 3} textAnchor="middle" className="net-small">
          {t(n.ct >= 0 ? 'network.ctVlan' : 'network.vnicVlan', { vlan: n.vlan })}
        </text>
      </g>
    );
  }
  if (n.kind === 'vmk') {
    return (
      <g>
        <rect x={p.x - boxW / 2} y={p.y - 24} width={boxW} height={30} rx={4} className="net-vmk" />
        <text x={p.x} y={p.y - 10} textAnchor="middle" className="net-label">
          {t('network.vmk')}
        </text>
        <text x={p.x} y={p.y + 3} textAnchor="middle" className="net-small">
          {t('network.vnicVlan', { vlan: n.vlan })}
        </text>
      </g>
    );
  }
  if (n.kind !== 'pnic' && n.kind !== 'ext') return null;
  const w = n.kind === 'pnic' ? 88 : 160;
  return (
    <g>
      <rect x={p.x - w / 2} y={p.y - 13} width={w} height={26} rx={n.kind === 'ext' ? 13 : 4} className={n.kind === 'pnic' ? 'net-pnic' : 'net-ext'} />
      <text x={p.x} y={p.y + 4} textAnchor="middle" className="net-small">
        {t(n.kind === 'pnic' ? 'network.pnic' : 'network.external')}
      </text>
    </g>
  );
}

/** `underLinks`: drawn over the boxes and under the links (the NICs' load halos). */
export function NetLayers(props: LayerProps & { selectedLink: number; underLinks?: ReactNode }) {
  const { graph, layout, topology } = props;
  return (
    <>
      <Hosts {...props} />
      {props.underLinks}
      <Links {...props} selected={props.selectedLink} />
      <Switches {...props} />
      {graph.nodes.map((n, i) => {
        const p = layout.nodes[i];
        return p === undefined ? null : <NodeShape key={i} n={n} p={p} topology={topology} boxW={layout.slot - 16} />;
      })}
    </>
  );
}
