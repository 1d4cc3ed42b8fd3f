/**
 * CPU demand of every host over the last 30 s, one line each (told apart by dash
 * pattern and an end label, not by colour alone): when DRS is on, the lines draw
 * together as it moves VMs; a host above the 100 % line has vCPUs waiting for pCPUs.
 */
import type { Snapshot } from '../../engine';
import { useT } from '../../i18n';
import { v } from '../../theme/tokens';
import { loadLines } from './layoutCluster';

const DASH = ['none', '7 3', '2 3', '9 3 2 3', '4 4'];

export function LoadChart({ snap, width }: { snap: Snapshot; width: number }) {
  const t = useT();
  const history = snap.fleet.cl.loadHistory;
  if (history.length < 2) return null;
  const W = width - 90;
  const H = 110;
  const { lines, y100, maxPct } = loadLines(history, W, H);
  return (
    <figure className="cl-load" data-testid="cl-load">
      <figcaption>{t('cluster.load.title')}</figcaption>
      <svg width={width} height={H + 20} role="img" aria-label={t('cluster.load.label', { hosts: lines.map((l) => `${snap.topology.hosts[l.host]?.name ?? ''} ${l.last} %`).join(', ') })}>
        <g transform="translate(30,6)">
          <line x1={0} x2={W} y1={H} y2={H} style={{ stroke: v('border') }} />
          <line x1={0} x2={W} y1={y100} y2={y100} style={{ stroke: v('textMuted'), strokeDasharray: '3 3' }} />
          <text x={-4} y={y100 + 3} textAnchor="end" style={{ fontSize: 9, fill: v('text') }}>100</text>
          <text x={-4} y={H} textAnchor="end" style={{ fontSize: 9, fill: v('text') }}>0</text>
          {maxPct > 100 && <text x={-4} y={8} textAnchor="end" style={{ fontSize: 9, fill: v('text') }}>{Math.round(maxPct)}</text>}
          {lines.map((l) => (
            <g key={l.host}>
              <path d={l.path} style={{ fill: 'none', stroke: v('accent'), strokeWidth: 2, strokeDasharray: DASH[l.host % DASH.length] }} />
              <text x={l.endX + 4} y={l.labelY + 3} style={{ fontSize: 10, fill: v('text') }}>{`${snap.topology.hosts[l.host]?.name ?? ''} ${l.last}%`}</text>
            </g>
          ))}
        </g>
      </svg>
    </figure>
  );
}
