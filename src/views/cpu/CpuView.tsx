/**
 * The CPU lens: how a hypervisor shares hardware threads among vCPUs. Top: the
 * scheduler's controls for the chosen host. Middle: the Gantt timeline of every pCPU
 * (canvas, grouped by core and socket, siblings bracketed, hatched where both threads
 * of a core were busy), then the run queue of every pCPU beside the per-VM shares with
 * their warnings, and the steal-time chart. A second view holds the Practice problems.
 * Click a slice or a vCPU chip and the inspector explains the decision.
 */
import { useState } from 'react';
import './cpu.css';
import { useT } from '../../i18n';
import { useStore, selectTopology } from '../../store';
import { useWidth } from '../../ui/useWidth';
import { ZOOM_GUTTER } from '../shared/ZoomPan';
import { ComparePolicies } from './ComparePolicies';
import { Controls } from './Controls';
import { TryThis } from './TryThis';
import { GanttCanvas } from './GanttCanvas';
import { CpuLegend } from './CpuLegend';
import { Practice } from './Practice';
import { RunQueues } from './RunQueues';
import { StealChart } from './StealChart';
import { VmTable } from './VmTable';
import { keptBelow, usePictureRoom } from '../shared/usePictureRoom';
import { queueRowsIn, useQueuesFirst, useShowQueuesWithChart } from './useQueuesFirst';

const SPANS = [500, 2000, 10_000, 30_000] as const;

/** Under the schedule and in view with it: its zoom controls and its key. */
const GANTT_KEPT = (frame: HTMLElement, bar: HTMLElement): number => keptBelow(frame, bar, frame.closest('.lens-cpu')?.querySelector('.cpu-legend'));
/** With the run queues set first (useQueuesFirst): their rows, right under the schedule, stay in view with it instead. */
const QUEUES_KEPT = (frame: HTMLElement, bar: HTMLElement): number => keptBelow(frame, bar, queueRowsIn(frame.closest('.lens-cpu')));

export default function CpuView() {
  const t = useT();
  // The lens itself follows only the topology; each panel takes the numbers it shows,
  // a few times a second, and the Gantt chart draws every frame on its own.
  const topology = useStore(selectTopology);
  const [ref, width] = useWidth<HTMLDivElement>();
  const [hostIndex, setHost] = useState(0);
  const [span, setSpan] = useState<number>(500);
  const [mode, setMode] = useState<'live' | 'practice'>('live');
  const host = topology?.hosts[Math.min(hostIndex, (topology?.hosts.length ?? 1) - 1)];
  const hi = host === undefined || topology === null ? 0 : topology.hosts.indexOf(host);
  const live = mode === 'live' && topology !== null && host !== undefined;
  // On the projector, while a lesson step marks the run queues, they come right under the schedule, in the page as on screen.
  const queuesFirst = useQueuesFirst(ref, live);
  // The height the lens frame leaves the schedule above its key (or above the queues set first): the chart grows into it.
  const room = usePictureRoom(ref, live, '[data-testid="cpu-zoom"]', queuesFirst ? QUEUES_KEPT : GANTT_KEPT);
  // Once set first, the lens frame shows the chart and the rows together.
  useShowQueuesWithChart(ref, queuesFirst);
  const legend = live ? <CpuLegend key="legend" topology={topology} hostIndex={hi} /> : null;
  const intro = <p key="intro" className="cpu-intro">{t('cpu.intro')}</p>;
  const panels = live ? (
    <div key="panels" className="cpu-panels">
      <RunQueues hostIndex={hi} helpAfter={queuesFirst} />
      <VmTable topology={topology} hostIndex={hi} />
    </div>
  ) : null;
  return (
    <div ref={ref} className={queuesFirst ? 'lens lens-cpu queues-first' : 'lens lens-cpu'} data-testid="lens-cpu">
      <div className="cpu-top">
        <div className="cpu-modes" role="group" aria-label={t('cpu.mode.label')}>
          <button type="button" aria-pressed={mode === 'live'} data-testid="cpu-mode-live" onClick={() => setMode('live')}>
            {t('cpu.mode.live')}
          </button>
          <button type="button" aria-pressed={mode === 'practice'} data-testid="cpu-mode-practice" onClick={() => setMode('practice')}>
            {t('cpu.mode.practice')}
          </button>
        </div>
        {mode === 'live' && topology !== null && topology.hosts.length > 1 && (
          <label>
            <span>{t('cpu.host')}</span>
            <select value={hi} onChange={(e) => setHost(Number(e.target.value))} data-testid="cpu-host">
              {topology.hosts.map((h, i) => (
                <option key={h.id} value={i}>
                  {h.name}
                </option>
              ))}
            </select>
          </label>
        )}
        {mode === 'live' && (
          <label>
            <span>{t('cpu.span')}</span>
            <select value={span} onChange={(e) => setSpan(Number(e.target.value))} data-testid="cpu-span">
              {SPANS.map((s) => (
                <option key={s} value={s}>{`${s / 1000} s`}</option>
              ))}
            </select>
          </label>
        )}
      </div>
      {mode === 'practice' && <Practice />}
      {live && (
        <>
          {/* Picture first: the schedule as tall as the lens frame leaves it, its key (the marks folded), then what it means and the controls that change it. */}
          <GanttCanvas host={host} width={Math.max(300, width - 4 - ZOOM_GUTTER)} span={span} room={room} />
          {/* While the queues are set first (the projector, a step marking them) they come next in the page too, not only on
              screen: Tab and reading go chart, queues, key (keyed, so React moves them and mounts nothing again: the marked
              rows stay the element the step marked). */}
          {queuesFirst ? [panels, legend, intro] : [legend, intro, panels]}
          <TryThis />
          <Controls topology={topology} hostIndex={hi} />
          <StealChart topology={topology} hostIndex={hi} width={Math.min(900, width - 8)} />
          <ComparePolicies />
        </>
      )}
    </div>
  );
}
