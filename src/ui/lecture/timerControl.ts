/**
 * The countdown timer's state changes (wall-clock; UI only): time left, start a length,
 * and start/pause (the T key and the timer's own button).
 */
import { getClassroom, setClassroom, type TimerState } from '../../store';

export function timeLeft(s: TimerState, now: number): number {
  return Math.max(0, s.startedAt === null ? s.leftMs : Math.min(s.leftMs, s.leftMs - (now - s.startedAt)));
}

export function startTimer(totalMs: number): void {
  setClassroom({ timer: { totalMs, leftMs: totalMs, startedAt: performance.now() } });
}

export function toggleTimer(): void {
  const cur = getClassroom().timer;
  if (cur === null) return startTimer(60_000);
  const now = performance.now();
  if (cur.startedAt === null) setClassroom({ timer: { ...cur, startedAt: now, leftMs: timeLeft(cur, now) === 0 ? cur.totalMs : cur.leftMs } });
  else setClassroom({ timer: { ...cur, leftMs: timeLeft(cur, now), startedAt: null } });
}
