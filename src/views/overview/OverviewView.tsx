/**
 * The Overview lens: the architecture stack of every host, drawn live. Hardware at the
 * bottom (sockets, cores, hyperthreads), the host OS for type-2 hypervisors, the
 * hypervisor with its ready queue, and on top the VMs (app, guest OS, vCPUs, memory)
 * beside the container engine. Lines show which vCPU runs on which pCPU right now.
 * Click anything to inspect it. In projector mode the whole drawing scales up.
 */
import { useMemo } from 'react';
import { useT } from '../../i18n';
import { select, selectTheme, selectTopology, useStore } from '../../store';
import { useWidth } from '../../ui/useWidth';
import { HostPanel } from './HostPanel';
import { KindsPanel } from './kinds/KindsPanel';
import { layoutOverview } from './layoutOverview';
import { OverviewLegend, OverviewSummary } from './OverviewText';
import { OverviewSnapshot } from './snapshotContext';
import { useLensSnapshot } from '../useLensSnapshot';

export default function OverviewView() {
  const topology = useStore(selectTopology);
  const theme = useStore(selectTheme);
  const [ref, width] = useWidth<HTMLDivElement>();
  const t = useT();
  const scale = theme === 'projector' ? 1.35 : 1;
  const snap = useLensSnapshot();
  const layout = useMemo(() => (topology === null ? null : layoutOverview(topology, width / scale)), [topology, width, scale]);
  return (
    <div ref={ref} className="lens lens-overview" data-testid="lens-overview">
      <KindsPanel />
      <OverviewLegend />
      <OverviewSummary snap={snap} />
      {topology !== null && layout !== null && (
        <svg
          className="overview-svg"
          width={layout.width * scale}
          height={layout.height * scale}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          role="group"
          aria-label={t('lens.overview.label')}
          onClick={() => select(null)}
        >
          <OverviewSnapshot.Provider value={snap}>
            {layout.hosts.map((b) => (
              <HostPanel key={topology.hosts[b.index]?.id ?? b.index} b={b} topology={topology} />
            ))}
          </OverviewSnapshot.Provider>
        </svg>
      )}
    </div>
  );
}
