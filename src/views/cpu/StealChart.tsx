/**
 * Steal time over the last 12 s: one line per VM of %RDY + %CSTP (per vCPU, in 100 ms
 * samples), with the 5 % warning line. D3 does the maths (scales, line paths); React
 * draws the SVG. Each line ends in the VM's name, so colour is never the only key.
 */
import { line, max, scaleLinear } from 'd3';
import type { Snapshot, Topology } from '../../engine';
import { useT } from '../../i18n';
import { v } from '../../theme/tokens';
import { vmToken } from '../shared/palette';
import { useSnapshot } from '../shared/useSnapshot';
import { dodgeLabels } from '../shared/geometry';
import { useLabelSize } from '../shared/labels';
import { stealSeries } from './layoutCpu';
import { READY_WARN } from './VmTable';

const H = 170;
const M = { left: 40, right: 90, top: 10, bottom: 24 };

/** The chart's data; it changes when a new 100 ms sample arrives (or the host changes). */
function chartData(snap: Snapshot, hostIndex: number) {
  return { host: hostIndex, n: snap.cpu.histN, tick: snap.tick, series: stealSeries(snap, hostIndex) };
}
type ChartData = ReturnType<typeof chartData>;
const sameSamples = (a: ChartData, b: ChartData): boolean => a.host === b.host && a.n === b.n;

export function StealChart({ topology, hostIndex, width }: { topology: Topology; hostIndex: number; width: number }) {
  const t = useT();
  const fs = useLabelSize()(11);
  const data = useSnapshot((s) => chartData(s, hostIndex), 4, sameSamples);
  if (data === null) return null;
  const { series, tick } = data;
  const all = series.flatMap((s) => s.points);
  const W = Math.max(280, width);
  const t0 = Math.min(...all.map((p) => p.t), tick);
  const x = scaleLinear().domain([t0, Math.max(t0 + 1000, tick)]).range([M.left, W - M.right]);
  const y = scaleLinear().domain([0, Math.max(20, (max(all, (p) => p.v) ?? 0) * 1.1)]).range([H - M.bottom, M.top]).nice();
  const path = line<{ t: number; v: number }>().x((p) => x(p.t)).y((p) => y(p.v));
  // Each line's name beside its end, moved apart where lines end close together.
  const ends = dodgeLabels(series.map((s) => y(s.points.at(-1)?.v ?? 0)), fs + 2, M.top, H - M.bottom);
  return (
    <figure className="cpu-chart" data-testid="cpu-steal-chart">
      <figcaption>{t('cpu.chart.title')}</figcaption>
      <svg width={W} height={H} role="img" aria-label={t('cpu.chart.label')}>
        {y.ticks(4).map((tk) => (
          <g key={tk}>
            <line x1={M.left} x2={W - M.right} y1={y(tk)} y2={y(tk)} style={{ stroke: v('surface2') }} />
            <text x={M.left - 4} y={y(tk)} textAnchor="end" dominantBaseline="middle" className="cpu-axis">{`${tk}%`}</text>
          </g>
        ))}
        {x.ticks(6).map((tk) => (
          <text key={tk} x={x(tk)} y={H - 6} textAnchor="middle" className="cpu-axis">{`${(tk / 1000).toFixed(0)} s`}</text>
        ))}
        <line x1={M.left} x2={W - M.right} y1={y(READY_WARN)} y2={y(READY_WARN)} style={{ stroke: v('warn') }} strokeWidth={2} strokeDasharray="6 4" />
        {/* Inside the plot, above its line: the right margin is for the lines' names. */}
        <text x={M.left + 4} y={y(READY_WARN) - 4} className="cpu-axis">{t('cpu.chart.warn')}</text>
        {series.map((s, si) => {
          const vm = topology.vms[s.vm];
          const last = s.points.at(-1);
          if (vm === undefined || last === undefined) return null;
          const colour = v(vmToken(topology, s.vm));
          return (
            <g key={vm.id}>
              <path d={path(s.points) ?? ''} style={{ stroke: colour, fill: 'none' }} strokeWidth={2.5} />
              <rect x={x(last.t) + 4} y={y(last.v) - 4} width={8} height={8} style={{ fill: colour }} />
              <text x={x(last.t) + 15} y={ends[si] ?? y(last.v)} dominantBaseline="middle" className="cpu-axis cpu-axis-label">
                {vm.name}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
