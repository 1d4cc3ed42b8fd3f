/**
 * The Containers vs VMs lens. Top: the same app deployed on identical hosts as VMs
 * and as containers (and, on request, as containers inside a VM), with live memory,
 * start times, CPU and density. Then the Docker mechanics: image layers and pulls,
 * and the selected container's writable layer, namespaces and cgroups. A short
 * "why" paragraph turns the current numbers into the lesson.
 */
import { drawScale, GROWTH, labelSize, READ_MIN_PX } from '../shared/labels';
import { MotionScope } from '../shared/MotionScope';
import { useLayoutEffect, useState, type ReactNode } from 'react';
import { CONTAINER_START_TICKS, kernelReach, VM_BOOT_TICKS, type Exploited, type Topology } from '../../engine';
import { useT } from '../../i18n';
import { selectLang, selectScenarioId, selectSelection, selectTheme, useStore, type AppState, type ThemeName } from '../../store';
import { useWidth } from '../../ui/useWidth';
import { useSnapshot, wholeSnapshot } from '../shared/useSnapshot';
import { addContainer, addVm } from './actions';
import { CompareColumn, DiskNote, type ColumnPart } from './CompareColumn';
import { CompareTable } from './CompareTable';
import { ContainerDetail } from './ContainerDetail';
import { canAdd, columnModel, columnPx, compareGrid, fmtS, grownScale, hasNested, visibleColumns, type ColumnModel } from './layoutContainers';
import { LayersPanel } from './LayersPanel';
import { ZOOM_GUTTER, ZoomPan } from '../shared/ZoomPan';
import { keptBelow, usePictureRoom } from '../shared/usePictureRoom';
import { ScaleView } from './ScaleView';
import { useFitScale } from './useFitScale';
import './containers.css';

function Why({ cols }: { cols: ColumnModel[] }) {
  const t = useT();
  const vmCol = cols.find((c) => c.kind === 'vms');
  const ctCol = cols.find((c) => c.kind === 'containers');
  if (vmCol === undefined || ctCol === undefined) return <p className="muted">{t('containers.why.generic')}</p>;
  return (
    <ul className="why-list" data-testid="ct-why">
      <li>{t('containers.why.memory', { os: Math.round(vmCol.mem.guestOsMiB), vms: vmCol.instances.length })}</li>
      <li>{vmCol.lastVmStartMs < 0 || ctCol.lastCtStartMs < 0 ? t('containers.why.startWait', { ct: fmtS(CONTAINER_START_TICKS), vm: fmtS(VM_BOOT_TICKS) }) : t('containers.why.start', { vm: fmtS(vmCol.lastVmStartMs), ct: fmtS(ctCol.lastCtStartMs) })}</li>
      <li>{t('containers.why.cpu', { vm: fmtS(vmCol.startCpuMs), ct: fmtS(ctCol.startCpuMs) })}</li>
      <li>{t('containers.why.density', { vms: vmCol.instances.length + vmCol.roomVms, cts: ctCol.instances.length + ctCol.roomContainers })}</li>
      <li>{t('containers.why.giveUp')}</li>
    </ul>
  );
}

const reachOf = (t: Topology, f: Exploited | null) => (f === null ? null : kernelReach(t, f));

/** Start bars and timers move, so the columns take the snapshot eight times a second. */
const LIVE_HZ = 8;

/**
 * The scales the comparison may grow to, the biggest first: the drawings' usual growth, and
 * 1.7, at which two columns at their widest fill a 1920x1080 screen's lens frame (their
 * figures and buttons below the drawings do not grow, so the drawings take the more).
 */
const growScales = (theme: ThemeName): number[] => [...new Set([1.7, ...GROWTH[theme].scales])].toSorted((a, b) => b - a);

/** Under the columns and in view with them: their zoom controls and the two controls that change them. */
const CT_KEPT = (frame: HTMLElement, bar: HTMLElement): number => keptBelow(frame, bar, frame.closest('.lens-containers')?.querySelector('.ct-head'));

function ContainersViewBody({ tabs }: { tabs: ReactNode }) {
  const snap = useSnapshot(wholeSnapshot, LIVE_HZ);
  const selection = useStore(selectSelection);
  const t = useT();
  const [ref, width] = useWidth<HTMLDivElement>();
  const [showNested, setShowNested] = useState(false);
  // The picture frame's inner width (less a scroll bar's gutter, if the screen has one): all the compact columns and table may take.
  // Measured again as the lens's width changes, and once the frame is there (the first snapshot).
  const [innerW, setInnerW] = useState(0);
  const drawn = snap !== null;
  useLayoutEffect(() => {
    const f = drawn ? ref.current?.querySelector<HTMLElement>('.zoom-frame') : null;
    if (f != null) setInnerW(Math.min(width, f.clientWidth));
  }, [ref, width, drawn]);
  // The kernel exploit shown in each column (by host), for the topology it was started on (an edit clears them: indices may move).
  const [exploits, setExploits] = useState<{ byHost: Record<number, Exploited>; rev: number }>({ byHost: {}, rev: -1 });
  // Projector mode scales the drawings up, as the Overview does, so a back row can read them.
  const theme = useStore(selectTheme);
  const base = drawScale(theme);
  // A big screen grows them more, into the room the lens frame leaves (grownScale): the room, and the columns' height at the scale they are shown at.
  const room = usePictureRoom(ref, drawn, '[data-testid="ct-zoom"]', CT_KEPT);
  const [drawnH, setDrawnH] = useState<{ h: number; scale: number } | null>(null);
  useLayoutEffect(() => {
    const columns = drawn ? ref.current?.querySelector<HTMLElement>('[data-testid="ct-columns"]') : null;
    // The disk notes count as the columns' (a grown column holds them): the same height whichever way they are shown.
    const notes = ref.current?.querySelector<HTMLElement>('.ct-disk-notes');
    if (columns == null || typeof ResizeObserver === 'undefined') return undefined;
    const measure = (): void => {
      const next = { h: columns.offsetHeight + (notes?.offsetHeight ?? 0), scale: parseFloat(columns.dataset.scale ?? '1') || 1 };
      setDrawnH((old) => (old !== null && old.h === next.h && old.scale === next.scale ? old : next));
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(columns);
    if (notes != null) ro.observe(notes);
    return () => ro.disconnect();
  }, [ref, drawn]);
  // The projector's frame holds the drawings and their memory words: drawn smaller (1.2, 1.1) where they would not fit it at 1.35.
  const lang = useStore(selectLang);
  const fitCap = useFitScale(ref, drawn && theme === 'projector', `${width}|${lang}|${snap?.topology.rev ?? -1}|${showNested}`, room);
  if (snap === null) return <div ref={ref} className="lens" data-testid="lens-containers" />;
  // A selection inside a VM's container engine (a check or a link can open on one) shows that column too.
  const nestedSelected = (selection?.kind === 'container' && (snap.topology.containers[selection.index]?.vm ?? -1) >= 0) || (selection?.kind === 'vm' && snap.topology.containers.some((c) => c.vm === selection.index));
  const nested = showNested || nestedSelected;
  const hosts = visibleColumns(snap, nested);
  // As many columns side by side as the frame's real width holds; a phone shows them all compact (three with one box a row), their figures in one table.
  const frameW = width - 16 - ZOOM_GUTTER;
  const scale = Math.min(fitCap, grownScale(frameW, hosts.length, base, growScales(theme), room, drawnH));
  const grid = compareGrid(frameW, hosts.length, scale, innerW);
  const colW = grid.colW;
  // The boxes' band labels, raised to READ_MIN_PX rendered (CompareColumn draws them so): the boxes are laid out for them.
  const bandPx = labelSize(9, theme, scale, READ_MIN_PX);
  const cols = hosts.map((h) => columnModel(snap, h, colW, grid.compact, bandPx));
  const selected = selection?.kind === 'container' ? selection.index : -1;
  const rev = snap.topology.rev;
  const exploitIn = (h: number): Exploited | null => (exploits.rev === rev ? exploits.byHost[h] ?? null : null);
  const onExploit = (h: number, f: Exploited | null): void =>
    setExploits((e) => {
      const byHost = { ...(e.rev === rev ? e.byHost : {}) };
      if (f === null) delete byHost[h];
      else byHost[h] = f;
      return { byHost, rev };
    });
  const vmCol = cols.find((c) => c.kind === 'vms');
  const ctCol = cols.find((c) => c.kind === 'containers');
  // Grown (a big screen), the columns have room to spare for their disk notes; at the theme's own scale they go under the comparison.
  const withDisk = scale > base;
  // The projector's lens frame is short: its zoom frame holds the drawings and their memory, and the figures and buttons follow under the zoom controls.
  const split = !grid.compact && theme === 'projector';
  const column = (part: ColumnPart) => (c: ColumnModel) => (
    <CompareColumn key={`${part}-${c.name}`} part={part} withDisk={withDisk} col={c} topo={snap.topology} width={colW} scale={scale} exploit={exploitIn(c.host)} reach={reachOf(snap.topology, exploitIn(c.host))} selection={selection} onExploit={(f) => onExploit(c.host, f)} named={cols.filter((x) => x.kind === c.kind).length > 1} />
  );
  return (
    <div ref={ref} className="lens lens-containers" data-testid="lens-containers" data-tab="compare">
      {tabs}
      <ZoomPan label={t('containers.columnsLabel')} picture testid="ct-zoom">
        {/* Compact, the columns share the frame's width and the table under them takes all of it, wrapping a cell rather than running past the frame. */}
        <div className="ct-columns" style={grid.compact ? { maxWidth: innerW > 0 ? innerW : frameW, gridTemplateColumns: `repeat(${grid.perRow}, minmax(${columnPx(colW, scale, true)}px, 1fr))` } : { gridTemplateColumns: `repeat(${grid.perRow}, max-content)` }} data-stacked={grid.stacked} data-compact={grid.compact} data-scale={scale} data-testid="ct-columns">
          {cols.map(column(grid.compact ? 'picture' : split ? 'drawing' : 'all'))}
          {grid.compact && <CompareTable cols={cols} />}
        </div>
      </ZoomPan>
      {/* On the projector, first the exploit buttons under the zoom controls, a sentence that answers one under both columns (as wide as
          they are, so a short one): a 1280x720 frame holds the breached boxes, the button and the sentence together. */}
      {split && (
        <div className="ct-exploit-row" style={{ gridTemplateColumns: `repeat(${grid.perRow}, ${columnPx(colW, scale, false)}px)` }} data-testid="ct-exploits">
          {cols.map(column('exploit'))}
        </div>
      )}
      {/* Then each host's figures and buttons, column by column: the frame holds the drawings and their memory whole. */}
      {split && (
        <div className="ct-columns ct-details-row" style={{ gridTemplateColumns: `repeat(${grid.perRow}, max-content)` }} data-testid="ct-details">
          {cols.map(column('details'))}
        </div>
      )}
      {/* Compact (a phone), each host's buttons under the zoom controls, whole, not cut by the frame's edge behind them. */}
      {grid.compact && (
        <div className="ct-columns ct-controls-row" style={{ gridTemplateColumns: `repeat(${grid.perRow}, minmax(0, 1fr))` }} data-compact="true">
          {cols.map(column('controls'))}
        </div>
      )}
      {/* Picture first: the columns; right under them the two controls that change them, on one line; then what they mean. */}
      <div className="ct-head">
      {hasNested(snap) && (
        <label className="ct-toggle">
          <input type="checkbox" checked={nested} disabled={nestedSelected} onChange={(e) => setShowNested(e.target.checked)} data-testid="ct-show-nested" /> {t('containers.showNested')}
        </label>
      )}
      {vmCol !== undefined && ctCol !== undefined && (
        <button
          type="button"
          className="primary"
          data-testid="ct-race"
          disabled={!canAdd(vmCol, 'vm') || !canAdd(ctCol, 'container')}
          onClick={() => {
            addVm(snap.topology, vmCol.host, vmCol.vmSizeMiB);
            addContainer(snap.topology, ctCol.host, ctCol.ctSizeMiB);
          }}
        >
          {t('containers.race')}
        </button>
      )}
      </div>
      {exploits.rev === rev && Object.keys(exploits.byHost).length > 0 && <p className="muted ct-exploit-note">{t('containers.exploit.note')}</p>}
      <div className="ct-disk-notes">{!grid.compact && !withDisk && cols.map((c) => <DiskNote key={c.name} col={c} />)}</div>
      <p className="summary">{t('containers.intro')}</p>
      <Why cols={cols} />
      <div className="ct-lower">
        <LayersPanel key={snap.topology.name} snap={snap} />
        {selected >= 0 ? <ContainerDetail key={selected} snap={snap} index={selected} /> : <p className="muted ct-detail">{t('containers.detail.pick')}</p>}
      </div>
    </div>
  );
}

type Tab = 'scale' | 'compare';

/** The world has an orchestrated deployment (then the lens opens on "At scale"). */
const selectHasDeployments = (s: AppState): boolean => (s.snapshot?.orch.deps.length ?? 0) > 0;

/** The lens's two views, as toggle buttons (the app's lens bar is the one tab list on the page). */
function Tabs({ tab, setTab }: { tab: Tab; setTab: (t: Tab) => void }) {
  const t = useT();
  return (
    <div role="group" aria-label={t('containers.tabs')} className="ct-tabs">
      {(['scale', 'compare'] as const).map((k) => (
        <button key={k} type="button" aria-pressed={tab === k} data-testid={`ct-tab-${k}`} onClick={() => setTab(k)}>
          {t(`containers.tab.${k}`)}
        </button>
      ))}
    </div>
  );
}

function Containers() {
  const hasDeployments = useStore(selectHasDeployments);
  const [tabSel, setTab] = useState<Tab | null>(null);
  const tab: Tab = tabSel ?? (hasDeployments ? 'scale' : 'compare');
  if (tab === 'scale') {
    return (
      <div className="lens lens-containers" data-testid="lens-containers" data-tab="scale">
        <Tabs tab={tab} setTab={setTab} />
        <ScaleView />
      </div>
    );
  }
  return <ContainersViewBody tabs={<Tabs tab={tab} setTab={setTab} />} />;
}

/** The lens, fresh for each scenario (its view follows what the scenario is about). */
export default function ContainersView() {
  const id = useStore(selectScenarioId);
  return (
    <MotionScope>
      <Containers key={id} />
    </MotionScope>
  );
}
