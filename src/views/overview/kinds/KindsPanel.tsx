/**
 * Above the Overview drawing: which of the three kinds of virtualization from the notes
 * this scenario shows (server, desktop VDI, application), what that means in one
 * sentence, and for VDI and application virtualization a panel that makes the point
 * visible (where processing and data are; where an app's writes land). Those two panels
 * are loaded on demand: a first visit (and every other scenario) never needs them. Their
 * code is asked for as soon as the scenario is known, before its first snapshot, and the
 * Overview holds its drawing until the panel is here (see OverviewView), so nothing moves.
 */
import { use, useEffect } from 'react';
import { onceRetried } from '../../shared/lazyPart';
import type { Scenario } from '../../../engine';
import type { AppState } from '../../../store';
import { selectScenarioId, selectTheme, selectTopology, useStore } from '../../../store';
import { afterWords, useT } from '../../../i18n';
import { kindOf, type Kind } from './kind';
import './kinds.css';

/** Each kind's panel code, asked for once (and again if it failed to arrive). */
const loaders = {
  vdi: onceRetried(() => import('./VdiPanel')),
  app: onceRetried(afterWords(() => import('./AppVirtPanel'), ['appvirt'])),
};
// The Overview holds its drawing (its Suspense) until the panel's code is here, so the panel does not push it down when it
// comes: `use` suspends on the load only while it is on the way (code already here is drawn at once).
type PanelProps = { scenario: Scenario };
function VdiPanel(props: PanelProps) {
  const m = loaders.vdi.ready() ?? use(loaders.vdi());
  return <m.VdiPanel {...props} />;
}
function AppVirtPanel(props: PanelProps) {
  const m = loaders.app.ready() ?? use(loaders.app());
  return <m.AppVirtPanel {...props} />;
}

/**
 * Once the page is idle, both panels' code is fetched too (a few KiB), so switching to a VDI
 * or application scenario later does not blank the Overview while its panel loads.
 */
let idlePreload = false;
function preloadWhenIdle(): void {
  if (idlePreload) return;
  idlePreload = true;
  const go = (): void => {
    loaders.vdi().catch(() => undefined);
    loaders.app().catch(() => undefined);
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(go, { timeout: 10_000 });
  else setTimeout(go, 2_000);
}

/** Start loading a kind's panel (idempotent): called as soon as the scenario is known. */
function preload(kind: Kind): void {
  if (kind === 'vdi') loaders.vdi().catch(() => undefined);
  else if (kind === 'app') loaders.app().catch(() => undefined);
}

const selectScenarioSpec = (s: AppState) => s.scenario;

export function KindsPanel() {
  const scenario = useStore(selectScenarioSpec);
  const topology = useStore(selectTopology);
  const id = useStore(selectScenarioId);
  const theme = useStore(selectTheme);
  const t = useT();
  useEffect(preloadWhenIdle, []);
  if (scenario === null) return null;
  const kind = kindOf(scenario);
  preload(kind);
  if (topology === null) return null;
  // Every VM scenario is server virtualization; say so only where it is the lesson.
  if (kind === 'server' && id !== 'server-virtualization') return null;
  const params = { hosts: topology.hosts.length, vms: topology.vms.length };
  const explain = <p>{t(`overview.kinds.${kind}.explain`, params)}</p>;
  const title = (
    <h3 id="kinds-h">
      {t('overview.kinds.title')}: {t(`overview.kinds.${kind}`)}
    </h3>
  );
  const body = (
    <>
      {kind !== 'app' && explain}
      {kind === 'vdi' && <VdiPanel scenario={scenario} />}
      {/* Application virtualization: the picture first, then what it means. */}
      {kind === 'app' && <AppVirtPanel scenario={scenario} />}
      {kind === 'app' && explain}
    </>
  );
  // On the projector the card is its heading and one line (the kind's gist) with the rest a click away: whole, it would push
  // the host drawing out of the frame (VDI's clients and desktops, the sandboxes: 1.5 to 2.7 frames tall at 14 px). So is
  // VDI's on every screen: its clients and desktops put the drawing under them, out of the first screen (it started at
  // 105 % of a laptop's lens frame, 94 % of a tablet's, 210 % of a phone's; in Korean 111, 106 and 232 %). The heading
  // stands before the fold, not in its summary (a button to screen readers, whose headings drop out of the heading list);
  // a lesson step that asks about the folded part opens it (useTaskInView). Each kind's card is its own (`key`): VDI's,
  // opened, does not leave the next scenario's card open. Application virtualization's too (audit 43, F2/F10): its two
  // sandboxes and the OS registry, whole, filled a phone's lens frame (the drawing 1.25 frames down) and left a laptop's
  // drawing 117 px.
  if (theme === 'projector' || kind === 'vdi' || kind === 'app')
    return (
      <section key={kind} className="kinds kinds-folded" data-testid="kinds-panel" data-kind={kind} aria-labelledby="kinds-h">
        {title}
        <details data-testid="kinds-fold">
          <summary data-testid="kinds-summary">
            <span className="kinds-gist">{t(`overview.kinds.${kind}.gist`, params)}</span>
            <span className="kinds-more">{t('overview.kinds.more')}</span>
            <span className="kinds-less">{t('overview.kinds.less')}</span>
          </summary>
          {body}
        </details>
      </section>
    );
  return (
    <section className="kinds" data-testid="kinds-panel" data-kind={kind} aria-labelledby="kinds-h">
      {title}
      {body}
    </section>
  );
}
