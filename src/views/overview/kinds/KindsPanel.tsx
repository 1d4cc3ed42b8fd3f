/**
 * Above the Overview drawing: which of the three kinds of virtualization from the notes
 * this scenario shows (server, desktop VDI, application), what that means in one
 * sentence, and for VDI and application virtualization a panel that makes the point
 * visible (where processing and data are; where an app's writes land). Those two panels
 * are loaded on demand: a first visit (and every other scenario) never needs them. Their
 * code is asked for as soon as the scenario is known, before its first snapshot, and the
 * Overview holds its drawing until the panel is here (see OverviewView), so nothing moves.
 */
import { lazy } from 'react';
import type { AppState } from '../../../store';
import { selectScenarioId, selectTopology, useStore } from '../../../store';
import { useT } from '../../../i18n';
import { kindOf, type Kind } from './kind';
import './kinds.css';

/** Each kind's panel code, asked for once. */
const loaders = {
  vdi: (() => {
    let p: Promise<typeof import('./VdiPanel')> | null = null;
    return () => (p ??= import('./VdiPanel'));
  })(),
  app: (() => {
    let p: Promise<typeof import('./AppVirtPanel')> | null = null;
    return () => (p ??= import('./AppVirtPanel'));
  })(),
};
const VdiPanel = lazy(() => loaders.vdi().then((m) => ({ default: m.VdiPanel })));
const AppVirtPanel = lazy(() => loaders.app().then((m) => ({ default: m.AppVirtPanel })));

/** Start loading a kind's panel (idempotent): called as soon as the scenario is known. */
function preload(kind: Kind): void {
  if (kind === 'vdi') void loaders.vdi();
  else if (kind === 'app') void loaders.app();
}

const selectScenarioSpec = (s: AppState) => s.scenario;

export function KindsPanel() {
  const scenario = useStore(selectScenarioSpec);
  const topology = useStore(selectTopology);
  const id = useStore(selectScenarioId);
  const t = useT();
  if (scenario === null) return null;
  const kind = kindOf(scenario);
  preload(kind);
  if (topology === null) return null;
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
