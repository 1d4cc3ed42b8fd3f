/**
 * The engine's public functions (re-exported by index.ts), each a loop over the
 * registry (registry.ts, engine.ts). Kept apart from the registry so a bundle that
 * only parses scenarios (the main thread) does not pull the simulation in.
 */
import type { ApplyResult as Result } from './apply';
import { engine, type SimState, type Snapshot } from './registry';
import type { Scenario } from './scenario/schema';

export type { SimState, Snapshot };
export { MAX_STEP_TICKS } from './tick';
export type ApplyResult = Result<SimState>;

/** A fresh state at tick 0 for a valid scenario (autostart VMs and containers booting, pCPUs dispatched). */
export function createSim(scenario: Scenario): SimState {
  return engine.createSim(scenario);
}

/** Advance `ticks` ticks (clamped to [0, MAX_STEP_TICKS]; NaN counts as 0). Pure: returns a new state. */
export function step(state: SimState, ticks: number): SimState {
  return engine.step(state, ticks);
}

/** One tick, in place (mutates st): for loops that own their state (the worker, benchmarks). */
export const advanceTick: (st: SimState) => void = engine.advanceTick;

/** Validate and apply a command. Pure: the given state is never modified; a refusal returns it with the reason. */
export function applyCommand(state: SimState, input: unknown): ApplyResult {
  return engine.applyCommand(state, input);
}

export function toSnapshot(st: SimState): Snapshot {
  return engine.toSnapshot(st);
}

/** The buffers of a snapshot's typed arrays, for a postMessage transfer list. */
export function snapshotBuffers(s: Snapshot): ArrayBuffer[] {
  return engine.snapshotBuffers(s);
}

/** What must hold after every tick; the violations found (empty = healthy). */
export function checkInvariants(st: SimState): string[] {
  return engine.checkInvariants(st);
}

/** A deep copy; typed arrays are copied too. */
export function cloneState(st: SimState): SimState {
  return engine.cloneState(st);
}
