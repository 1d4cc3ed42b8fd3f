/**
 * Whether the CPU lens sets its run queues right under the Gantt chart: on the projector, while a lesson step marks
 * the queues' rows (course step 11, "click a vCPU waiting in a ready queue"; useTaskInView marks them with
 * `data-tour-target`). A 1280x720 projector's lens frame (about 490 px) could not hold the grown chart, its zoom bar,
 * its key, the lens's words and the queues (541 px for the chart, its bar and the rows alone): the class saw the
 * queues and half a chart. Set first, the queues' rows are kept in view under the chart (its room is measured less
 * them), so the schedule and the queues it explains are whole together. It holds for the rest of that step (a click
 * on a chip completes the task; the layout does not jump under the reader's pointer), and ends with it.
 */
import { useEffect, useState, type RefObject } from 'react';
import { selectTheme, selectTour, useStore } from '../../store';
import { showInFrame } from '../shared/showInFrame';

/** The queues' rows a step marks (taskTarget.ts: `cpu-queues ol`). */
const ROWS = '[data-testid="cpu-queues"] ol';

export function useQueuesFirst(scope: RefObject<HTMLElement | null>, on: boolean): boolean {
  const projector = useStore(selectTheme) === 'projector';
  const step = useStore((s) => {
    const pos = selectTour(s);
    return pos === null ? '' : `${pos.id}:${pos.step}`;
  });
  // The step (lesson and step number) whose target was the queues' rows.
  const [markedAt, setMarkedAt] = useState('');
  const watch = projector && on && step !== '';
  useEffect(() => {
    const el = scope.current;
    if (!watch || el === null || typeof MutationObserver === 'undefined') return undefined;
    const check = (): void => {
      if (el.querySelector(`${ROWS}[data-tour-target]`) !== null) setMarkedAt(step);
    };
    check();
    const mo = new MutationObserver(check);
    mo.observe(el, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-tour-target'] });
    return () => mo.disconnect();
  }, [scope, watch, step]);
  return watch && markedAt === step;
}

/** Under the Gantt chart and in view with it when the queues are set first: the queues' rows (their heading above them). */
export function queueRowsIn(lens: Element | null): Element | null {
  return lens?.classList.contains('queues-first') === true ? lens.querySelector(ROWS) : null;
}

/** How long after the queues are set first the lens frame follows the chart's and the rows' sizes (the chart settles into its room). */
const SETTLE_MS = 1500;
/** The reader's own scroll ends that at once. */
const INPUT = ['wheel', 'touchmove', 'keydown'] as const;

/** Scroll the lens frame as little as shows the chart (with its zoom bar) and the queues' rows under it, whole together. */
function showQueuesWithChart(lens: Element | null): void {
  const rows = queueRowsIn(lens);
  const chart = lens?.querySelector('.zoom-pan') ?? null;
  if (rows !== null && chart !== null) showInFrame(rows, chart);
}

/**
 * Once the queues are set first, show the chart and the rows together, and again as they settle (the chart shrinks into
 * its new room a frame or two later, moving the rows up past the lens frame's top), for a moment or until the reader
 * scrolls.
 */
export function useShowQueuesWithChart(scope: RefObject<HTMLElement | null>, queuesFirst: boolean): void {
  useEffect(() => {
    const lens = scope.current;
    if (!queuesFirst || lens === null || typeof ResizeObserver === 'undefined') return undefined;
    const ro = new ResizeObserver(() => showQueuesWithChart(lens));
    for (const part of [lens.querySelector('.zoom-pan'), queueRowsIn(lens)]) if (part !== null) ro.observe(part);
    const stop = (): void => ro.disconnect();
    const timer = setTimeout(stop, SETTLE_MS);
    for (const type of INPUT) addEventListener(type, stop, { capture: true, passive: true });
    return () => {
      stop();
      clearTimeout(timer);
      for (const type of INPUT) removeEventListener(type, stop, { capture: true });
    };
  }, [scope, queuesFirst]);
}
