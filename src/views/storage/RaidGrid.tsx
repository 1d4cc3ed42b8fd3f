/**
 * The drawing inside one RAID array: its disks as columns, the first offsets as rows
 * (one stripe per row with one-block chunks), each cell the logical block it holds or P
 * for parity. The lit I/O's cells say R, W or R→W in text and differ in outline (dashed
 * read, solid write), not by colour alone; a failed disk is hatched and crossed, and its
 * replacement fills in row by row as it is rebuilt.
 */
import { raidMap, type ArraySnap } from '../../engine';
import { useT, type Translate } from '../../i18n';
import { v } from '../../theme/tokens';
import { READ_MIN_PX, useLabelSize } from '../shared/labels';
import { useFitScale } from '../shared/ZoomPan';
import { textWidth } from '../fitText';
import { marks, raidCells, WINDOW_ROWS, type RaidIoSnap } from './layoutRaid';

/** The stripe labels' column at the laptop's 10-unit labels ("stripe 5"; 스트라이프 5 is wider). */
const LABEL_W = 74;
const CELL_W = 64;
const CELL_H = 28;
const HEAD = 44;

/**
 * The stripe labels' column: 74 units, or wider when its longest label at `px` units (the projector's drawing fitted
 * small raises them to 13 units; Korean's 스트라이프 is five wide glyphs) would run into the first disk's cells.
 */
export function labelColumn(longest: string, px: number): number {
  return Math.max(LABEL_W, Math.ceil(4 + textWidth(longest, px) + 6));
}

/** The stripe labels down the rows of array `r`'s window. */
export function stripeLabels(t: Translate, r: NonNullable<ArraySnap['raid']>): string[] {
  return Array.from({ length: WINDOW_ROWS }, (_, ri) => t('raid.grid.stripe', { n: Math.floor(ri / r.chunkBlocks) }));
}

/** The column that holds stripe labels at `px` units. */
export function stripeColumn(stripes: readonly string[], px: number): number {
  return labelColumn(stripes.reduce((a, b) => (textWidth(b, 1) > textWidth(a, 1) ? b : a), ''), px);
}

/** The drawing's width in its own units (it is shown `scale` times as wide), its stripe labels' column `labelW` wide. */
export function gridWidth(disks: number, labelW = LABEL_W): number {
  return labelW + disks * CELL_W + 4;
}

export function RaidGrid({ a, io, scale }: { a: ArraySnap; io: RaidIoSnap | null; scale: number }) {
  const t = useT();
  // Drawn at `scale`, and opened fitted to its zoom frame: labels are sized for both, READ_MIN_PX rendered at least.
  const ls = useLabelSize(scale * useFitScale(), READ_MIN_PX);
  const r = a.raid;
  const run = a.disks;
  if (r === undefined || run === undefined) return null;
  const cells = raidCells(r);
  const lit = marks(io?.ops ?? []);
  // The cells the lit I/O wanted on the failed disk (read back from the others instead).
  const wanted = new Set(io === null || !io.degraded ? [] : raidMap({ level: r.level, disks: r.disks, chunkBlocks: r.chunkBlocks, request: { block: io.block, size: io.size, write: io.write } }).ops.filter((o) => o.disk === run.failedDisk).map((o) => o.offset));
  const failed = run.failedDisk;
  const done = run.rebuilt === null ? 0 : Math.floor(run.rebuilt * WINDOW_ROWS);
  const stripes = stripeLabels(t, r);
  const labelW = stripeColumn(stripes, ls(10));
  const w = gridWidth(r.disks, labelW);
  const h = HEAD + WINDOW_ROWS * CELL_H + 4;
  const gone = (d: number, row: number): boolean => a.failed || (d === failed && row >= done);
  const label = t('raid.grid.label', { level: r.level, disks: r.disks, array: a.name });
  return (
    <svg className="raid-grid" width={w * scale} height={h * scale} viewBox={`0 0 ${w} ${h}`} role="img" aria-label={label} data-testid="raid-grid">
      <defs>
        <pattern id="raid-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="8" height="8" style={{ fill: v('surface') }} />
          <line x1="0" y1="0" x2="0" y2="8" style={{ stroke: v('danger'), strokeWidth: 3 }} />
        </pattern>
      </defs>
      {Array.from({ length: r.disks }, (_, d) => {
        const x = labelW + d * CELL_W;
        const state = a.failed ? 'lost' : d !== failed ? '' : run.rebuilt === null ? 'failed' : 'rebuilding';
        return (
          <g key={`h${d}`} data-testid={`raid-disk-${d}`} data-state={state || 'ok'}>
            <text x={x + CELL_W / 2} y={14} textAnchor="middle" style={{ fontSize: ls(12), fontWeight: 600, fill: v('text') }}>
              {t('raid.grid.disk', { n: d })}
            </text>
            {state !== '' && (
              <text x={x + CELL_W / 2} y={28} textAnchor="middle" style={{ fontSize: ls(10), fontWeight: 700, fill: state === 'rebuilding' ? v('rebuild') : v('danger') }}>
                {state === 'rebuilding' ? t('raid.grid.rebuilding', { pct: Math.floor((run.rebuilt ?? 0) * 100) }) : t(`raid.grid.${state}`)}
              </text>
            )}
            {state === 'rebuilding' && (
              <>
                <rect x={x + 4} y={33} width={CELL_W - 10} height={5} style={{ fill: v('surface2'), stroke: v('border') }} />
                <rect x={x + 4} y={33} width={(CELL_W - 10) * (run.rebuilt ?? 0)} height={5} style={{ fill: v('rebuild') }} />
              </>
            )}
          </g>
        );
      })}
      {cells.map((row, ri) => (
        <g key={`r${ri}`}>
          <text x={4} y={HEAD + ri * CELL_H + 18} style={{ fontSize: ls(10), fill: v('textMuted') }}>
            {stripes[ri]}
          </text>
          {row.map((cell, d) => {
            const m = lit.get(`${d}:${ri}`);
            const x = labelW + d * CELL_W;
            const y = HEAD + ri * CELL_H;
            const dead = gone(d, ri);
            const fill = dead ? 'url(#raid-hatch)' : m === undefined ? (cell === 'P' ? v('surface2') : v('surface')) : m === 'r' ? v('accent') : v('stateReady');
            const ink = m === undefined || dead ? v('text') : v('accentText');
            const stroke = wanted.has(ri) && d === failed ? v('focus') : m === undefined ? v('border') : v('text');
            const badge = m === undefined ? '' : t(`raid.grid.mark.${m}`);
            return (
              <g key={d} data-testid={m === undefined ? undefined : `raid-cell-${m}`}>
                <rect
                  x={x + 1}
                  y={y + 1}
                  width={CELL_W - 4}
                  height={CELL_H - 4}
                  rx={3}
                  style={{ fill, stroke, strokeWidth: m === undefined && !wanted.has(ri) ? 1 : 2.5, strokeDasharray: m === 'r' ? '4 3' : undefined }}
                />
                <text x={x + 7} y={y + 18} style={{ fontSize: ls(12), fontWeight: cell === 'P' || m !== undefined ? 700 : 400, fill: ink }}>
                  {dead ? (d === failed && wanted.has(ri) ? `${cell} ?` : '✕') : `${cell}${badge === '' ? '' : ` ${badge}`}`}
                </text>
              </g>
            );
          })}
        </g>
      ))}
    </svg>
  );
}
