/**
 * applyCommand: a validated change to the running world, or a refusal with a reason
 * the UI can translate. Dispatch is a typed table: each command type has exactly one
 * handler, from the kernel's table or one subsystem's (checked when the engine is
 * made). A refused command leaves the state exactly as it was; every check happens
 * before the first mutation. After an accepted one, every subsystem settles (idle pCPUs
 * take the work a command freed or added).
 */
import type { Command, CommandType, commandSchema } from './commands';
import { kernelCommands } from './kernel/commands';
import { reject, type AnySubsystem, type Ctx, type Outcome } from './kernel/contract';
import { pushEvent } from './kernel/events';
import type { Message } from './kernel/types';
import type { World } from './kernel/world';
import { cloneState, type AnyState } from './state';

export type ApplyResult<St = AnyState> = { ok: true; state: St } | { ok: false; reason: Message; state: St };

type Handler = (st: AnyState, cmd: Command, ctx: Ctx) => Outcome;
export type DispatchTable = Readonly<Record<CommandType, Handler>>;

/** The command language the engine accepts: commands.ts's schema (a test may pass a wider one, for a toy command). */
export type CommandLanguage = typeof commandSchema;

/** Every command type's one handler; throws (at engine creation) on a missing or a doubled one. */
export function dispatchTable(subs: readonly AnySubsystem[], language: CommandLanguage): DispatchTable {
  const table: Partial<Record<string, Handler>> = {};
  const owner: Record<string, string> = {};
  for (const [who, commands] of [['kernel', kernelCommands], ...subs.map((s) => [s.id, s.commands] as const)] as const) {
    for (const [type, handler] of Object.entries(commands)) {
      if (table[type] !== undefined) throw new Error(`command ${type} has two handlers (${owner[type]} and ${who})`);
      table[type] = handler as Handler;
      owner[type] = who;
    }
  }
  const missing = language.options.map((o) => o.shape.type.value).filter((t) => table[t] === undefined);
  if (missing.length > 0) throw new Error(`no handler for command ${missing.join(', ')}`);
  return table as DispatchTable;
}

/**
 * Validate untrusted input. safeParse reports shape errors but lets an exception from
 * reading the input (a getter or proxy that throws) escape; that is a bad command too.
 */
function parseCommand(language: CommandLanguage, input: unknown): { ok: true; cmd: Command } | { ok: false; reason: Message } {
  try {
    const parsed = language.safeParse(input);
    if (parsed.success) return { ok: true, cmd: parsed.data };
    const field = parsed.error.issues[0]?.path.map(String).join('.') ?? '';
    return { ok: false, reason: { key: 'reason.badCommand', params: { field } } };
  } catch {
    return { ok: false, reason: { key: 'reason.badCommand', params: { field: '' } } };
  }
}

export interface Dispatcher {
  /** Validate and apply. Pure: the given state is never modified. */
  applyCommand<St extends World>(state: St, input: unknown): ApplyResult<St>;
  /** For scripted events inside a tick: apply to a state step already owns, or log why not. */
  applyInPlace(st: World, input: unknown): void;
}

export function makeDispatcher(language: CommandLanguage, table: DispatchTable, ctx: Ctx, settle: (st: AnyState) => void): Dispatcher {
  const apply = (st: AnyState, cmd: Command): Outcome => {
    const r = table[cmd.type](st, cmd, ctx);
    if (r.ok) settle(st);
    return r;
  };
  return {
    applyCommand<St extends World>(state: St, input: unknown): ApplyResult<St> {
      const parsed = parseCommand(language, input);
      if (!parsed.ok) return { ok: false, state, reason: parsed.reason };
      const clone = cloneState(state);
      const r = apply(clone as unknown as AnyState, parsed.cmd);
      return r.ok ? { ok: true, state: clone } : { ok: false, reason: r.reason, state };
    },
    applyInPlace(st: World, input: unknown): void {
      const parsed = parseCommand(language, input);
      const r = parsed.ok ? apply(st as AnyState, parsed.cmd) : reject('reason.badCommand', { field: '' });
      if (!r.ok) pushEvent(st.events, st.tick, 'info', 'event.commandRejected', { reason: r.reason.key });
    },
  };
}
