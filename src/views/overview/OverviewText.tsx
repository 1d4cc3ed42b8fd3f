/**
 * The words around the Overview drawing: a legend (colour + glyph per state) and a
 * text alternative that says what the drawing shows right now, for screen readers and
 * for anyone who wants the numbers.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { ENT, POWER, type Snapshot } from '../../engine';
import { useT } from '../../i18n';
import { selectTheme, useStore } from '../../store';
import { shallowEqual, useSnapshot } from '../shared/useSnapshot';
import { followLayout } from '../shared/followLayout';
import { scrollingFrame, showInFrame } from '../shared/showInFrame';
import { STATE_STYLES } from './stateStyle';

/** The states the key lists, in its order. */
const KEY_STATES = [ENT.running, ENT.ready, ENT.blocked, ENT.off];

/** A state's colour as the drawing paints it: a small box with its fill and its outline's dashes. */
function Swatch({ s }: { s: number }) {
  const st = STATE_STYLES[s];
  if (st === undefined) return null;
  return (
    <svg width="18" height="14" aria-hidden="true">
      <rect x="1" y="1" width="16" height="12" rx="2" style={{ fill: st.fill, stroke: 'var(--vl-border)', strokeDasharray: st.dash ?? 'none' }} />
    </svg>
  );
}

/** How long the opened meanings follow the layout after it last changed, and at most after they open. */
const QUIET_MS = 1000;
const MOST_MS = 4000;

/**
 * The key: each state's colour, glyph, name and what it means, and what a line is. On the projector each state says
 * its name alone, and a button at the row's end ("What they mean") opens the states with their meanings in words right
 * under it, in the key (before what a line is), in view: the key keeps two rows of 20 px words under the drawing, not four, and the drawing keeps
 * that height (OverviewView: KEY_KEPT), while the meanings are one click or tap away, never on hover alone.
 */
export function OverviewLegend() {
  const t = useT();
  const brief = useStore(selectTheme) === 'projector';
  const [open, setOpen] = useState(false);
  const id = useId();
  const full = useRef<HTMLUListElement | null>(null);
  // The key sits at the lens frame's bottom edge: the words opened in it are brought into view, from the drawing's top
  // when both fit and it was in view. The key is kept in view under the drawing (OverviewView: KEY_KEPT), so the drawing
  // gives up their height and this scrolls nothing where the lens frame holds them (the drawing's top, its VMs' names,
  // stays at the frame's top). The drawing's room is measured (a ResizeObserver) and laid out after the key grows, later
  // on a loaded machine: the list and the drawing's frame are followed, each change shown two frames on (laid out in the
  // room it measured), until neither has changed for a moment (QUIET_MS), at most MOST_MS, or until the reader scrolls,
  // presses a key or presses on the page (followLayout).
  useEffect(() => {
    const list = full.current;
    if (!open || list === null || typeof ResizeObserver === 'undefined') return undefined;
    const drawing = list.closest('.lens')?.querySelector('[data-testid="overview-zoom"]') ?? null;
    // Shown with the drawing's top when that was in view at opening (a reader who had scrolled past it keeps their place).
    const lensFrame = drawing === null ? null : scrollingFrame(drawing);
    const from = lensFrame !== null && drawing !== null && drawing.getBoundingClientRect().top < lensFrame.getBoundingClientRect().top + lensFrame.clientTop - 1 ? null : drawing;
    let frame = 0;
    const stop = followLayout(
      [list, drawing],
      () => {
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(() => (frame = requestAnimationFrame(() => showInFrame(list, from))));
      },
      QUIET_MS,
      MOST_MS,
    );
    return () => {
      stop();
      cancelAnimationFrame(frame);
    };
  }, [open]);
  const shown = brief && open;
  return (
    <>
      <ul className="legend" aria-label={t('legend.title')}>
        {KEY_STATES.map((s) => {
          const st = STATE_STYLES[s];
          if (st === undefined) return null;
          return (
            <li key={s} title={brief ? t(`${st.key}.help`) : undefined}>
              <Swatch s={s} />
              <span>
                {st.glyph} {t(st.key)}
                {brief ? '' : `: ${t(`${st.key}.help`)}`}
              </span>
            </li>
          );
        })}
        {brief && (
          <li className="legend-more">
            <button type="button" className="linkish" aria-expanded={open} aria-controls={shown ? id : undefined} onClick={() => setOpen((o) => !o)} data-testid="overview-legend-more">
              <span aria-hidden="true">{open ? '▾ ' : '▸ '}</span>
              {t('legend.more')}
            </button>
          </li>
        )}
        {/* The meanings right under the button (a row of their own in the key), before what a line is. */}
        {shown && (
          <li className="legend-meanings">
            <ul ref={full} id={id} className="legend-full" aria-label={t('legend.more')} data-testid="overview-legend-full">
              {KEY_STATES.map((s) => {
                const st = STATE_STYLES[s];
                if (st === undefined) return null;
                return (
                  <li key={s}>
                    <Swatch s={s} />
                    <span>{`${st.glyph} ${t(st.key)}: ${t(`${st.key}.help`)}`}</span>
                  </li>
                );
              })}
            </ul>
          </li>
        )}
        <li>
          <span>{t('legend.line')}</span>
        </li>
      </ul>
    </>
  );
}

/** What the summary sentence says: counts only, so it re-renders when one of them changes. */
function summaryOf(snap: Snapshot) {
  const topo = snap.topology;
  const count = (s: number): number => snap.ent.state.reduce((n, x) => n + (x === s ? 1 : 0), 0);
  return {
    hosts: topo.hosts.length,
    pcpus: topo.pcpuCount,
    vms: topo.vms.length,
    vmsOn: snap.vms.power.reduce((n, p) => n + (p === POWER.off ? 0 : 1), 0),
    containers: topo.containers.length,
    running: count(ENT.running),
    ready: count(ENT.ready),
    blocked: count(ENT.blocked),
  };
}

export function OverviewSummary() {
  const t = useT();
  const counts = useSnapshot(summaryOf, 2, shallowEqual);
  if (counts === null) return null;
  return (
    <p className="summary" data-testid="overview-summary">
      {t('overview.summary', counts)}
    </p>
  );
}
