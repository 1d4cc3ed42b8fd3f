/**
 * The one protocol between the main thread and the simulation worker. Nothing else
 * crosses threads. Both sides switch on `type` and end in `assertNever`, so adding a
 * message without handling it fails to compile.
 */
import type { CommandInput, Message, Scenario, SimState } from '../engine';
import type { WireSnapshot } from './wire';

export type { WireSnapshot } from './wire';

export const PROTOCOL_VERSION = 3;

/** A multiplier of real time (1 = 1000 ticks per second) or as fast as it goes. */
export type Speed = number | 'max';
export const SPEEDS: readonly Speed[] = [0.25, 0.5, 1, 2, 4, 10, 100, 'max'];

/** A command the worker accepted, at the tick it took effect. */
export interface LoggedCommand {
  tick: number;
  command: CommandInput;
}

/**
 * A full engine state the main thread keeps, so a restarted worker resumes from it
 * instead of replaying from tick 0. `logPos` counts the log entries already applied.
 */
export interface Checkpoint {
  tick: number;
  logPos: number;
  state: SimState;
}


export type ToWorker =
  | { type: 'hello'; v: number }
  /** Carries (in its transfer list) the port checkpoints go back on (checkpointPort.ts); the worker's host takes it. */
  | { type: 'checkpointPort' }
  | { type: 'load'; scenario: Scenario; tick: number; playing: boolean }
  | { type: 'restore'; scenario: Scenario; log: LoggedCommand[]; tick: number; playing: boolean; speed: Speed; from: Checkpoint | null }
  | { type: 'play' }
  | { type: 'pause' }
  /** While playing, pause exactly when this tick is reached (null: no stop); cleared by a load. */
  | { type: 'stopAt'; tick: number | null }
  | { type: 'step'; ticks: number }
  | { type: 'seek'; tick: number }
  | { type: 'speed'; speed: Speed }
  | { type: 'reset' }
  | { type: 'command'; id: number; command: CommandInput }
  | { type: 'ack' }
  | { type: 'ping'; id: number }
  | { type: 'debug'; on: boolean }
  /**
   * A marker after each request: the next snapshot carries the newest mark the worker has
   * handled, so the main thread knows when everything it asked for is in the picture.
   */
  | { type: 'mark'; id: number }
  /** Fault injection for recovery tests; honoured only while debug is on. */
  | { type: 'fault'; kind: 'throw' | 'hang' | 'corrupt' };

export type FromWorker =
  | { type: 'ready'; v: number }
  /**
   * `settled`: no seek or replay is under way; `mark`: the newest mark handled before it;
   * `digest`: the engine's digest of this snapshot, or null when not worked out for it
   * (while playing, at most a few times a second; always when settled).
   */
  | { type: 'snapshot'; snapshot: WireSnapshot; playing: boolean; maxTick: number; speed: Speed; mark: number; settled: boolean; digest: string | null }
  /** The current state, now and then (a few seconds apart), for a restart to resume from. */
  | { type: 'checkpoint'; checkpoint: Checkpoint; mark: number }
  | { type: 'commandResult'; id: number; ok: true; tick: number; logPos: number; command: CommandInput }
  | { type: 'commandResult'; id: number; ok: false; reason: Message }
  | { type: 'pong'; id: number }
  | { type: 'invariant'; tick: number; violations: string[] }
  | { type: 'error'; message: string };

export function assertNever(x: never): never {
  throw new Error(`unhandled message ${JSON.stringify(x)}`);
}
