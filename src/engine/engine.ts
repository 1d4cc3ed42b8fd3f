/**
 * makeEngine: an engine from a list of subsystems in tick order (registry.ts passes the
 * real one; a test may pass it with one more, to try the add-a-subsystem recipe, and a
 * command language with one more command). It checks the list (distinct ids that are not
 * world keys, distinct meters, one handler per command), lends every subsystem the same
 * Ctx (scenario edits, power-on hooks) and returns the public functions, each a loop
 * over the list.
 */
import { commandSchema, type CommandType } from './commands';
import { CORE_METERS } from './kernel/channel';
import type { AnySubsystem, Ctx } from './kernel/contract';
import type { KernelSnapshot } from './kernel/snapshot';
import { WORLD_KEYS, type World } from './kernel/world';
import type { Scenario } from './scenario/schema';
import { dispatchTable, makeDispatcher, type ApplyResult, type CommandLanguage } from './apply';
import { checkAll } from './invariants';
import { runPlan, runScript, stepWith, tickPlan } from './tick';
import { makeSnapshotter } from './snapshot';
import { buildState, cloneState, editState, type AnyState } from './state';

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
// Read off each subsystem's own types structurally (its id, what build returns, its part, its commands).
type StateOf<T> = T extends { readonly id: infer Id extends string; build(w: World): infer S } ? { [K in Id]: S } : never;
type PartOf<T> = T extends { snapshot(st: never): infer P } ? P : never;
type CommandsOf<T> = T extends { readonly commands: infer C } ? keyof C : never;

/** The whole state: the world and every subsystem's part, keyed by id. */
export type StateWith<T extends readonly AnySubsystem[]> = World & UnionToIntersection<StateOf<T[number]>>;
/** The whole snapshot: the kernel's part and every subsystem's part merged. */
export type SnapshotWith<T extends readonly AnySubsystem[]> = KernelSnapshot & UnionToIntersection<PartOf<T[number]>>;
/** Command types some subsystem of the list handles. */
export type HandledBy<T extends readonly AnySubsystem[]> = CommandsOf<T[number]> & CommandType;

export interface Engine<St extends World, Snap> {
  readonly subsystems: readonly AnySubsystem[];
  createSim(scenario: Scenario): St;
  step(state: St, ticks: number): St;
  advanceTick(st: St): void;
  applyCommand(state: St, input: unknown): ApplyResult<St>;
  toSnapshot(st: St): Snap;
  snapshotBuffers(s: Snap): ArrayBuffer[];
  snapshotDigest(s: Snap): string;
  checkInvariants(st: St): string[];
  cloneState(st: St): St;
}

function checkRegistry(subs: readonly AnySubsystem[]): void {
  const ids = new Set<string>();
  for (const s of subs) {
    if (ids.has(s.id) || (WORLD_KEYS as readonly string[]).includes(s.id)) throw new Error(`subsystem id ${s.id} is taken`);
    ids.add(s.id);
  }
  const meters = new Set<string>();
  for (const m of [...CORE_METERS, ...subs.flatMap((s) => s.meters ?? [])]) {
    if (meters.has(m.id)) throw new Error(`meter ${m.id} is declared twice`);
    meters.add(m.id);
  }
}

export function makeEngine<const T extends readonly AnySubsystem[]>(subsystems: T, language: CommandLanguage = commandSchema): Engine<StateWith<T>, SnapshotWith<T>> {
  type St = StateWith<T>;
  checkRegistry(subsystems);
  const table = dispatchTable(subsystems, language);
  const hooked = subsystems.filter((s) => s.onPowerOn !== undefined);
  const settlers = subsystems.filter((s) => s.settle !== undefined);
  const ctx: Ctx = {
    edit: (st, change) => editState(subsystems, st as AnyState, change),
    poweredOn(st, e) {
      for (const s of hooked) s.onPowerOn?.(st as AnyState, e);
    },
  };
  const settle = (st: AnyState): void => {
    for (const s of settlers) s.settle?.(st);
  };
  const dispatcher = makeDispatcher(language, table, ctx, settle);
  const plan = tickPlan(subsystems);
  const snapshotter = makeSnapshotter<SnapshotWith<T>>(subsystems);
  const advanceTick = (st: St): void => {
    if (st.scriptPos < st.script.length) runScript(st, dispatcher.applyInPlace);
    runPlan(plan, st as AnyState, ctx);
    st.tick += 1;
  };
  return {
    subsystems,
    createSim(scenario) {
      const st = buildState(subsystems, ctx, scenario);
      settle(st);
      return st as St;
    },
    step: (state, ticks) => stepWith(advanceTick, state, ticks),
    advanceTick,
    applyCommand: (state, input) => dispatcher.applyCommand(state, input),
    ...snapshotter,
    checkInvariants: (st) => checkAll(subsystems, st as AnyState),
    cloneState,
  };
}
