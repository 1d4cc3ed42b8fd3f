/**
 * The postMessage API's message shapes and their validation, kept pure so every rule
 * is unit-tested. Host -> VirtLab: `{ virtlab: 1, kind: 'command', name, args, id? }`;
 * VirtLab -> host: `{ virtlab: 1, kind: 'event', name, data, id? }`. A message that is
 * not ours (no `virtlab` field) is ignored; one of ours with a wrong version, name or
 * arguments is refused with a reason the host can show.
 */
import { z } from '../engine';
import type { Message } from '../engine';
import { MAX_TICK } from './limits';

export const API_VERSION = 1;
export const COMMAND_NAMES = ['play', 'pause', 'step', 'seek', 'setLens', 'setSpeed', 'loadScenario', 'startTour', 'getState'] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];
export const EVENT_NAMES = ['ready', 'state', 'tourStep', 'error', 'xapi', 'height'] as const;
export type EventName = (typeof EVENT_NAMES)[number];

const none = z.strictObject({}).optional();
const argSchemas = {
  play: none,
  pause: none,
  getState: none,
  step: z.strictObject({ ticks: z.int().min(-1_000_000).max(1_000_000) }),
  seek: z.strictObject({ tick: z.int().min(0).max(MAX_TICK) }),
  setLens: z.strictObject({ lens: z.string().max(64) }),
  setSpeed: z.strictObject({ speed: z.union([z.literal('max'), z.number().min(0.25).max(1000)]) }),
  loadScenario: z.strictObject({ scenario: z.unknown() }),
  startTour: z.strictObject({ tour: z.string().max(64), step: z.int().min(1).max(1000).default(1) }),
} satisfies Record<CommandName, z.ZodType>;

export type HostCommand =
  | { name: 'play' | 'pause' | 'getState' }
  | { name: 'step'; ticks: number }
  | { name: 'seek'; tick: number }
  | { name: 'setLens'; lens: string }
  | { name: 'setSpeed'; speed: number | 'max' }
  | { name: 'loadScenario'; scenario: unknown }
  | { name: 'startTour'; tour: string; step: number };

export type Parsed =
  | { kind: 'notOurs' }
  | { kind: 'bad'; reason: Message; id?: string | number; name?: string }
  | { kind: 'ok'; command: HostCommand; id?: string | number };

const envelope = z.strictObject({
  virtlab: z.unknown(),
  kind: z.literal('command'),
  name: z.string().max(64),
  args: z.unknown().optional(),
  id: z.union([z.string().max(64), z.number()]).optional(),
});

function withId<T extends object>(x: T, id: string | number | undefined): T & { id?: string | number } {
  return id === undefined ? x : { ...x, id };
}

/** Validate one message's data (structured-cloned by the browser, so plain data). */
export function parseHostMessage(data: unknown): Parsed {
  if (typeof data !== 'object' || data === null || !Object.hasOwn(data, 'virtlab')) return { kind: 'notOurs' };
  const env = envelope.safeParse(data);
  if (!env.success) return { kind: 'bad', reason: { key: 'lecture.api.envelope', params: { field: env.error.issues[0]?.path.join('.') ?? '' } } };
  const { virtlab, name, args, id } = env.data;
  if (virtlab !== API_VERSION) return withId({ kind: 'bad' as const, reason: { key: 'lecture.api.version', params: { found: String(virtlab).slice(0, 20), expected: API_VERSION } } }, id);
  if (!(COMMAND_NAMES as readonly string[]).includes(name)) {
    return withId({ kind: 'bad' as const, name, reason: { key: 'lecture.api.unknownName', params: { name, names: COMMAND_NAMES.join(', ') } } }, id);
  }
  const cname = name as CommandName;
  const a = argSchemas[cname].safeParse(args);
  if (!a.success) {
    const issue = a.error.issues[0];
    return withId({ kind: 'bad' as const, name, reason: { key: 'lecture.api.args', params: { name, field: issue?.path.join('.') || 'args', reason: issue?.message.slice(0, 120) ?? '' } } }, id);
  }
  return withId({ kind: 'ok' as const, command: { name: cname, ...a.data } as HostCommand }, id);
}

/** Parse the `origins` URL parameter: comma-separated http(s) origins; null when any is malformed. */
export function parseOrigins(raw: string): string[] | null {
  const list = raw.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (list.length === 0) return null;
  for (const o of list) {
    try {
      const u = new URL(o);
      if ((u.protocol !== 'http:' && u.protocol !== 'https:') || u.origin !== o.replace(/\/$/, '')) return null;
    } catch {
      return null;
    }
  }
  return list.map((o) => o.replace(/\/$/, ''));
}

/** Whether a message from `origin` may drive VirtLab. */
export function originAllowed(origin: string, allowed: readonly string[] | null): boolean {
  return allowed === null || allowed.includes(origin);
}
