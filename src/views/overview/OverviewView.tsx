/**
 * The Overview lens: the architecture stack of every host, drawn live. Hardware at the
 * bottom (sockets, cores, hyperthreads), the host OS for type-2 hypervisors, the
 * hypervisor with its ready queue, and on top the VMs (app, guest OS, vCPUs, memory)
 * beside the container engine. Lines show which vCPU runs on which pCPU right now.
 * Click anything to inspect it. In projector mode the whole drawing scales up.
 *
 * The frames redraw only when the topology or the width changes; the live parts (vCPU
 * states, queues, run lines) take the snapshot `LIVE_HZ` times a second, all from one
 * snapshot so every part shows the same tick; the words under it, twice a second.
 * The kinds' panel above the drawing may still be loading when the first snapshot comes
 * (VDI and application virtualization only): the drawing and its words wait for it, so
 * they appear together and nothing is pushed down.
 */
import { memo, Suspense, useMemo, type ReactNode } from 'react';
import { useT } from '../../i18n';
import { select, selectTheme, selectTopology, useStore } from '../../store';
import { useWidth } from '../../ui/useWidth';
import { useSnapshot, wholeSnapshot } from '../shared/useSnapshot';
import { HostPanel } from './HostPanel';
import { KindsPanel } from './kinds/KindsPanel';
import { layoutOverview } from './layoutOverview';
import { OverviewLegend, OverviewSummary } from './OverviewText';
import { OverviewSnapshot } from './snapshotContext';
import { SanBand } from './SanBand';
import { ZOOM_GUTTER, ZoomPan } from '../shared/ZoomPan';
import { drawScale } from '../shared/labels';

/** How often the drawing's live parts change: state colours and lines, read as a picture. */
const LIVE_HZ = 12;

function LiveSnapshot({ children }: { children: ReactNode }) {
  const snap = useSnapshot(wholeSnapshot, LIVE_HZ);
  return <OverviewSnapshot.Provider value={snap}>{children}</OverviewSnapshot.Provider>;
}

/** The legend and the summary: under the drawing, which comes first (the kinds' panels, when the world has them, above it). */
const Words = memo(function Words() {
  return (
    <>
      <OverviewLegend />
      <OverviewSummary />
    </>
  );
});

export default function OverviewView() {
  const topology = useStore(selectTopology);
  const theme = useStore(selectTheme);
  const [ref, width] = useWidth<HTMLDivElement>();
  const t = useT();
  const scale = drawScale(theme);
  const layout = useMemo(() => (topology === null ? null : layoutOverview(topology, (width - ZOOM_GUTTER) / scale)), [topology, width, scale]);
  return (
    <div ref={ref} className="lens lens-overview" data-testid="lens-overview">
      <Suspense fallback={null}>
        <KindsPanel />
        {topology !== null && layout !== null && (
          <ZoomPan label={t('lens.overview.label')} picture testid="overview-zoom">
          <svg
            className="overview-svg"
            width={layout.width * scale}
            height={layout.height * scale}
            viewBox={`0 0 ${layout.width} ${layout.height}`}
            role="group"
            aria-label={t('lens.overview.label')}
            onClick={() => select(null)}
          >
            <LiveSnapshot>
              {layout.hosts.map((b) => (
                <HostPanel key={topology.hosts[b.index]?.id ?? b.index} b={b} topology={topology} />
              ))}
            </LiveSnapshot>
            <SanBand layout={layout} topo={topology} />
          </svg>
          </ZoomPan>
        )}
        {/* The words wait for the drawing, so the first snapshot adds both and moves nothing already shown. */}
        {topology !== null && <Words />}
      </Suspense>
    </div>
  );
}
