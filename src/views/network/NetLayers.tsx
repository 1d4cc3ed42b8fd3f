/**
 * The static SVG layers of the network drawing: host boxes, the physical switch, links
 * (each with a wide transparent twin so it is easy to hit), vSwitch bars split into
 * port groups, and the nodes (VM and container vNICs, uplinks, external clients).
 * Redrawn only when the layout changes; the moving bursts live on the canvas above.
 */
import type { ReactNode } from 'react';
import type { NetGraph, NetNode, Topology } from '../../engine';
import { useT } from '../../i18n';
import { boldPx, lineH } from '../shared/labels';
import { textWidth } from '../fitText';
import type { NetLayout, Pt } from './layoutNetwork';
import { splitHalf, vnicLines, vswitchName } from './netText';

const points = (path: readonly Pt[] | undefined): string => (path ?? []).map((p) => `${p.x},${p.y}`).join(' ');

interface LayerProps {
  graph: NetGraph;
  topology: Topology;
  layout: NetLayout;
}

function Hosts({ topology, layout }: LayerProps) {
  const t = useT();
  const { phys, text } = layout;
  const physLines = phys.lines === 1 ? [t('network.physSwitch')] : splitHalf(t('network.physSwitch'));
  return (
    <>
      {layout.hosts.map((h) => (
        <g key={h.host}>
          <rect x={h.x} y={h.y} width={h.w} height={h.h} rx={8} className="net-host" />
          <text x={h.x + 8} y={h.titleY} dominantBaseline="central" className="net-host-label" style={{ fontSize: text.host }}>
            {t('network.host', { host: topology.hosts[h.host]?.name ?? '' })}
          </text>
        </g>
      ))}
      <rect x={phys.x} y={phys.y - phys.h / 2} width={phys.w} height={phys.h} rx={4} className="net-phys" />
      <text x={phys.x + 8} y={phys.labelY} dominantBaseline="central" className="net-label" style={{ fontSize: text.label }}>
        {physLines.map((line, i) => (
          <tspan key={i} x={phys.x + 8} dy={i === 0 ? 0 : lineH(text.label)}>
            {line}
          </tspan>
        ))}
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
  const { text } = layout;
  return (
    <>
      {layout.switches.map((s) => (
        <g key={s.node}>
          {s.groups.map((pg) => (
            <g key={pg.vlan}>
              <rect x={pg.x} y={s.y} width={pg.w} height={s.h} className="net-pg" />
              <text x={pg.x + pg.w / 2} y={s.y + s.h / 2} textAnchor="middle" dominantBaseline="central" className="net-pg-label" style={{ fontSize: text.pg }}>
                {pg.vlan >= 0 ? t('network.portGroup', { vlan: pg.vlan }) : ''}
              </text>
            </g>
          ))}
          <SwitchName x={s.x + 4} y={s.labelY} px={text.label} name={vswitchName(graph, topology, t, s.node)} />
        </g>
      ))}
    </>
  );
}

/**
 * A vSwitch's name, between its vNICs and its bar: on a plate of the host box's colour, so
 * the vNICs' lines down to the bar pass behind the whole name, not through the gaps
 * between its words.
 */
function SwitchName({ x, y, px, name }: { x: number; y: number; px: number; name: string }) {
  const h = lineH(px);
  return (
    <g>
      <rect x={x - 2} y={y - h / 2} width={textWidth(name, boldPx(px)) + 4} height={h} rx={2} className="net-sw-plate" />
      <text x={x} y={y} dominantBaseline="central" className="net-label net-sw-label" style={{ fontSize: px }}>
        {name}
      </text>
    </g>
  );
}

function NodeShape({ graph, i, n, p, topology, layout }: { graph: NetGraph; i: number; n: NetNode; p: Pt; topology: Topology; layout: NetLayout }) {
  const t = useT();
  const { text, vnic } = layout;
  if (n.kind === 'vnic' || n.kind === 'vmk') {
    const [name, sub] = vnicLines(graph, topology, t, i);
    return (
      <g>
        <rect x={p.x - vnic.w / 2} y={p.y - vnic.h / 2} width={vnic.w} height={vnic.h} rx={4} className={n.kind === 'vmk' ? 'net-vmk' : n.ct >= 0 ? 'net-ct' : 'net-vm'} />
        <text x={p.x} y={p.y + vnic.nameDy} textAnchor="middle" dominantBaseline="central" className="net-label" style={{ fontSize: text.name }}>
          {name}
        </text>
        <text x={p.x} y={p.y + vnic.subDy} textAnchor="middle" dominantBaseline="central" className="net-small" style={{ fontSize: text.small }}>
          {sub}
        </text>
      </g>
    );
  }
  if (n.kind !== 'pnic' && n.kind !== 'ext') return null;
  const b = n.kind === 'pnic' ? layout.pnic : layout.ext;
  return (
    <g>
      <rect x={p.x - b.w / 2} y={p.y - b.h / 2} width={b.w} height={b.h} rx={n.kind === 'ext' ? b.h / 2 : 4} className={n.kind === 'pnic' ? 'net-pnic' : 'net-ext'} />
      <text x={p.x} y={p.y} textAnchor="middle" dominantBaseline="central" className="net-small" style={{ fontSize: text.small }}>
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
        return p === undefined ? null : <NodeShape key={i} graph={graph} i={i} n={n} p={p} topology={topology} layout={layout} />;
      })}
    </>
  );
}
