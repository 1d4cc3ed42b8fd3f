/**
 * CPU demand of every host over the last 30 s, one line each (told apart by dash
 * pattern and an end label, not by colour alone): when DRS is on, the lines draw
 * together as it moves VMs; a host above the 100 % line has vCPUs waiting for pCPUs.
 */
import type { Snapshot } from '../../engine';
import { useT } from '../../i18n';
import { v } from '../../theme/tokens';
import { textWidth } from '../fitText';
import { READ_MIN_PX, useLabelSize } from '../shared/labels';
import { LOAD_SPAN_MS, loadLines, loadSeries } from './layoutCluster';

const DASH = ['none', '7 3', '2 3', '9 3 2 3', '4 4'];

/** `big`: a wide frame's chart, its labels at least 13 px and its plot taller; elsewhere at least the view kit's floor. */
export function LoadChart({ snap, width, big = false }: { snap: Snapshot; width: number; big?: boolean }) {
  const t = useT();
  const fs = useLabelSize(1, big ? 13 : READ_MIN_PX)(10);
  const history = loadSeries(snap);
  if (history.length < 2) return null;
  const H = big ? 150 : 110;
  const endLabel = (h: number, last: number): string => `${snap.topology.hosts[h]?.name ?? ''} ${last}%`;
  const last = history.at(-1)?.cpuPct ?? [];
  // Room for the axis numbers on the left and the hosts' end labels on the right, at the labels' size.
  const left = Math.ceil(Math.max(30, textWidth('1000', fs) + 6));
  const right = Math.ceil(Math.max(60, ...last.map((p, h) => textWidth(endLabel(h, p), fs) + 10)));
  const W = Math.max(80, width - left - right);
  // The plot sits 6 px down: 6 px of room above it and 14 below for the end labels, then the time axis's words.
  const { lines, y100, maxPct } = loadLines(history, W, H, fs + 1, { top: 6, bottom: 14 });
  const axisY = H + 14 + fs;
  return (
    <figure className="cl-load" data-testid="cl-load">
      <figcaption>{t('cluster.load.title', { s: LOAD_SPAN_MS / 1000 })}</figcaption>
      <svg width={left + W + right} height={axisY + 0.3 * fs + 6} role="img" aria-label={t('cluster.load.label', { hosts: lines.map((l) => `${snap.topology.hosts[l.host]?.name ?? ''} ${l.last} %`).join(', ') })}>
        <g transform={`translate(${left},6)`}>
          <line x1={0} x2={W} y1={H} y2={H} style={{ stroke: v('border') }} />
          <line x1={0} x2={W} y1={y100} y2={y100} style={{ stroke: v('textMuted'), strokeDasharray: '3 3' }} />
          <text x={-4} y={y100} dominantBaseline="central" textAnchor="end" style={{ fontSize: fs, fill: v('text') }}>100</text>
          <text x={-4} y={H - fs / 2} dominantBaseline="central" textAnchor="end" style={{ fontSize: fs, fill: v('text') }}>0</text>
          {maxPct > 100 && y100 > fs + 2 && <text x={-4} y={fs / 2} dominantBaseline="central" textAnchor="end" style={{ fontSize: fs, fill: v('text') }}>{Math.round(maxPct)}</text>}
          <text x={0} y={axisY} style={{ fontSize: fs, fill: v('textMuted') }}>{t('cluster.load.ago', { s: LOAD_SPAN_MS / 1000 })}</text>
          <text x={W} y={axisY} textAnchor="end" style={{ fontSize: fs, fill: v('textMuted') }}>{t('cluster.load.now')}</text>
          {lines.map((l) => (
            <g key={l.host}>
              <path d={l.path} style={{ fill: 'none', stroke: v('accent'), strokeWidth: 2, strokeDasharray: DASH[l.host % DASH.length] }} />
              <text x={l.endX + 4} y={l.labelY} dominantBaseline="central" style={{ fontSize: fs, fill: v('text') }}>{endLabel(l.host, l.last)}</text>
            </g>
          ))}
        </g>
      </svg>
    </figure>
  );
}
