/**
 * Live migration, made visible: what is happening now (pre-copy round n while the VM
 * runs, or the stop-and-copy pause), the page grid, the dirty set per round against
 * the line it must fall under for stop-and-copy, and the outcome: total time and
 * downtime. When nothing is migrating, the last finished migration stays on show.
 */
import { useRef } from 'react';
import type { MigrationSummary, RoundStat, Snapshot } from '../../engine';
import { tMessage, useT } from '../../i18n';
import { selectLang, selectScenario, useStore } from '../../store';
import { v } from '../../theme/tokens';
import { arrivalNow, nextScriptedMove, pageCounts, roundBars, stopThresholdPages, type Arrival } from './layoutCluster';
import { PageGrid } from './PageGrid';
import { useLabelSize } from '../shared/labels';
import { ZOOM_GUTTER } from '../shared/ZoomPan';
import { keptBelow, usePictureRoom } from '../shared/usePictureRoom';
import { keepNames } from '../shared/keepNames';

/** The least width of a readable rounds chart, and what the grid, the gap and the panel's padding take beside it. */
const MIN_CHART_W = 240;
/** The least width of the page grid: 32 cells of 6 px, and its zoom frame's gutter. */
const MIN_GRID_W = 6 * 32 + ZOOM_GUTTER;
/** Under the grid's zoom frame only its zoom controls stay in view with it (its key stands beside it, or after it). */
const zoomBarOnly = (frame: HTMLElement, bar: HTMLElement): number => keptBelow(frame, bar);
const BESIDE_GAP = 60;

function RoundChart({ rounds, threshold, width }: { rounds: RoundStat[]; threshold: number; width: number }) {
  const t = useT();
  const fs = useLabelSize()(10);
  const H = 110;
  const { bars, thresholdY } = roundBars(rounds, width - 40, H, threshold);
  // The bars and their numbers are drawn; what the dashed line and the axis mean are words under
  // the drawing, which wrap in a narrow chart (beside the page grid) instead of being cut.
  return (
    <figure className="cl-rounds" style={{ width }}>
      <svg width={width} height={Math.ceil(H + 10 + fs)} role="img" aria-label={t('cluster.chart.label', { n: rounds.length, threshold })} data-testid="cl-rounds-chart">
        <g transform="translate(34,6)">
          {bars.map((b) => (
            <g key={b.round}>
              <rect x={b.x} y={b.y} width={b.w} height={b.h} style={{ fill: b.dirty <= threshold ? v('ok') : v('danger') }} />
              <text x={b.x + b.w / 2} y={Math.max(fs, b.y - 2)} textAnchor="middle" style={{ fontSize: fs, fill: v('text') }}>{b.dirty}</text>
              <text x={b.x + b.w / 2} y={H + 2 + fs} textAnchor="middle" style={{ fontSize: fs, fill: v('text') }}>{`${b.round}${b.throttlePct > 0 ? '↓' : ''}`}</text>
            </g>
          ))}
          <line x1={0} x2={width - 40} y1={thresholdY} y2={thresholdY} style={{ stroke: v('text'), strokeDasharray: '5 3', strokeWidth: 1.5 }} />
        </g>
      </svg>
      <ul className="legend cl-rounds-key" data-testid="cl-rounds-key">
        <li>
          <svg width={22} height={8} aria-hidden="true">
            <line x1={0} x2={22} y1={4} y2={4} style={{ stroke: v('text'), strokeDasharray: '5 3', strokeWidth: 1.5 }} />
          </svg>
          {t('cluster.chart.threshold', { n: threshold })}
        </li>
        <li className="muted">{t('cluster.chart.axis')}</li>
      </ul>
    </figure>
  );
}

/** The last migrated VM's memory on its new host: resident, as the memory model counts it now. */
function ArrivalLine({ a, vm, to }: { a: Arrival; vm: string; to: string }) {
  const t = useT();
  const parts = [t('cluster.mig.arrived', { vm, to, n: a.residentMiB, m: a.memoryMiB })];
  if (a.untouchedMiB > 0) parts.push(t('cluster.mig.arrivedUntouched', { n: a.untouchedMiB }));
  if (a.elsewhereMiB > 0) parts.push(t('cluster.mig.arrivedElsewhere', { to, n: a.elsewhereMiB }));
  return <p data-testid="cl-mig-arrival">{parts.join(' ')}</p>;
}

function History({ list }: { list: MigrationSummary[] }) {
  const t = useT();
  if (list.length === 0) return null;
  return (
    <table className="ct-table" data-testid="cl-history">
      <caption>{t('cluster.hist.title')}</caption>
      <thead>
        <tr><th scope="col">{t('cluster.hist.vm')}</th><th scope="col">{t('cluster.hist.move')}</th><th scope="col">{t('cluster.hist.total')}</th><th scope="col">{t('cluster.hist.down')}</th><th scope="col">{t('cluster.hist.rounds')}</th><th scope="col">{t('cluster.hist.note')}</th></tr>
      </thead>
      <tbody>
        {list.toReversed().map((h, i) => (
          <tr key={i}>
            <td>{h.vm}</td><td>{`${h.from} → ${h.to}`}</td><td>{t('cluster.ms', { ms: h.totalMs })}</td><td><strong>{t('cluster.ms', { ms: h.downtimeMs })}</strong></td><td>{h.rounds}</td>
            <td>{h.forced ? t('cluster.hist.forced') : h.throttlePct > 0 ? t('cluster.hist.throttled', { pct: h.throttlePct }) : t('cluster.hist.converged')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function MigrationPanel({ snap, width }: { snap: Snapshot; width: number }) {
  const t = useT();
  const lang = useStore(selectLang);
  const cl = snap.fleet.cl;
  const m = cl.migration;
  const last = cl.history.at(-1);
  // Before a scenario's own migration, say when it comes instead of offering the scenario already open.
  const scenario = useStore(selectScenario);
  const scripted = nextScriptedMove(scenario, snap.tick, snap);
  // While a migration runs, the grid is as large as the lens frame's height under it leaves room for (a projector),
  // so its zoom controls are in view, and its key beside it: the grid is square.
  const scope = useRef<HTMLDivElement | null>(null);
  const room = usePictureRoom(scope, m !== null, '[data-testid="cl-zoom"]', zoomBarOnly);
  const gridW = Math.max(MIN_GRID_W, Math.min(width - 20, 420, room === null ? Infinity : room + ZOOM_GUTTER));
  if (m === null) {
    const arrival = last === undefined ? null : arrivalNow(snap, last);
    return (
      <section className="cl-mig" aria-labelledby="cl-mig-h" data-testid="cl-migration">
        <h3 id="cl-mig-h">{t('cluster.mig.title')}</h3>
        <p className="muted">{t('cluster.mig.explain')}</p>
        {last === undefined ? (
          <p data-testid="cl-mig-none">{scripted === null ? t('cluster.mig.none') : keepNames(t('cluster.mig.scripted', { vm: scripted.vm, to: scripted.to, s: (scripted.at / 1000).toFixed(1) }))}</p>
        ) : (
          <>
            <p data-testid="cl-mig-result">{keepNames(t(last.forced ? 'cluster.mig.resultForced' : 'cluster.mig.result', { vm: last.vm, from: last.from, to: last.to, total: last.totalMs, down: last.downtimeMs, rounds: last.rounds }))}</p>
            {arrival !== null && <ArrivalLine a={arrival} vm={last.vm} to={last.to} />}
            <RoundChart rounds={last.roundStats} threshold={stopThresholdPages(cl.link.linkMiBps, cl.link.maxDowntimeMs, last.pageMiB)} width={Math.min(width - 20, 420)} />
          </>
        )}
        <History list={cl.history} />
      </section>
    );
  }
  const counts = pageCounts(snap.fleet.pages);
  // The rounds stand beside the grid when a readable chart fits there (a projector, a laptop), else under it.
  const besideW = width - gridW - BESIDE_GAP;
  // What the copy gets now: the link speed, less what a congested host NIC holds back (the network's share).
  const linkNow = m.rateMiBps > 0 ? Math.round(m.rateMiBps) : cl.link.linkMiBps;
  const shared = linkNow < cl.link.linkMiBps;
  const threshold = stopThresholdPages(linkNow, cl.link.maxDowntimeMs, m.pageMiB);
  const rate = m.dirtyMiBps;
  const pendingNow = m.phase === 'precopy' ? counts.pending : counts.dirty;
  return (
    <section className="cl-mig" aria-labelledby="cl-mig-h" data-testid="cl-migration">
      <h3 id="cl-mig-h">{t('cluster.mig.now', { vm: m.vm, from: m.from, to: m.to })}</h3>
      <p data-testid="cl-phase"><strong>{m.phase === 'precopy' ? t(m.round === 0 ? 'cluster.phase.first' : 'cluster.phase.round', { n: m.round, left: pendingNow }) : t('cluster.phase.stop', { left: pendingNow, down: m.downtimeMs })}</strong></p>
      {/* Picture first: the pages being copied and the rounds so far, then the numbers and the reason. */}
      <div className="cl-mig-picture" ref={scope}>
        <div className="cl-grid-box" style={{ width: gridW }}>
          <PageGrid width={gridW - ZOOM_GUTTER} title={t('cluster.grid.title', { vm: m.vm })} label={t('cluster.grid.label', { copied: counts.copied, dirty: counts.dirty, pending: counts.pending })} />
        </div>
        {/* Beside the grid where there is room (else under it): what its colours mean, then the rounds so far. */}
        <div className="cl-mig-side" style={{ width: besideW >= MIN_CHART_W ? Math.min(420, besideW) : gridW }}>
          <ul className="legend" data-testid="cl-grid-legend">
            <li>{t('cluster.grid.pending', { n: counts.pending })}</li>
            <li>{t('cluster.grid.copied', { n: counts.copied })}</li>
            <li>{t('cluster.grid.dirty', { n: counts.dirty })}</li>
          </ul>
          {m.rounds.length > 0 && <RoundChart rounds={m.rounds} threshold={threshold} width={besideW >= MIN_CHART_W ? Math.min(420, besideW) : gridW} />}
        </div>
      </div>
      <p className="muted">{keepNames(tMessage(lang, m.reason))}</p>
      <p>{t('cluster.mig.stats', { elapsed: snap.tick - m.startTick, page: m.pageMiB.toFixed(1), rate, link: cl.link.linkMiBps, max: cl.link.maxDowntimeMs })}{m.throttlePct > 0 ? ` ${t('cluster.mig.throttle', { pct: m.throttlePct })}` : ''}</p>
      <p data-testid="cl-bandwidth" className={shared ? 'cl-bw-shared' : undefined}>{t(shared ? 'cluster.mig.bandwidthShared' : 'cluster.mig.bandwidthFull', { rate: linkNow, link: cl.link.linkMiBps, pct: Math.round((100 * linkNow) / cl.link.linkMiBps) })}</p>
      <p data-testid="cl-why-converge">{t(rate >= linkNow ? 'cluster.mig.tooFast' : 'cluster.mig.canConverge', { rate, link: linkNow })}</p>
      <History list={cl.history} />
    </section>
  );
}
