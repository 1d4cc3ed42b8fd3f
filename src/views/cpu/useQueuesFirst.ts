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
import { followLayout } from '../shared/followLayout';
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

/**
 * How long the lens frame follows the chart's and the rows' sizes after they last changed (the chart settles into its room,
 * measured again as the rows change; on a loaded machine that chain runs well past the moment the queues were set first).
 */
const QUIET_MS = 1500;
/** And at most this long after the queues are set first (a playing world's rows change height a few times a second). */
const MOST_MS = 5000;

/** Scroll the lens frame as little as shows the chart (with its zoom bar) and the queues' rows under it, whole together. */
function showQueuesWithChart(lens: Element | null): void {
  const rows = queueRowsIn(lens);
  const chart = lens?.querySelector('.zoom-pan') ?? null;
  if (rows !== null && chart !== null) showInFrame(rows, chart);
}

/**
 * Once the queues are set first, show the chart and the rows together, and again as they settle (the chart shrinks into
 * its new room a frame or two later, moving the rows up past the lens frame's top): until neither has changed for a
 * moment (QUIET_MS, counted again from each change), at most MOST_MS, or until the reader scrolls, presses a key or
 * presses on the page (the click step 11 asks for: the layout does not move under their pointer).
 */
export function useShowQueuesWithChart(scope: RefObject<HTMLElement | null>, queuesFirst: boolean): void {
  useEffect(() => {
    const lens = scope.current;
    if (!queuesFirst || lens === null || typeof ResizeObserver === 'undefined') return undefined;
    return followLayout([lens.querySelector('.zoom-pan'), queueRowsIn(lens)], () => showQueuesWithChart(lens), QUIET_MS, MOST_MS);
  }, [scope, queuesFirst]);
}
