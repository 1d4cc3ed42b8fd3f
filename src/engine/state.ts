/**
 * Building a world for a scenario and rebuilding it around an edited one, as loops over
 * the registry: the kernel allocates and carries its part (kernel/world.ts), then every
 * subsystem builds or carries its own. A scenario edit (Ctx.edit) is checked first and
 * then applied in place, so every caller keeps working on the one state it owns.
 */
import { CORE_METERS, type MeterSpec } from './kernel/channel';
import { POWER } from './kernel/codes';
import { OK, reject, type AnySubsystem, type Ctx, type Outcome } from './kernel/contract';
import { pushEvent } from './kernel/events';
import { initialPower } from './kernel/lifecycle';
import { createRng } from './kernel/rng';
import { allocateWorld, carryWorld, entityMap, type World } from './kernel/world';
import { checkReferences, type Scenario } from './scenario/schema';
import { dropOrphanReplicas } from './scenario/orchestration';

/** A world with any subsystems' states beside it (the engine's loops index it by subsystem id). */
export type AnyState = World & Record<string, unknown>;

/** Every meter of the channel: the kernel's, then each subsystem's own. */
export function allMeters(subs: readonly AnySubsystem[]): MeterSpec[] {
  return [...CORE_METERS, ...subs.flatMap((s) => s.meters ?? [])];
}

/** A deep copy; typed arrays are copied too. */
export function cloneState<St extends World>(st: St): St {
  return structuredClone(st);
}

/** A fresh world at tick 0 for a valid scenario: built, autostart VMs and containers booting. */
/** The world with each subsystem's state beside it, made in one go (so the object keeps a fast shape). */
function withParts(w: World, part: (s: AnySubsystem) => unknown, subs: readonly AnySubsystem[]): AnyState {
  const parts: Record<string, unknown> = {};
  for (const s of subs) parts[s.id] = part(s);
  return { ...w, ...parts };
}

export function buildState(subs: readonly AnySubsystem[], ctx: Ctx, scenario: Scenario): AnyState {
  const w: World = {
    ...allocateWorld(scenario, 1, allMeters(subs)),
    tick: 0,
    rng: createRng(scenario.seed),
    contextSwitches: 0,
    events: { list: [], seq: 0, info: [] },
    script: scenario.events.toSorted((a, b) => a.at - b.at),
    scriptPos: 0,
    failedHosts: [],
  };
  const st = withParts(w, (s) => s.build(w), subs);
  initialPower(st, ctx);
  st.topology.vms.forEach((vm, i) => {
    if (st.vmPower[i] !== POWER.off) pushEvent(st.events, 0, 'info', 'event.vmBooting', { vm: vm.name });
  });
  return st;
}

/** The state for an edited scenario, keeping everything still present. Mutates nothing it is given. */
export function rebuildState(subs: readonly AnySubsystem[], prev: AnyState, scenario: Scenario): AnyState {
  const meters = allMeters(subs);
  const shape = allocateWorld(scenario, prev.topology.rev + 1, meters);
  const map = entityMap(prev.topology, shape.topology);
  const next = carryWorld(prev, shape, map, meters);
  return withParts(next, (s) => s.carry(prev, next, map), subs);
}

/**
 * Ctx.edit: a checked scenario edit, applied to `st` in place (refused: st untouched). An edit
 * that removes a deployment removes its replicas' containers too (as deleting a Deployment
 * deletes its pods), so none is left behind without an owner.
 */
export function editState(subs: readonly AnySubsystem[], st: AnyState, change: (s: Scenario) => Scenario): Outcome {
  const scenario = dropOrphanReplicas(change(st.scenario));
  const first = checkReferences(scenario)[0];
  if (first !== undefined) return reject(first.key, first.params);
  Object.assign(st, rebuildState(subs, st, scenario));
  return OK;
}
