/**
 * The words around the Overview drawing: a legend (colour + glyph per state) and a
 * text alternative that says what the drawing shows right now, for screen readers and
 * for anyone who wants the numbers.
 */
import { ENT, POWER, type Snapshot } from '../../engine';
import { useT } from '../../i18n';
import { selectTheme, useStore } from '../../store';
import { shallowEqual, useSnapshot } from '../shared/useSnapshot';
import { STATE_STYLES } from './stateStyle';

/**
 * The key: each state's colour, glyph, name and what it means, and what a line is. On the projector each state says
 * its name alone (its meaning is the item's title, read on hover; every other screen says it): the key takes two rows
 * of 20 px words under the drawing, not four, and the drawing keeps that height (OverviewView: KEY_KEPT).
 */
export function OverviewLegend() {
  const t = useT();
  const brief = useStore(selectTheme) === 'projector';
  return (
    <ul className="legend" aria-label={t('legend.title')}>
      {[ENT.running, ENT.ready, ENT.blocked, ENT.off].map((s) => {
        const st = STATE_STYLES[s];
        if (st === undefined) return null;
        return (
          <li key={s} title={brief ? t(`${st.key}.help`) : undefined}>
            <svg width="18" height="14" aria-hidden="true">
              <rect x="1" y="1" width="16" height="12" rx="2" style={{ fill: st.fill, stroke: 'var(--vl-border)', strokeDasharray: st.dash ?? 'none' }} />
            </svg>
            <span>
              {st.glyph} {t(st.key)}
              {brief ? '' : `: ${t(`${st.key}.help`)}`}
            </span>
          </li>
        );
      })}
      <li>
        <span>{t('legend.line')}</span>
      </li>
    </ul>
  );
}

/** What the summary sentence says: counts only, so it re-renders when one of them changes. */
function summaryOf(snap: Snapshot) {
  const topo = snap.topology;
  const count = (s: number): number => snap.ent.state.reduce((n, x) => n + (x === s ? 1 : 0), 0);
  return {
    hosts: topo.hosts.length,
    pcpus: topo.pcpuCount,
    vms: topo.vms.length,
    vmsOn: snap.vms.power.reduce((n, p) => n + (p === POWER.off ? 0 : 1), 0),
    containers: topo.containers.length,
    running: count(ENT.running),
    ready: count(ENT.ready),
    blocked: count(ENT.blocked),
  };
}

export function OverviewSummary() {
  const t = useT();
  const counts = useSnapshot(summaryOf, 2, shallowEqual);
  if (counts === null) return null;
  return (
    <p className="summary" data-testid="overview-summary">
      {t('overview.summary', counts)}
    </p>
  );
}
