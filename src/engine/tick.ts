/**
 * The simulation loop as a loop over the registry. One tick: the scripted commands due,
 * then each named place of kernel/contract.ts TICK_PLACES in order (the kernel's own
 * step first, boot countdowns at `lifecycle`, then every subsystem's phase for that
 * place in registry order), then the clock. With today's registry that is:
 *   scripted commands -> control: containers (pulls, quotas), cluster (demand, DRS,
 *   migration) -> lifecycle: boots finish -> schedule: cpu (hypervisor and guest
 *   schedulers) -> execute: cpu (one millisecond, then idle pCPUs take work) ->
 *   arbitrate: memory, storage, virt, net -> tick + 1.
 * `step` clones the state once and advances the clone in place (the hot loop); callers
 * always get a new state and the one they passed in is never touched.
 */
import { TICK_PLACES, type AnySubsystem, type Ctx } from './kernel/contract';
import { progressBoot } from './kernel/lifecycle';
import type { World } from './kernel/world';
import { cloneState, type AnyState } from './state';

type TickStep = (st: AnyState, ctx: Ctx) => void;

/** The tick's steps in order, resolved once per engine: run[i] on ticks that are multiples of every[i]. */
export interface TickPlan {
  run: TickStep[];
  every: Int32Array;
}

export function tickPlan(subs: readonly AnySubsystem[]): TickPlan {
  const run: TickStep[] = [];
  const every: number[] = [];
  for (const place of TICK_PLACES) {
    if (place === 'lifecycle') {
      run.push(progressBoot);
      every.push(1);
    }
    for (const s of subs) {
      const phase = s.phases[place];
      if (phase === undefined) continue;
      run.push(typeof phase === 'function' ? phase : phase.run);
      every.push(typeof phase === 'function' ? 1 : Math.max(1, Math.floor(phase.every)));
    }
  }
  return { run, every: Int32Array.from(every) };
}

/** One pass of the plan over st (the hot loop: no allocation, one call per due phase). */
export function runPlan(plan: TickPlan, st: AnyState, ctx: Ctx): void {
  const { run, every } = plan;
  const tick = st.tick;
  for (let i = 0; i < run.length; i++) {
    const p = every[i] ?? 1;
    if (p === 1 || tick % p === 0) run[i]?.(st, ctx);
  }
}

/** Apply the scripted commands due at this tick (each one refused is logged, not fatal). */
export function runScript(st: World, applyInPlace: (st: World, command: unknown) => void): void {
  while (st.scriptPos < st.script.length && (st.script[st.scriptPos]?.at ?? Infinity) <= st.tick) {
    const ev = st.script[st.scriptPos];
    st.scriptPos += 1;
    if (ev !== undefined) applyInPlace(st, ev.command);
  }
}

/** The most ticks one call may advance (an hour of simulated time); more is clamped. */
export const MAX_STEP_TICKS = 3_600_000;

/** Advance `ticks` ticks (clamped to [0, MAX_STEP_TICKS]; NaN counts as 0). Pure: returns a new state. */
export function stepWith<St extends World>(advanceTick: (st: St) => void, state: St, ticks: number): St {
  const st = cloneState(state);
  const n = Number.isFinite(ticks) ? Math.min(MAX_STEP_TICKS, Math.max(0, Math.floor(ticks))) : ticks > 0 ? MAX_STEP_TICKS : 0;
  for (let i = 0; i < n; i++) advanceTick(st);
  return st;
}
