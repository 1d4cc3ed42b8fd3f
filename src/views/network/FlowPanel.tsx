/**
 * The flows and the selected burst. The table lists every flow (protocol letter and
 * name, from and to, where its route goes, bursts sent / delivered / dropped) with a
 * button to follow it, the keyboard way to what clicking a dot does. The path panel
 * lists the selected burst's (or flow's) hops one by one, marks where the burst is now,
 * and where and why it is dropped.
 */
import { PKT, PROTOCOLS, type NetSnapshot, type Topology } from '../../engine';
import { useT } from '../../i18n';
import { v } from '../../theme/tokens';
import { nodeText, routeSummary } from './describe';
import { PROTO_STYLE } from './protocolStyle';

export type NetSel = { kind: 'flow'; flow: number } | { kind: 'burst'; flow: number; id: number } | null;

function ProtoBadge({ protocol }: { protocol: number }) {
  const t = useT();
  const p = PROTOCOLS[protocol] ?? 'http';
  return (
    <span className="net-proto">
      <span className="net-proto-dot" data-drawing style={{ background: v(PROTO_STYLE[p].token) }} aria-hidden="true">
        {PROTO_STYLE[p].glyph}
      </span>
      {t(`network.proto.${p}`)}
    </span>
  );
}

export function FlowTable({ net, topology, sel, onSelect }: { net: NetSnapshot; topology: Topology; sel: NetSel; onSelect: (s: NetSel) => void }) {
  const t = useT();
  const g = net.graph;
  return (
    <div className="tq-table-wrap">
      <table className="tq-table net-flows" data-testid="net-flows">
        <thead>
          <tr>
            <th scope="col">{t('network.col.flow')}</th>
            <th scope="col">{t('network.col.protocol')}</th>
            <th scope="col">{t('network.col.route')}</th>
            <th scope="col">{t('network.col.sent')}</th>
            <th scope="col">{t('network.col.delivered')}</th>
            <th scope="col">{t('network.col.dropped')}</th>
            <th scope="col">{t('network.col.path')}</th>
          </tr>
        </thead>
        <tbody>
          {g.flows.map((f, i) => (
            <tr key={f.id} data-flow={f.id} className={sel?.flow === i ? 'net-row-selected' : undefined}>
              <th scope="row">
                {nodeText(g, topology, f.src, t)} → {nodeText(g, topology, f.dst, t)}
              </th>
              <td>
                <ProtoBadge protocol={f.protocol} />
              </td>
              <td className="net-route">{routeSummary(g, topology, i, t)}</td>
              <td>{net.flowStats[i * 3] ?? 0}</td>
              <td>{net.flowStats[i * 3 + 1] ?? 0}</td>
              <td>{(net.flowStats[i * 3 + 2] ?? 0) > 0 ? `✗ ${net.flowStats[i * 3 + 2]}` : '0'}</td>
              <td>
                <button type="button" data-testid={`net-follow-${f.id}`} onClick={() => onSelect({ kind: 'flow', flow: i })}>
                  {t('network.follow')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Where the selected burst is now: hop index and status, or null when it no longer exists. */
function burstNow(net: NetSnapshot, id: number): { hop: number; status: number; slot: number } | null {
  for (let k = 0; k < net.pkt.id.length; k++) {
    if (net.pkt.id[k] === id && net.pkt.status[k] !== PKT.free) return { hop: net.pkt.hop[k] ?? 0, status: net.pkt.status[k] ?? 0, slot: k };
  }
  return null;
}

export function BurstPath({ net, topology, sel }: { net: NetSnapshot; topology: Topology; sel: NetSel }) {
  const t = useT();
  if (sel === null) return <p className="muted">{t('network.path.none')}</p>;
  const g = net.graph;
  const f = g.flows[sel.flow];
  if (f === undefined) return null;
  const now = sel.kind === 'burst' ? burstNow(net, sel.id) : null;
  const r = f.route;
  const title = sel.kind === 'burst' ? t('network.path.burst', { id: sel.id, flow: f.id }) : t('network.path.flow', { flow: f.id });
  const status = now === null ? (sel.kind === 'burst' ? t('network.path.gone') : '') : t(`network.status.${now.status}`);
  const reached = (i: number): boolean => now !== null && (i <= now.hop || (now.status !== PKT.flying && i <= now.hop + 1));
  return (
    <section className="net-path" data-testid="net-path" aria-live="polite">
      <h3>
        {title} <ProtoBadge protocol={f.protocol} />
      </h3>
      {status !== '' && <p>{status}</p>}
      <ol>
        {r.nodes.map((n, i) => {
          const drop = r.dropAt === i;
          const link = i > 0 ? g.links[r.links[i - 1] ?? -1] : undefined;
          const here = now !== null && now.status === PKT.flying && i === now.hop + 1;
          return (
            <li key={i} className={drop ? 'net-hop net-hop-drop' : reached(i) ? 'net-hop net-hop-done' : 'net-hop'}>
              {link !== undefined && <span className="muted">{t(`network.linkKind.${link.kind}`)} → </span>}
              <strong>{nodeText(g, topology, n, t)}</strong>
              {here && <span className="net-here"> ◀ {t('network.path.here')}</span>}
              {drop && <span className="net-drop"> ✗ {t('network.path.dropped', { reason: t(r.reason) })}</span>}
              {!drop && i === r.nodes.length - 1 && <span> ✓ {t('network.path.delivered')}</span>}
              <span className="muted"> {t(`network.hopWhy.${g.nodes[n]?.kind ?? 'phys'}`)}</span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
