/**
 * Throughput and drops over time for one link: stacked bars per protocol (colour and
 * letter in the legend) for each 250 ms sample of the last 10 s, in Mbit/s from the
 * bursts' sizes (what each flow carries per dot), with dropped bursts marked under the
 * bar (at most 240 small rects). A live migration's copy is no flow: the NIC table shows it.
 */
import { scaleLinear } from 'd3';
import { BURST_KIB, NET_HIST_LEN as HIST_LEN, HIST_WINDOW, PROTOCOLS, type NetSnapshot, type Topology } from '../../engine';
import { useT } from '../../i18n';
import { v } from '../../theme/tokens';
import { linkText } from './describe';
import { PROTO_STYLE } from './protocolStyle';

const W = 520;
const H = 150;
const PAD_L = 48;

/** Mbit/s carried by `bursts` bursts of a protocol in one sample window (`kib` per burst: its protocol's size unless a flow carries more). */
export function mbps(bursts: number, protocolIndex: number, kib = BURST_KIB[PROTOCOLS[protocolIndex] ?? 'http']): number {
  return (bursts * kib * 1024 * 8) / (HIST_WINDOW / 1000) / 1e6;
}

/**
 * KiB one dot stands for, per protocol, on a link: the flows crossing it with that protocol,
 * weighted by their dots (a flow with `mibps`, a backup stream, carries more per dot).
 */
export function kibPerDot(graph: NetSnapshot['graph'], link: number): number[] {
  return PROTOCOLS.map((p, q) => {
    let dots = 0;
    let kib = 0;
    for (const f of graph.flows) {
      if (f.protocol !== q || !f.route.links.includes(link)) continue;
      dots += f.perSecond;
      kib += f.mibps * 1024;
    }
    return dots > 0 ? kib / dots : BURST_KIB[p];
  });
}

export function LinkChart({ net, topology, link, onLink }: { net: NetSnapshot; topology: Topology; link: number; onLink: (l: number) => void }) {
  const t = useT();
  const graph = net.graph;
  const pos = net.histPos;
  const count = net.histCount;
  const P = PROTOCOLS.length;
  const samples = Array.from({ length: count }, (_, i) => (pos - count + i + HIST_LEN) % HIST_LEN);
  const kib = kibPerDot(graph, link);
  const stacks = samples.map((s) => PROTOCOLS.map((_, q) => mbps(net.histTraffic[(link * P + q) * HIST_LEN + s] ?? 0, q, kib[q])));
  const drops = samples.map((s) => net.histDrops[link * HIST_LEN + s] ?? 0);
  const max = Math.max(1, ...stacks.map((st) => st.reduce((a, b) => a + b, 0)));
  const y = scaleLinear().domain([0, max]).range([H - 20, 8]).nice();
  const bw = (W - PAD_L) / HIST_LEN;
  const totalNow = stacks.at(-1)?.reduce((a, b) => a + b, 0) ?? 0;
  return (
    <section aria-labelledby="net-chart-h">
      <h3 id="net-chart-h">{t('network.chart.title')}</h3>
      <label className="tq-pick">
        <span>{t('network.chart.link')}</span>
        <select data-testid="net-link-select" value={link} onChange={(e) => onLink(Number(e.target.value))}>
          {graph.links.map((_, i) => {
            let dropped = 0;
            for (let s = 0; s < HIST_LEN; s++) dropped += net.histDrops[i * HIST_LEN + s] ?? 0;
            return (
              <option key={i} value={i}>
                {linkText(graph, topology, i, t)}
                {dropped > 0 ? ` ✗ ${t('network.chart.drops', { n: dropped })}` : ''}
              </option>
            );
          })}
        </select>
      </label>
      <svg width={W} height={H} role="img" aria-label={t('network.chart.aria', { mbps: totalNow.toFixed(1), drops: drops.reduce((a, b) => a + b, 0) })} data-testid="net-chart">
        {y.ticks(4).map((tk) => (
          <g key={tk}>
            <line x1={PAD_L} x2={W} y1={y(tk)} y2={y(tk)} className="net-grid" />
            <text x={PAD_L - 4} y={y(tk) + 4} textAnchor="end" className="net-small">
              {tk}
            </text>
          </g>
        ))}
        {stacks.map((st, i) => {
          let acc = 0;
          return (
            <g key={i}>
              {st.map((val, q) => {
                if (val <= 0) return null;
                const y0 = y(acc);
                acc += val;
                return <rect key={q} x={PAD_L + i * bw} y={y(acc)} width={Math.max(1, bw - 1)} height={y0 - y(acc)} style={{ fill: v(PROTO_STYLE[PROTOCOLS[q] ?? 'http'].token) }} />;
              })}
              {(drops[i] ?? 0) > 0 && (
                <text x={PAD_L + i * bw + bw / 2} y={H - 4} textAnchor="middle" className="net-drop-mark">
                  ✗
                </text>
              )}
            </g>
          );
        })}
        <text x={12} y={H / 2} transform={`rotate(-90 12 ${H / 2})`} textAnchor="middle" className="net-small">
          {t('network.chart.unit')}
        </text>
      </svg>
      <p className="muted">{t('network.chart.help')}</p>
      {graph.links[link]?.kind === 'wire' && <p className="muted">{t('network.chart.notCopies')}</p>}
    </section>
  );
}
