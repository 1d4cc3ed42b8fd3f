/**
 * The timeline scrubber: an accessible slider over [0, furthest tick reached]. Drag or
 * click to seek (at most one seek per animation frame while dragging); keyboard: arrows
 * one tick, Page Up/Down 100 ticks, Home/End the ends. Seeking back is exact, because
 * the worker replays deterministically from its checkpoints.
 */
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { simClient } from '../client/simClient';
import { useT } from '../i18n';
import { useSnapshot } from '../views/shared/useSnapshot';

const snapTick = (s: { tick: number }): number => s.tick;
const reached = (_: unknown, state: { maxTick: number }): number => state.maxTick;

export function Timeline() {
  const t = useT();
  // The slider moves ten times a second while playing, at once when paused.
  const tick = useSnapshot(snapTick, 10) ?? 0;
  const max = useSnapshot(reached, 10) ?? 0;
  const track = useRef<HTMLDivElement | null>(null);
  const pendingFrame = useRef<number | null>(null);
  const top = Math.max(max, tick, 1);

  const seekTo = (value: number): void => {
    const v = Math.round(Math.min(Math.max(0, value), max));
    if (pendingFrame.current !== null) cancelAnimationFrame(pendingFrame.current);
    pendingFrame.current = requestAnimationFrame(() => {
      pendingFrame.current = null;
      simClient.seek(v);
    });
  };
  const fromPointer = (e: PointerEvent<HTMLDivElement>): void => {
    const r = track.current?.getBoundingClientRect();
    if (r === undefined || r.width === 0) return;
    seekTo(((e.clientX - r.left) / r.width) * top);
  };
  const onKey = (e: KeyboardEvent<HTMLDivElement>): void => {
    const steps: Record<string, number> = { ArrowLeft: -1, ArrowDown: -1, ArrowRight: 1, ArrowUp: 1, PageDown: -100, PageUp: 100 };
    if (e.key === 'Home') simClient.seek(0);
    else if (e.key === 'End') simClient.seek(max);
    else if (steps[e.key] !== undefined) simClient.seek(Math.min(Math.max(0, tick + (steps[e.key] ?? 0)), Math.max(max, tick + 1)));
    else return;
    e.preventDefault();
    e.stopPropagation();
  };
  return (
    <div
      ref={track}
      className="timeline"
      role="slider"
      tabIndex={0}
      data-testid="timeline"
      aria-label={t('playback.timeline')}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={tick}
      aria-valuetext={t('playback.tickValue', { tick, s: (tick / 1000).toFixed(3) })}
      onKeyDown={onKey}
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        fromPointer(e);
      }}
      onPointerMove={(e) => {
        if (e.currentTarget.hasPointerCapture(e.pointerId)) fromPointer(e);
      }}
    >
      {/* Transforms, not left/width: the thumb glides without relayout (and never counts as a layout shift). */}
      <div className="timeline-fill" style={{ transform: `scaleX(${tick / top})` }} />
      <div className="timeline-pos" style={{ transform: `translateX(${(tick / top) * 100}%)` }}>
        <div className="timeline-thumb" />
      </div>
    </div>
  );
}
