/**
 * The host memory state as a gauge and a ladder. The gauge puts free memory on a log
 * scale against the ESXi thresholds (400 / 100 / 64 / 32 / 16 % of minFree), with the
 * state named in words and its reason (why.ts: composed from the host's reclaim settings), and the last minute of states under it (StateStrip); the ladder lists the reclaim techniques in the
 * order they engage, marking which one works now, which ones are off, and how many
 * pages each has handled, so a student can say why each rung engaged.
 */
import type { Snapshot } from '../../engine';
import { useT } from '../../i18n';
import { useWidth } from '../../ui/useWidth';
import { selectTheme, useStore } from '../../store';
import { tokens, v } from '../../theme/tokens';
import { textWidth } from '../fitText';
import { dodgeLabels } from '../shared/geometry';
import { READ_MIN_PX } from '../shared/labels';
import { rowsEqual, useSnapshot } from '../shared/useSnapshot';
import { GAUGE_LABEL, GAUGE_MARKS, gaugeX } from './layoutMemory';
import { StateStrip } from './StateStrip';
import { whyKeys } from './why';

const STATES = ['high', 'clear', 'soft', 'hard', 'low'] as const;
/** The gauge's and its strip's widest: drawn wider, they would only spread the same marks. */
const GAUGE_MAX_W = 440;

interface Rung {
  key: string;
  from: number;
  count: number;
  on: boolean;
}

/** What the gauge and the ladder show, as numbers (a new value only when one changes). */
function gaugeOf(snap: Snapshot, host: number) {
  const h = snap.memory.hosts[host];
  if (h === undefined) return null;
  const cfg = snap.topology.hosts[host]?.hypervisor.memory;
  const why = cfg === undefined ? [] : whyKeys(h.state, cfg);
  return { state: h.state, freeFrames: h.freeFrames, minFreeFrames: h.minFreeFrames, pageMiB: h.pageMiB, rungs: rungs(snap, host), why };
}
type Gauge = NonNullable<ReturnType<typeof gaugeOf>>;
const sameGauge = (a: Gauge | null, b: Gauge | null): boolean =>
  a === b || (a !== null && b !== null && a.state === b.state && a.freeFrames === b.freeFrames && a.minFreeFrames === b.minFreeFrames && a.pageMiB === b.pageMiB && rowsEqual(a.rungs, b.rungs) && rowsEqual(a.why, b.why));

function rungs(snap: Snapshot, host: number): Rung[] {
  const h = snap.memory.hosts[host];
  const cfg = snap.topology.hosts[host]?.hypervisor.memory;
  if (h === undefined || cfg === undefined) return [];
  return [
    { key: 'share', from: 1, count: h.sharedTotal, on: cfg.pageSharing },
    { key: 'balloon', from: 2, count: h.ballooned, on: cfg.ballooning },
    { key: 'compress', from: 3, count: h.compressedTotal, on: cfg.compression },
    { key: 'swap', from: 3, count: h.swappedTotal, on: true },
    { key: 'block', from: 4, count: h.blockedAllocs, on: true },
  ];
}

export function HostGauge({ host }: { host: number }) {
  const t = useT();
  const [ref, width] = useWidth<HTMLDivElement>(420);
  const h = useSnapshot((s) => gaugeOf(s, host), 4, sameGauge);
  const labelPx = Math.max(READ_MIN_PX, parseFloat(tokens.fontSize[useStore(selectTheme)]) * 0.72);
  if (h === null || h === undefined) return null;
  const state = STATES[h.state] ?? 'high';
  const ratio = h.freeFrames / Math.max(1, h.minFreeFrames);
  const free = Math.round(h.freeFrames * h.pageMiB);
  const minFree = Math.round(h.minFreeFrames * h.pageMiB);
  // Drawn at the width it gets (1 unit = 1 px, up to GAUGE_MAX_W), so its labels keep their size on every screen:
  // wider, the stylesheet's cap scaled the whole drawing down (8.5 px labels on a 1920 px desktop).
  const W = Math.min(GAUGE_MAX_W, Math.max(200, width));
  // The percentages under close marks (100 % and 64 % on a log scale) moved apart so they never overlap.
  const half = textWidth('400%', labelPx) / 2;
  // 10 px between them besides the halo each word is drawn on (2 px a side): at 6 "64%100%" read as one.
  const pctX = dodgeLabels(GAUGE_MARKS.map((m) => gaugeX(m, W)), 2 * half + 10, half, W - half);
  // Each state's name ends at its mark; names of close marks are moved apart the same way (the same names as the
  // heading's and the sentences': no English gloss, which stood them in two staggered rows on the projector).
  const names = GAUGE_MARKS.map((_, i) => (i === 0 ? '' : t(`memory.state.${STATES[i] ?? 'high'}`)));
  const nameW = Math.max(...names.map((n) => textWidth(n, labelPx)));
  const named = GAUGE_MARKS.map((m, i) => ({ i, x: gaugeX(m, W) - 3 - textWidth(names[i] ?? '', labelPx) / 2 })).filter((e) => names[e.i] !== '');
  // When the names cannot stand side by side (a narrow gauge with long names: Korean on the
  // projector), every other one goes on a second line above, so each line holds half of them.
  const gap = nameW + 8;
  const twoRows = (named.length - 1) * gap > W - nameW;
  const rowOf = (k: number): number => (twoRows ? k % 2 : 0);
  const nameX = new Map<number, number>();
  const nameRow = new Map<number, number>();
  for (const row of twoRows ? [0, 1] : [0]) {
    const inRow = named.filter((_, k) => rowOf(k) === row);
    const moved = dodgeLabels(inRow.map((e) => e.x), gap, nameW / 2, W - nameW / 2);
    inRow.forEach((e, k) => {
      nameX.set(e.i, moved[k] ?? e.x);
      nameRow.set(e.i, row);
    });
  }
  const top = twoRows ? Math.ceil(labelPx * 1.25) : 0;
  return (
    <section className="mem-gauge" data-testid="memory-gauge" data-state={state}>
      <h3>{t('memory.gauge.title', { state: t(`memory.state.${state}`) })}</h3>
      <p className="muted">{t('memory.gauge.free', { free, minFree, pct: Math.round(ratio * 100) })}</p>
      <div ref={ref}>
        <svg width={W} height={64 + top} viewBox={`0 0 ${W} ${64 + top}`} role="img" aria-label={t('memory.gauge.aria', { free, minFree })}>
          <rect x={0} y={22 + top} width={W} height={16} rx={3} style={{ fill: v('surface2'), stroke: v('border'), strokeWidth: 1 }} />
          <rect x={0} y={22 + top} width={gaugeX(ratio, W)} height={16} rx={3} style={{ fill: h.state >= 3 ? v('danger') : h.state === 2 ? v('warn') : v('ok') }} />
          {/* Every mark first, then every word, each word on a halo of the background: a mark that
              reaches up to a name on the upper line passes behind the names of the lower one. */}
          {GAUGE_MARKS.map((m, i) => (
            <line key={m} x1={gaugeX(m, W)} x2={gaugeX(m, W)} y1={nameRow.get(i) === 1 ? 18 : 18 + top} y2={42 + top} style={{ stroke: v('text'), strokeWidth: 1.5 }} />
          ))}
          {GAUGE_MARKS.map((m, i) => (
            <g key={m} style={{ fontSize: GAUGE_LABEL, fill: v('text'), stroke: v('surface'), strokeWidth: 4, paintOrder: 'stroke', strokeLinejoin: 'round' }}>
              <text x={pctX[i] ?? gaugeX(m, W)} y={60 + top} textAnchor="middle">
                {`${Math.round(m * 100)}%`}
              </text>
              <text x={nameX.get(i) ?? gaugeX(m, W)} y={nameRow.get(i) === 1 ? 16 : 16 + top} textAnchor="middle">
                {names[i]}
              </text>
            </g>
          ))}
        </svg>
      </div>
      <StateStrip host={host} width={W} />
      <p className="mem-why" data-testid="memory-why">{h.why.map((k) => t(k)).join(' ')}</p>
      <h4>{t('memory.ladder.title')}</h4>
      <ol className="mem-ladder" data-testid="memory-ladder">
        {h.rungs.map((r) => {
          const active = r.on && h.state >= r.from;
          return (
            <li key={r.key} data-rung={r.key} data-active={active ? '1' : '0'} className={active ? 'active' : ''}>
              <span aria-hidden="true">{active ? '▶' : r.on ? '○' : '✕'}</span> <strong>{t(`memory.ladder.${r.key}`)}</strong>{' '}
              <span className="muted">{t('memory.ladder.from', { state: t(`memory.state.${STATES[r.from] ?? 'clear'}`) })}</span> ·{' '}
              {t(active ? 'memory.ladder.active' : r.on ? 'memory.ladder.idle' : 'memory.ladder.off')} · {t('memory.ladder.count', { n: r.count })}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
