/**
 * The whole picture in one URL parameter (`state`): scenario (as a preset id and seed
 * when it is unedited, else the full scenario), every accepted command with its tick,
 * the tick, lens, selection, speed, theme, language and whether it plays. It is JSON,
 * deflated with fflate and written as base64url, so a typical link stays a few hundred
 * characters. Decoding never throws and trusts nothing: size limits before and after
 * inflating (a small link cannot inflate into a huge one), a strict schema, and the
 * scenario through parseScenario; any failure is a translated message and changes
 * nothing.
 */
import { commandSchema, describeIssue, isPresetId, parseScenario, presets, type Message, type Scenario, type ScenarioError, z } from '../engine';
import type { LoggedCommand, Speed } from '../protocol/messages';
import type { Lang, Selection, ThemeName } from '../store';
import { MAX_TICK } from './limits';
import { packJson, unpackJson } from './pack';

export const STATE_VERSION = 1;
/** Longest `state` value accepted from a URL (compressed, base64url). */
export const MAX_STATE_CHARS = 200_000;
/** Largest JSON accepted after inflating: the same 1 MiB as a scenario file. */
export const MAX_STATE_JSON = 1024 * 1024;
/** Longer links are offered as a file instead (many chat tools and QR readers give up). */
export const MAX_LINK_CHARS = 8000;

export interface SharedState {
  preset: string;
  /** The full scenario when it is not an unedited preset. */
  scenario?: Scenario;
  seed: number;
  log: LoggedCommand[];
  tick: number;
  lens: string;
  selection: Selection;
  speed: Speed;
  theme: ThemeName;
  lang: Lang;
  playing: boolean;
  /** The tour step on screen, so students who open the link follow the same tour. */
  tour?: { id: string; step: number };
}

/** Selections a link carries: a thing by its index. (A Gantt slice is a moment, not a thing: it is left out.) */
const SHAREABLE_KINDS = ['host', 'hypervisor', 'pcpu', 'vm', 'container', 'vcpu', 'volume', 'array'] as const;
const selectionSchema = z.strictObject({ kind: z.enum(SHAREABLE_KINDS), index: z.int().min(0).max(100_000) }).nullable();

function shareableSelection(sel: Selection): Selection {
  if (sel === null || !(SHAREABLE_KINDS as readonly string[]).includes(sel.kind)) return null;
  return { kind: sel.kind, index: sel.index } as Selection;
}

export const sharedSchema = z.strictObject({
  v: z.literal(STATE_VERSION),
  kind: z.literal('virtlab-state').optional(),
  preset: z.string().max(64),
  scenario: z.unknown().optional(),
  seed: z.int().min(0).max(4_294_967_295),
  log: z.array(z.strictObject({ tick: z.int().min(0).max(MAX_TICK), command: commandSchema })).max(10_000),
  tick: z.int().min(0).max(MAX_TICK),
  lens: z.string().max(64),
  selection: selectionSchema,
  speed: z.union([z.literal('max'), z.number().min(0.25).max(1000)]),
  theme: z.enum(['default', 'projector', 'contrast']),
  lang: z.enum(['ko', 'en']),
  playing: z.boolean(),
  tour: z.strictObject({ id: z.string().max(64), step: z.int().min(0).max(1000) }).optional(),
});

/** On failure: a message, and for a bad scenario the first field error (its reason is a key to translate). */
export type DecodeResult = { ok: true; state: SharedState } | { ok: false; error: Message; detail?: ScenarioError };

/** The state as plain JSON-able data, with the scenario left out when a preset + seed says it all. */
export function toWire(s: SharedState): Record<string, unknown> {
  const base = isPresetId(s.preset) ? presets[s.preset] : undefined;
  const same = base !== undefined && s.scenario !== undefined && JSON.stringify({ ...s.scenario, seed: base.seed }) === JSON.stringify(base);
  const { scenario, ...all } = s;
  const rest = { ...all, selection: shareableSelection(all.selection) };
  return same || scenario === undefined ? { v: STATE_VERSION, ...rest } : { v: STATE_VERSION, ...rest, scenario };
}

export function encodeState(s: SharedState): string {
  return packJson(toWire(s));
}

const fail = (key: string, params: Record<string, string | number> = {}): DecodeResult => ({ ok: false, error: { key, params } });

/** Check already-parsed JSON (from a link or a state file). */
export function decodeStateJson(json: unknown): DecodeResult {
  const r = sharedSchema.safeParse(json);
  if (!r.success) {
    // The reason is a catalogue key with its own parameters, never the validator's English.
    const issue = r.error.issues[0];
    const why = issue === undefined ? { key: 'error.schema.other', params: {} } : describeIssue(issue);
    return fail('lecture.state.field', { ...why.params, field: issue?.path.join('.') || '-', reason: why.key });
  }
  const { v: _v, kind: _k, scenario: raw, tour, ...rest } = r.data;
  let scenario: Scenario;
  if (raw !== undefined) {
    const p = parseScenario(raw);
    if (!p.ok) {
      const e = p.errors[0];
      const error: Message = { key: 'lecture.state.scenario', params: { ...e?.params, field: e?.path || '-', reason: e?.key ?? 'error.schema.other' } };
      return e === undefined ? { ok: false, error } : { ok: false, error, detail: e };
    }
    scenario = p.scenario;
  } else if (isPresetId(rest.preset)) {
    scenario = { ...presets[rest.preset], seed: rest.seed };
  } else {
    return fail('lecture.state.preset', { preset: rest.preset.slice(0, 40) });
  }
  const state: SharedState = { ...rest, scenario, log: rest.log as LoggedCommand[], selection: rest.selection };
  if (tour !== undefined) state.tour = tour;
  return { ok: true, state };
}

/** Decode a `state` parameter. Never throws. */
export function decodeState(param: string): DecodeResult {
  const r = unpackJson(param, MAX_STATE_CHARS, MAX_STATE_JSON);
  if (!r.ok) return fail(r.why === 'tooLong' ? 'lecture.state.tooLong' : 'lecture.state.corrupt');
  return decodeStateJson(r.json);
}
