/**
 * The Overview lens: the architecture stack of every host, drawn live. Hardware at the
 * bottom (sockets, cores, hyperthreads), the host OS for type-2 hypervisors, the
 * hypervisor with its ready queue, and on top the VMs (app, guest OS, vCPUs, memory)
 * beside the container engine. Lines show which vCPU runs on which pCPU right now.
 * Click anything to inspect it. The drawing is laid out to its frame: the biggest scale
 * and the roomiest arrangement that show it whole (its labels 14 px or more on the
 * projector, 11 px elsewhere); a world too big for that (a data centre; basic on a phone) opens at
 * 100 %, its words whole, and is read by scrolling down from its top (a "More below" cue on the frame's bottom edge
 * says so, and scrolls to the end: a data centre's SAN).
 *
 * The frames redraw only when the topology or the frame changes; the live parts (vCPU
 * states, queues, run lines) take the snapshot `LIVE_HZ` times a second, all from one
 * snapshot so every part shows the same tick; the words under it, twice a second.
 * The kinds' panel above the drawing may still be loading when the first snapshot comes
 * (VDI and application virtualization only): the drawing and its words wait for it, so
 * they appear together and nothing is pushed down.
 */
import { memo, Suspense, useMemo, type ReactNode } from 'react';
import type { Topology } from '../../engine';
import { useT } from '../../i18n';
import { select, selectTheme, selectTopology, useStore } from '../../store';
import { useWidth } from '../../ui/useWidth';
import { useSnapshot, wholeSnapshot } from '../shared/useSnapshot';
import { HostPanel } from './HostPanel';
import { KindsPanel } from './kinds/KindsPanel';
import { pickOverviewLayout, pickProjectorLayout, WRAP_SCALES } from './pickOverview';
import { OverviewLegend, OverviewSummary } from './OverviewText';
import { ovPx, ovText } from './ovText';
import { OverviewSnapshot, OverviewTextSizes } from './snapshotContext';
import { SanBand } from './SanBand';
import { useFrameBox, ZOOM_GUTTER, ZoomPan } from '../shared/ZoomPan';
import { GROWTH, LAYOUT_SCALES } from '../shared/labels';
import { keptBelow } from '../shared/usePictureRoom';

/** How often the drawing's live parts change: state colours and lines, read as a picture. */
const LIVE_HZ = 12;

/**
 * The drawing is laid out with its labels at the screen's floor (14 px on the projector, 11 px elsewhere: ovPx) at the
 * scale it is shown at: fitted any smaller they would be under it, so a drawing not whole in its frame opens at 100 %
 * and is read by scrolling (from its top: the picture still comes first and fills the frame).
 */
const FIT_AT_LEAST = 1;

/**
 * Under the drawing and in view with it on a wide screen: its zoom controls and its key (the states' colours and the
 * lines), and off the projector the summary's line too (the projector gives its height to the drawing: its key is
 * four rows of 20 px words).
 */
const KEY_KEPT = (frame: HTMLElement, bar: HTMLElement): number => {
  const lens = frame.closest('.lens-overview');
  const projector = document.documentElement.dataset.theme === 'projector';
  return keptBelow(frame, bar, lens?.querySelector(':scope > .legend'), projector ? null : lens?.querySelector(':scope > .summary'));
};

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

/** The drawing laid out to its frame (its room from the frame's stylesheet, never from the drawing). */
function OverviewPicture({ topology, width }: { topology: Topology; width: number }) {
  const t = useT();
  const theme = useStore(selectTheme);
  const box = useFrameBox();
  const fw = box?.w ?? width - ZOOM_GUTTER;
  // Until the frame's room is measured the height is unbounded: the drawing grows only once it is (as Storage's).
  const fh = box?.h ?? Infinity;
  const { layout, scale } = useMemo(
    () =>
      theme === 'projector'
        ? pickProjectorLayout(topology, fw, fh, LAYOUT_SCALES[theme], (s, brief) => ovText(ovPx(theme, s), t, brief), box === null ? null : GROWTH[theme], WRAP_SCALES[theme])
        : pickOverviewLayout(topology, fw, fh, LAYOUT_SCALES[theme], (s) => ovText(ovPx(theme, s), t), box === null ? null : GROWTH[theme], WRAP_SCALES[theme], true, true),
    [topology, fw, fh, theme, t, box],
  );
  const a = layout.arrangement;
  return (
    <OverviewTextSizes.Provider value={layout.text}>
      <svg
        className="overview-svg"
        width={layout.width * scale}
        height={layout.height * scale}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="group"
        aria-label={t('lens.overview.label')}
        data-arrangement={`${a.hostsSide ? 'hosts-side' : 'hosts-stacked'} ${a.guestsOneRow ? 'guests-one-row' : 'guests-wrapped'} ${a.sanBeside ? 'san-beside' : 'san-under'}`}
        data-scale={scale}
        onClick={() => select(null)}
      >
        <LiveSnapshot>
          {layout.hosts.map((b) => (
            <HostPanel key={topology.hosts[b.index]?.id ?? b.index} b={b} hosts={layout.hosts} topology={topology} san={layout.san} />
          ))}
        </LiveSnapshot>
        <SanBand layout={layout} topo={topology} />
      </svg>
    </OverviewTextSizes.Provider>
  );
}

export default function OverviewView() {
  const topology = useStore(selectTopology);
  const [ref, width] = useWidth<HTMLDivElement>();
  const t = useT();
  return (
    <div ref={ref} className="lens lens-overview" data-testid="lens-overview">
      <Suspense fallback={null}>
        <KindsPanel />
        {topology !== null && (
          <ZoomPan label={t('lens.overview.label')} picture fitOnOpen fitAtLeast={FIT_AT_LEAST} keepBelow={KEY_KEPT} moreBelow testid="overview-zoom">
            <OverviewPicture topology={topology} width={width} />
          </ZoomPan>
        )}
        {/* The words wait for the drawing, so the first snapshot adds both and moves nothing already shown. */}
        {topology !== null && <Words />}
      </Suspense>
    </div>
  );
}
