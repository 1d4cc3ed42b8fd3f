/**
 * What each host's physical NIC carries: on the drawing, every wire from a host's uplink
 * to the physical switch is overdrawn as thick and as hot as its busier direction is
 * utilised, with its sending / receiving % and the bursts congestion dropped written
 * beside the uplink; under the drawing, a table per host and direction (offered,
 * delivered, queue, queueing delay, dropped) and a sentence on the longest queue. Both read the network's NIC figures a few times a second.
 */
import { NIC_PACKET_BYTES, NIC_QUEUE_MIB, NIC_QUEUE_PACKETS, type NetGraph, type Snapshot, type Topology } from '../../engine';
import { pctText, useT } from '../../i18n';
import { v, type TokenName } from '../../theme/tokens';
import { rowsEqual, useSnapshot } from '../shared/useSnapshot';
import type { NetLayout } from './layoutNetwork';

/**
 * Per slot (2h transmit, 2h + 1 receive): utilisation % (to 0.01, so a small load is not 0),
 * offered and delivered MiB/s, queue MiB (to 0.01) and the queueing delay it makes, ms (that
 * shown queue / the NIC's speed, to 0.01, so the figures on screen agree), dropped MiB and dots.
 */
export interface NicRow {
  /** The direction's capacity, MiB/s (the speed column, and the divisor of the delay). */
  cap: number;
  util: number;
  offered: number;
  delivered: number;
  queue: number;
  delayMs: number;
  droppedMiB: number;
  droppedDots: number;
}

const r2 = (x: number): number => Math.round(x * 100) / 100;

/** One direction's row from its raw figures (the delay follows from the queue as shown). */
export function nicRow(n: Snapshot['net']['nics'], i: number): NicRow {
  const queue = r2(n.queueMiB[i] ?? 0);
  const cap = n.capMiBps[i] ?? 0;
  return {
    cap,
    util: r2(n.utilPct[i] ?? 0),
    offered: Math.round(n.demandMiBps[i] ?? 0),
    delivered: Math.round(n.deliveredMiBps[i] ?? 0),
    queue,
    delayMs: cap > 0 ? r2((1000 * queue) / cap) : 0,
    droppedMiB: Math.round(n.droppedMiB[i] ?? 0),
    droppedDots: n.droppedBursts[i] ?? 0,
  };
}

const nicRows = (s: Snapshot): NicRow[] => Array.from(s.net.nics.capMiBps, (_, i) => nicRow(s.net.nics, i));
/** The queue's bound as shown (Linux txqueuelen 1000 x 1500 B = 1.43 MiB): a queue at it is dropping now (tail drop). */
export const QUEUE_BOUND_MIB = r2(NIC_QUEUE_MIB);
const FULL_QUEUE_MIB = QUEUE_BOUND_MIB - 0.01;

/** The direction with the longest queue now (the first on a tie), or -1 when no queue holds anything. */
export function longestQueue(rows: readonly NicRow[]): number {
  let best = -1;
  rows.forEach((r, i) => {
    if (r.queue > 0 && (best < 0 || r.queue > (rows[best]?.queue ?? 0))) best = i;
  });
  return best;
}

/** Colour of a NIC's load: calm, busy (70 % or more), full or dropping. */
export function loadToken(util: number, dropping: boolean): TokenName {
  if (dropping || util >= 99) return 'danger';
  return util >= 70 ? 'warn' : 'ok';
}

/** Width of the halo under a wire for a utilisation: nothing idle, up to 22 px full (the wire itself is 5 px). */
export const loadWidth = (util: number): number => (util < 1 ? 0 : 7 + (15 * Math.min(100, util)) / 100);

interface WireLoad {
  link: number;
  host: number;
  pnic: number;
  tx: NicRow;
  rx: NicRow;
}

/** Each host's wire (uplink pNIC to the physical switch) with its two directions' figures. */
function wireLoads(graph: NetGraph, rows: NicRow[]): WireLoad[] {
  const out: WireLoad[] = [];
  graph.links.forEach((l, i) => {
    if (l.kind !== 'wire') return;
    const pnic = graph.nodes[l.a]?.kind === 'pnic' ? l.a : l.b;
    const host = graph.nodes[pnic]?.host ?? -1;
    const tx = rows[host * 2];
    const rx = rows[host * 2 + 1];
    if (tx !== undefined && rx !== undefined) out.push({ link: i, host, pnic, tx, rx });
  });
  return out;
}

const dropping = (w: WireLoad): boolean => w.tx.queue >= FULL_QUEUE_MIB || w.rx.queue >= FULL_QUEUE_MIB;

/** Under the links (over the boxes): a halo on each host's wire, as wide and as hot as its busier direction. */
export function NicHalos({ graph, layout }: { graph: NetGraph; layout: NetLayout }) {
  const rows = useSnapshot(nicRows, 4, rowsEqual);
  if (rows === null) return null;
  return (
    <g aria-hidden="true">
      {wireLoads(graph, rows).map((w) => {
        const util = Math.max(w.tx.util, w.rx.util);
        const path = layout.links[w.link];
        if (path === undefined || loadWidth(util) === 0) return null;
        return <polyline key={w.link} points={path.map((p) => `${p.x},${p.y}`).join(' ')} className="net-nic-load" style={{ stroke: v(loadToken(util, dropping(w))), strokeWidth: loadWidth(util) }} />;
      })}
    </g>
  );
}

/** Over the drawing: each uplink's sending and receiving %, and the dots congestion dropped under its host. */
export function NicLabels({ graph, layout }: { graph: NetGraph; layout: NetLayout }) {
  const t = useT();
  const rows = useSnapshot(nicRows, 4, rowsEqual);
  if (rows === null) return null;
  return (
    <g data-testid="net-nic-overlay">
      {wireLoads(graph, rows).map((w) => {
        const at = layout.nodes[w.pnic];
        if (at === undefined) return null;
        const dots = w.tx.droppedDots + w.rx.droppedDots;
        // Beside the uplink: its two load lines, and under them the dots it dropped (layoutNetwork keeps the room).
        const x = at.x + layout.nic.dx;
        const { lh } = layout.nic;
        const px = layout.text.nic;
        return (
          <g key={w.link} data-testid={`net-nic-${w.host}`}>
            <text x={x} y={at.y - lh} dominantBaseline="central" className="net-nic-label" style={{ fontSize: px }}>{t('network.nic.out', { pct: pctText(t, w.tx.util) })}</text>
            <text x={x} y={at.y} dominantBaseline="central" className="net-nic-label" style={{ fontSize: px }}>{t('network.nic.in', { pct: pctText(t, w.rx.util) })}</text>
            {dots > 0 && <text x={x} y={at.y + lh} dominantBaseline="central" className="net-nic-label net-drop" style={{ fontSize: px }}>{t('network.nic.dropsShort', { n: dots })}</text>}
          </g>
        );
      })}
    </g>
  );
}

/** The table under the drawing: per host and direction, what was offered, sent, queued and dropped. */
export function NicTable({ topology }: { topology: Topology }) {
  const t = useT();
  const rows = useSnapshot(nicRows, 4, rowsEqual);
  if (rows === null) return null;
  return (
    <section aria-labelledby="net-nics-h">
      <h3 id="net-nics-h">{t('network.nic.title')}</h3>
      <p className="muted net-flows">{t('network.nic.explain')}</p>
      <table className="ct-table net-nics" data-testid="net-nics">
        <thead>
          <tr>
            <th scope="col">{t('network.nic.host')}</th><th scope="col">{t('network.nic.dir')}</th><th scope="col">{t('network.nic.speed')}</th>
            <th scope="col">{t('network.nic.offered')}</th><th scope="col">{t('network.nic.delivered')}</th><th scope="col">{t('network.nic.util')}</th>
            <th scope="col">{t('network.nic.queue')}</th><th scope="col">{t('network.nic.delay')}</th><th scope="col">{t('network.nic.dropped')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => {
            const h = topology.hosts[i >> 1];
            if (h === undefined) return null;
            return (
              <tr key={i} data-testid={`net-nic-row-${h.id}-${i % 2 === 0 ? 'tx' : 'rx'}`}>
                <th scope="row">{i % 2 === 0 ? h.name : ''}</th>
                <td>{t(i % 2 === 0 ? 'network.nic.tx' : 'network.nic.rx')}</td>
                <td>{t('network.nic.mibps', { n: r.cap })}</td>
                <td>{t('network.nic.mibps', { n: r.offered })}</td>
                <td>{t('network.nic.mibps', { n: r.delivered })}</td>
                <td><span className="net-nic-bar" style={{ background: v(loadToken(r.util, r.queue >= FULL_QUEUE_MIB)), width: `${Math.min(100, r.util) * 0.6}px` }} aria-hidden="true" /> {pctText(t, r.util)}</td>
                <td>{t('network.nic.queueMiB', { n: r.queue })}</td>
                <td>{t('network.nic.delayMs', { n: r.delayMs })}</td>
                <td className={r.droppedDots > 0 ? 'net-drop' : ''}>{t('network.nic.drops', { mib: r.droppedMiB, n: r.droppedDots })}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <QueueSentence rows={rows} topology={topology} />
    </section>
  );
}

/** Under the table: what the longest queue now makes a burst wait, with the figures of its row, and where the queue's bound comes from. */
function QueueSentence({ rows, topology }: { rows: NicRow[]; topology: Topology }) {
  const t = useT();
  const i = longestQueue(rows);
  const r = rows[i];
  const bound = { bound: QUEUE_BOUND_MIB, packets: NIC_QUEUE_PACKETS, bytes: NIC_PACKET_BYTES };
  if (r === undefined) return <p className="muted net-flows" data-testid="net-nic-queue">{t('network.nic.noQueue', bound)}</p>;
  const dir = t(i % 2 === 0 ? 'network.nic.tx' : 'network.nic.rx');
  return (
    <p className="muted net-flows" data-testid="net-nic-queue">
      {t('network.nic.queueNow', { ...bound, host: topology.hosts[i >> 1]?.name ?? '', dir, queue: r.queue, cap: r.cap, ms: r.delayMs, dropped: r.droppedMiB })}
    </p>
  );
}
