/**
 * Helpers for the engine's tests (not part of the engine's API): step a state with the
 * invariants checked after every chunk, and apply a command that must be accepted.
 */
import { expect } from 'vitest';
import { applyCommand, checkInvariants, step, type CommandInput, type SimState } from './index';

/** Step `ticks` ticks in chunks, checking every invariant after each chunk (and calling `each`, if given). */
export function runChecked(st: SimState, ticks: number, chunk = 50, each?: (s: SimState) => void): SimState {
  let s = st;
  for (let t = 0; t < ticks; t += chunk) {
    s = step(s, chunk);
    expect(checkInvariants(s)).toEqual([]);
    each?.(s);
  }
  return s;
}

/** Apply a command that must be accepted; the invariants must hold after it. */
export function applyOk(st: SimState, cmd: CommandInput): SimState {
  const r = applyCommand(st, cmd);
  if (!r.ok) throw new Error(r.reason.key);
  expect(checkInvariants(r.state)).toEqual([]);
  return r.state;
}
