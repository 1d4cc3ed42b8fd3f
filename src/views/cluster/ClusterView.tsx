/**
 * The Cluster lens: hosts with their load and VMs, the controls (placement policy,
 * DRS, manual migration, link and fallback, failing a host), the live migration in
 * progress drawn on a page grid, and the log of every decision with its reason.
 */
import { useT } from '../../i18n';
import { selectSnapshot, useStore } from '../../store';
import { useWidth } from '../../ui/useWidth';
import { ClusterControls } from './ClusterControls';
import { DecisionLog } from './DecisionLog';
import { HostCards } from './HostCards';
import { hostCards } from './layoutCluster';
import { LoadChart } from './LoadChart';
import { MigrationPanel } from './MigrationPanel';
import '../containers/containers.css';
import './cluster.css';

export default function ClusterView() {
  const snap = useStore(selectSnapshot);
  const t = useT();
  const [ref, width] = useWidth<HTMLDivElement>();
  if (snap === null) return <div ref={ref} className="lens" data-testid="lens-cluster" />;
  return (
    <div ref={ref} className="lens lens-cluster" data-testid="lens-cluster">
      <p className="summary">{t('cluster.intro')}</p>
      <HostCards cards={hostCards(snap)} />
      <LoadChart snap={snap} width={Math.min(640, width - 20)} />
      {/* Keyed by scenario so the pickers start from the new world's VMs and hosts. */}
      <ClusterControls key={snap.topology.name} snap={snap} />
      <div className="cl-lower">
        <MigrationPanel snap={snap} width={Math.min(460, width / 2)} />
        <DecisionLog list={snap.fleet.cl.decisions} />
      </div>
    </div>
  );
}
