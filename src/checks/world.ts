/**
 * Running a check's world with the engine's public API, exactly as the simulation worker
 * does: start from the scenario, apply each logged command when the clock reaches its
 * tick, step on. So the answer a check computes here is what the running world shows.
 * Also: a seeded choice helper (the engine's own PRNG) and the student-seed mixer.
 */
import { applyCommand, createRng, createSim, nextInt, presets, step, toSnapshot, type PresetId, type RngState, type Scenario, type SimState, type Snapshot } from '../engine';
import type { LoggedCommand } from '../protocol/messages';
import type { CheckDef, CheckInstance, CheckWorld } from './types';

/** The state at `target`, replaying `log` (sorted by tick) on the way, like the worker's timeline. */
export function stateAt(scenario: Scenario, log: readonly LoggedCommand[], target: number): SimState {
  let st = createSim(scenario);
  let i = 0;
  const due = (): void => {
    while (i < log.length && (log[i]?.tick ?? Infinity) <= st.tick) {
      const c = log[i];
      i += 1;
      if (c === undefined || c.tick !== st.tick) continue;
      const r = applyCommand(st, c.command);
      if (r.ok) st = r.state;
    }
  };
  while (st.tick < target) {
    due();
    const next = log[i]?.tick ?? Infinity;
    st = step(st, Math.max(1, Math.min(target, next) - st.tick));
  }
  due();
  return st;
}

export function snapshotAt(scenario: Scenario, log: readonly LoggedCommand[], target: number): Snapshot {
  return toSnapshot(stateAt(scenario, log, target));
}

/** Step on from `st` and snapshot after each `every` ticks, until `until` says stop or `max` ticks pass. */
export function watch(st: SimState, every: number, max: number, until: (s: Snapshot) => boolean): Snapshot | null {
  let cur = st;
  for (let n = 0; n < max; n += every) {
    cur = step(cur, every);
    const s = toSnapshot(cur);
    if (until(s)) return s;
  }
  return null;
}

/** A preset with a student's own scenario seed (so the workloads draw their own numbers). */
export function seeded(preset: PresetId, seed: number): Scenario {
  return { ...presets[preset], seed: (seed % 100_000) + 1 };
}

/** A deterministic picker for one check instance (the engine's PRNG). */
export function picker(seed: number): { int: (lo: number, hi: number) => number; pick: <T>(xs: readonly T[]) => T } {
  const rng: RngState = createRng(seed);
  const int = (lo: number, hi: number): number => nextInt(rng, lo, hi);
  return { int, pick: <T,>(xs: readonly T[]): T => xs[int(0, xs.length - 1)] as T };
}

/** One seed per student, check and attempt (FNV-1a over the three). */
export function mixSeed(student: number, checkId: string, attempt: number): number {
  let h = 0x811c9dc5 ^ (student >>> 0);
  const text = `${checkId}#${attempt}`;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (Math.imul(h ^ (h >>> 16), 0x45d9f3b) >>> 0) % 1_000_000;
}

/** What every instance of a check starts with: which check, the student's seed, and the world it opens on. */
export function opening(def: Pick<CheckDef, 'id' | 'section'>, seed: number, world: CheckWorld): Pick<CheckInstance, 'id' | 'section' | 'seed' | 'world'> {
  return { id: def.id, section: def.section, seed, world };
}
