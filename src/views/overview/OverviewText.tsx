/**
 * The words around the Overview drawing: a legend (colour + glyph per state) and a
 * text alternative that says what the drawing shows right now, for screen readers and
 * for anyone who wants the numbers.
 */
import { ENT, POWER, type Snapshot } from '../../engine';
import { useT } from '../../i18n';
import { STATE_STYLES } from './stateStyle';

export function OverviewLegend() {
  const t = useT();
  return (
    <ul className="legend" aria-label={t('legend.title')}>
      {[ENT.running, ENT.ready, ENT.blocked, ENT.off].map((s) => {
        const st = STATE_STYLES[s];
        if (st === undefined) return null;
        return (
          <li key={s}>
            <svg width="18" height="14" aria-hidden="true">
              <rect x="1" y="1" width="16" height="12" rx="2" style={{ fill: st.fill, stroke: 'var(--vl-border)', strokeDasharray: st.dash ?? 'none' }} />
            </svg>
            <span>
              {st.glyph} {t(st.key)}: {t(`${st.key}.help`)}
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

export function OverviewSummary({ snap }: { snap: Snapshot | null }) {
  const t = useT();
  if (snap === null) return null;
  const topo = snap.topology;
  const count = (s: number): number => snap.ent.state.reduce((n, x) => n + (x === s ? 1 : 0), 0);
  const vmsOn = snap.vms.power.reduce((n, p) => n + (p === POWER.off ? 0 : 1), 0);
  return (
    <p className="summary" data-testid="overview-summary">
      {t('overview.summary', {
        hosts: topo.hosts.length,
        pcpus: topo.pcpuCount,
        vms: topo.vms.length,
        vmsOn,
        containers: topo.containers.length,
        running: count(ENT.running),
        ready: count(ENT.ready),
        blocked: count(ENT.blocked),
      })}
    </p>
  );
}
