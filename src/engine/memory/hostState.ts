/**
 * The ESXi-style host memory state: which rung of the reclaim ladder free memory calls
 * for, from free frames against minFree (model.ts: STATE_ENTER, HIGH_RETURN). Pure.
 */
import { HIGH_RETURN, STATE_ENTER } from './model';

/**
 * The state free memory puts the host in, with hysteresis: back to high only at 400 %, and
 * out of soft, hard or low one state at a time, once free memory is back above the line of
 * the state before it (soft lasts until the balloons have brought it to minFree, their goal;
 * hard until compression and swapping have brought it above the soft line, theirs), so a
 * host at a line does not flicker between two states and the way back is seen step by step.
 * And in time: a host goes back to a milder state only once it has been in this one for
 * MIN_STATE_MS (`dwelt`); it goes to a harsher one as soon as free memory says so.
 */
export function nextHostState(free: number, minFree: number, current: number, dwelt = true): number {
  const s = byFree(free, minFree, current);
  // A milder state only once the host has dwelt MIN_STATE_MS in this one; a harsher one at once.
  return s < current && !dwelt ? current : s;
}

function byFree(free: number, minFree: number, current: number): number {
  let s = 0;
  for (let i = 1; i < STATE_ENTER.length; i++) if (free < (STATE_ENTER[i] ?? 0) * minFree) s = i;
  if (current >= 2 && s < current) return free < (STATE_ENTER[current - 1] ?? 0) * minFree ? current : current - 1;
  if (s === 0 && current >= 1 && free < HIGH_RETURN * minFree) return 1;
  return s;
}
