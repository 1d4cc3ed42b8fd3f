/**
 * The Subsystem contract: what every subsystem (cpu, memory, storage, network, virt,
 * containers, cluster, and whatever comes next) provides, in the same shape, so the
 * engine can be one loop over a registry (registry.ts) instead of hand wiring.
 * docs/architecture.md walks through it with the tick order and two recipes.
 *
 * A subsystem sees the world (kernel state) and its own state `st[id]`, never another
 * subsystem's: `Own<Id, S>` is all its functions are given. It reaches the others only
 * through the kernel: the lifecycle, the channel's meters, and the `Ctx` the engine
 * hands to its phases and commands (scenario edits, power-on hooks).
 */
import type { Command, CommandType } from '../commands';
import type { Scenario } from '../scenario/schema';
import type { MeterSpec } from './channel';
import type { PowerHooks } from './lifecycle';
import type { Message } from './types';
import type { World } from './world';

/** What every command handler returns: done (the state it was given now holds the change), or refused and why. */
export type Outcome = { readonly ok: true } | { readonly ok: false; readonly reason: Message };

export const OK: Outcome = Object.freeze({ ok: true });

/** A refusal the UI can translate. Return it before the first change: a refused command changes nothing. */
export function reject(key: string, params: Record<string, string | number> = {}): Outcome {
  return { ok: false, reason: { key, params } };
}

/**
 * The named places of one tick, in order. The engine runs, per place, the kernel's own
 * step (scripted commands before `control`, boot countdowns at `lifecycle`) and then
 * each subsystem's phase for that place, in registry order; then the clock advances.
 * - control: control planes decide (image pulls, quotas, DRS, live migration, HA);
 * - lifecycle: boots finish (kernel);
 * - schedule: who runs where this tick (hypervisor and guest schedulers);
 * - execute: entities run one millisecond; demand is posted to the channel;
 * - arbitrate: resource models consume the tick's demand, publish levels and charge costs.
 */
export const TICK_PLACES = ['control', 'lifecycle', 'schedule', 'execute', 'arbitrate'] as const;
export type TickPlace = (typeof TICK_PLACES)[number];

/**
 * A tick phase: a function run every tick, or `{ every, run }` run only on ticks that are
 * multiples of `every` (the engine checks the period, so a subsystem that works every
 * 100 ms costs nothing on the other 99 ticks).
 */
export type Phase<W> = ((st: W, ctx: Ctx) => void) | { readonly every: number; readonly run: (st: W, ctx: Ctx) => void };

/** What the engine lends a subsystem's phases and commands. */
export interface Ctx extends PowerHooks {
  /**
   * Edit the running world's scenario: check references, then rebuild the world around
   * the new scenario in place (the kernel carries entities, lifecycle and meters; every
   * subsystem carries its own state). Refused with the first reference problem.
   */
  edit(st: World, change: (s: Scenario) => Scenario): Outcome;
}

/** The state a subsystem's functions see: the world and its own part, nothing else. */
export type Own<Id extends string, S> = World & { [K in Id]: S };

export type CommandOf<K extends CommandType> = Extract<Command, { type: K }>;

/** Command handlers by command type: validate everything first, then mutate `st` (a state the engine owns) in place. */
export type CommandTable<W> = { readonly [K in CommandType]?: (st: W, cmd: CommandOf<K>, ctx: Ctx) => Outcome };

export interface Subsystem<Id extends string, S, Part extends object, C extends CommandTable<Own<Id, S>> = CommandTable<Own<Id, S>>> {
  /** Key of its state on SimState (`st[id]`). */
  readonly id: Id;
  /** Channel meters it declares (only it publishes them); shared meters are the kernel's (channel.ts). */
  readonly meters?: readonly MeterSpec[];
  /** Its state for a world at tick 0 (the kernel part is already built; nothing is powered yet). */
  build(w: World): S;
  /** Its state for an edited scenario: `next` is the rebuilt world, `map` old entity -> new (-1 gone). Must not modify prev. */
  carry(prev: Own<Id, S>, next: World, map: Int32Array): S;
  /** Its work at named places of the tick (at most one per place; mutates st). */
  readonly phases: { readonly [P in TickPlace]?: Phase<Own<Id, S>> };
  /** Its commands (each command type has exactly one handler across the registry and the kernel). */
  readonly commands: C;
  /** An entity was powered on (lifecycle), e.g. the CPU places it in its policy. */
  onPowerOn?(st: Own<Id, S>, e: number): void;
  /** The world changed outside a tick (built, or a command applied): bring derived state up to date. */
  settle?(st: Own<Id, S>): void;
  /** Its part of the snapshot: an object merged into the Snapshot (plain data and typed-array copies). */
  snapshot(st: Own<Id, S>): Part;
  /** The transferable buffers of its part. */
  buffers(part: Part): ArrayBuffer[];
  /** Fold its part into the running FNV-1a digest h (kernel/digest.ts helps). */
  digest(part: Part, h: number): number;
  /** What must hold of its state after every tick; messages for what does not. */
  invariants(st: Own<Id, S>): string[];
}

/** Identity, for type inference: `export const cpu = defineSubsystem({ id: 'cpu', ... })`. */
export function defineSubsystem<Id extends string, S, Part extends object, C extends CommandTable<Own<Id, S>>>(s: Subsystem<Id, S, Part, C>): Subsystem<Id, S, Part, C> {
  return s;
}

/** Any subsystem, as the engine's loops hold them (each one's own types are checked where it is defined). */
// oxlint-disable-next-line typescript/no-explicit-any -- the registry is heterogeneous; the state type is rebuilt from it (registry.ts)
export type AnySubsystem = Subsystem<string, any, any, CommandTable<any>>;
