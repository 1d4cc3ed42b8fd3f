/**
 * Above the Overview drawing: which of the three kinds of virtualization from the notes
 * this scenario shows (server, desktop VDI, application), what that means in one
 * sentence, and for VDI and application virtualization a panel that makes the point
 * visible (where processing and data are; where an app's writes land).
 */
import type { AppState } from '../../../store';
import { selectScenarioId, selectTopology, useStore } from '../../../store';
import { useT } from '../../../i18n';
import { AppVirtPanel } from './AppVirtPanel';
import { kindOf } from './kinds';
import { VdiPanel } from './VdiPanel';
import './kinds.css';

const selectScenarioSpec = (s: AppState) => s.scenario;

export function KindsPanel() {
  const scenario = useStore(selectScenarioSpec);
  const topology = useStore(selectTopology);
  const id = useStore(selectScenarioId);
  const t = useT();
  if (scenario === null || topology === null) return null;
  const kind = kindOf(scenario);
  // Every VM scenario is server virtualization; say so only where it is the lesson.
  if (kind === 'server' && id !== 'server-virtualization') return null;
  const explain = <p>{t(`overview.kinds.${kind}.explain`, { hosts: topology.hosts.length, vms: topology.vms.length })}</p>;
  return (
    <section className="kinds" data-testid="kinds-panel" data-kind={kind} aria-labelledby="kinds-h">
      <h3 id="kinds-h">
        {t('overview.kinds.title')}: {t(`overview.kinds.${kind}`)}
      </h3>
      {kind !== 'app' && explain}
      {kind === 'vdi' && <VdiPanel scenario={scenario} />}
      {/* Application virtualization: the picture first, then what it means. */}
      {kind === 'app' && <AppVirtPanel scenario={scenario} />}
      {kind === 'app' && explain}
    </section>
  );
}
