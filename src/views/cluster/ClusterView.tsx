/**
 * The Cluster lens: hosts with their load and VMs, the controls (placement policy,
 * DRS, manual migration, link and fallback, failing a host), the live migration in
 * progress drawn on a page grid, and the log of every decision with its reason.
 */
import { InstancesPanel } from './InstancesPanel';
import { MotionScope } from '../shared/MotionScope';
import { useT } from '../../i18n';
import { selectScenarioId, useStore } from '../../store';
import { useWidth } from '../../ui/useWidth';
import { useSnapshot, wholeSnapshot } from '../shared/useSnapshot';
import { ClusterControls } from './ClusterControls';
import { DecisionLog } from './DecisionLog';
import { HostCards } from './HostCards';
import { hostCards } from './layoutCluster';
import { LoadChart } from './LoadChart';
import { MigrationPanel } from './MigrationPanel';
import '../containers/containers.css';
import './cluster.css';

/** The lens width (px) from which the host cards fill the row with bigger words. */
const WIDE_PX = 1200;

function ClusterViewBody() {
  // Cards, charts and the log are read, not watched: four times a second. The page grid
  // of a migration draws itself every frame the device can afford.
  const snap = useSnapshot(wholeSnapshot, 4);
  const t = useT();
  const scenario = useStore(selectScenarioId);
  const instancesFirst = scenario === 'instances-on-demand';
  const [ref, width] = useWidth<HTMLDivElement>();
  if (snap === null) return <div ref={ref} className="lens" data-testid="lens-cluster" />;
  // Picture first: the hosts, and the migration's pre-copy rounds right under them once one
  // has run (or in its own lesson), above them while one runs, so a migration is never below
  // the fold; then the words.
  const cl = snap.fleet.cl;
  const migrationFirst = scenario === 'live-migration' || cl.migration !== null || cl.history.length > 0;
  // While a migration runs its rounds are the picture: above the hosts, so a short screen (a
  // projector, a phone) shows the page grid and the rounds, not two host cards.
  const migrating = cl.migration !== null;
  const migration = <MigrationPanel snap={snap} width={migrationFirst ? Math.min(900, width - 20) : Math.min(460, width / 2)} />;
  // A wide frame (a 1920x1080 desktop) gives the hosts its width and bigger words, so they are the picture, not a
  // strip above the controls.
  const wide = width >= WIDE_PX;
  return (
    <div ref={ref} className={`lens lens-cluster${wide ? ' cl-wide' : ''}`} data-testid="lens-cluster">
      {/* The instances lesson opens on its picture: the requests' time lines, then the hosts they land on, its form and
          table under them; elsewhere requests follow the hosts they land on. */}
      {instancesFirst && <InstancesPanel snap={snap} part="picture" />}
      {migrating && migration}
      <HostCards cards={hostCards(snap)} compact={instancesFirst} />
      {migrationFirst && !migrating && migration}
      {instancesFirst && <InstancesPanel snap={snap} part="details" />}
      <p className="summary">{t('cluster.intro')}</p>
      {!instancesFirst && snap.fleet.instances.length > 0 && <InstancesPanel snap={snap} />}
      <LoadChart snap={snap} width={Math.min(wide ? 960 : 640, width - 20)} big={wide} />
      {/* Keyed by scenario so the pickers start from the new world's VMs and hosts. */}
      <ClusterControls key={snap.topology.name} snap={snap} />
      <div className="cl-lower">
        {!migrationFirst && migration}
        <DecisionLog list={snap.fleet.cl.decisions} />
      </div>
    </div>
  );
}

export default function ClusterView() {
  return (
    <MotionScope>
      <ClusterViewBody />
    </MotionScope>
  );
}
