/**
 * Reading a lesson file or link: at most 1 MiB, JSON, `kind: "virtlab-lesson"` and the
 * right version, then a strict zod schema (an unknown field is an error, never kept),
 * known lenses and presets, unique step ids, and every step's own scenario through the
 * engine's parseScenario. Every failure is a list of field errors with i18n keys, so the
 * UI says which field is wrong and why in the person's language. Pure; never throws.
 */
import { commandSchema, ENT, ioPaths, isPresetId, parseScenario, type ScenarioError, z } from '../engine';
import { notJson } from '../embed/jsonError';
import { MAX_FILE_BYTES, MAX_TICK } from '../embed/limits';
import { FOCUS_IDS, NOTES_SECTIONS } from '../tours/types';
import { isKnownLens } from '../views/lensIds';
import { INSTRS } from '../views/techniques/instrs';
import { SHIPPED_IDS } from './catalogue';
import type { Lesson, LessonStep, LessonText } from './types';

export const LESSON_KIND = 'virtlab-lesson';
export const LESSON_VERSION = 1;
export const MAX_STEPS = 100;
export const MAX_TEXT = 4000;
const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,47}$/;

const textSchema = z
  .strictObject({ ko: z.string().max(MAX_TEXT).optional(), en: z.string().max(MAX_TEXT).optional() })
  .refine((x) => (x.ko ?? '').trim() !== '' || (x.en ?? '').trim() !== '', { message: 'lesson.why.emptyText' });

const SELECTABLE = ['host', 'hypervisor', 'pcpu', 'vm', 'container', 'vcpu', 'volume', 'array'] as const;
const selectionSchema = z.strictObject({ kind: z.enum(SELECTABLE), index: z.int().min(0).max(100_000) }).nullable();
const waitForSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('state'), state: z.enum(Object.keys(ENT) as [string, ...string[]]), min: z.int().min(1).max(10_000) }),
  z.strictObject({ kind: z.literal('tick'), at: z.int().min(0).max(MAX_TICK) }),
  z.strictObject({ kind: z.literal('hvType'), type: z.enum(['type1', 'type2']) }),
  z.strictObject({ kind: z.literal('vmOff') }),
  z.strictObject({ kind: z.literal('ioPath'), path: z.enum(ioPaths), min: z.int().min(1).max(10_000) }),
  z.strictObject({ kind: z.literal('select'), sel: z.enum(SELECTABLE) }),
  z.strictObject({ kind: z.literal('pathEnd'), instr: z.enum(INSTRS) }),
]);

const stepSchema = z.strictObject({
  id: z.string().regex(ID),
  section: z.enum(NOTES_SECTIONS).optional(),
  lens: z.string().max(32).refine(isKnownLens, { message: 'lesson.why.lens' }),
  preset: z.string().max(64),
  scenario: z.unknown().optional(),
  tick: z.int().min(0).max(MAX_TICK).optional(),
  log: z.array(z.strictObject({ tick: z.int().min(0).max(1_000_000_000), command: commandSchema })).max(1000).optional(),
  select: selectionSchema.optional(),
  play: z.boolean().optional(),
  speed: z.union([z.literal('max'), z.number().min(0.25).max(1000)]).optional(),
  pauseWhenDone: z.boolean().optional(),
  waitFor: waitForSchema.optional(),
  focus: z.enum(FOCUS_IDS).optional(),
  title: textSchema,
  body: textSchema,
  task: textSchema.optional(),
});

export const lessonSchema = z.strictObject({
  kind: z.literal(LESSON_KIND),
  v: z.literal(LESSON_VERSION),
  id: z.string().regex(ID).refine((id) => !SHIPPED_IDS.has(id), { message: 'lesson.why.shippedId' }),
  title: textSchema,
  blurb: textSchema.optional(),
  steps: z.array(stepSchema).min(1).max(MAX_STEPS),
});

export type LessonError = Pick<ScenarioError, 'path' | 'key' | 'params'>;
export type LessonResult = { ok: true; lesson: Lesson } | { ok: false; errors: LessonError[] };

const MAX_ERRORS = 20;
const fail = (path: string, key: string, params: Record<string, string | number> = {}): LessonResult => ({ ok: false, errors: [{ path, key, params }] });

function describe(issue: z.core.$ZodIssue): Pick<LessonError, 'key' | 'params'> {
  switch (issue.code) {
    case 'invalid_type':
      return { key: 'error.schema.type', params: { expected: `schema.expected.${String(issue.expected)}` } };
    case 'too_big':
      return { key: 'error.schema.tooBig', params: { max: String(issue.maximum) } };
    case 'too_small':
      return { key: 'error.schema.tooSmall', params: { min: String(issue.minimum) } };
    case 'unrecognized_keys':
      return { key: 'error.schema.unknownField', params: { fields: issue.keys.slice(0, 5).join(', ') } };
    case 'invalid_value':
      return { key: 'error.schema.value', params: { allowed: issue.values.slice(0, 8).map(String).join(', ') } };
    case 'invalid_format':
      return { key: 'error.schema.format', params: {} };
    case 'invalid_union': {
      // A discriminated union names the values it knows (e.g. a task's kinds).
      const options = (issue as { options?: unknown[] }).options;
      if (Array.isArray(options)) return { key: 'error.schema.value', params: { allowed: options.slice(0, 8).map(String).join(', ') } };
      return { key: 'error.schema.union', params: {} };
    }
    case 'custom':
      return issue.message.startsWith('lesson.why.') ? { key: issue.message, params: {} } : { key: 'error.schema.other', params: {} };
    default:
      return { key: 'error.schema.other', params: {} };
  }
}

/** Copy only the fields that are set (the types use exactOptionalPropertyTypes). */
function defined<T extends object>(x: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(x).filter(([, v]) => v !== undefined)) as { [K in keyof T]: Exclude<T[K], undefined> };
}

type ParsedStep = z.output<typeof stepSchema>;

function toStep(s: ParsedStep, i: number, errors: LessonError[]): LessonStep {
  const { scenario: raw, title, body, task, ...rest } = s;
  const step: LessonStep = { ...defined(rest), title: defined(title) as LessonText, body: defined(body) as LessonText };
  if (task !== undefined) step.task = defined(task) as LessonText;
  if (raw !== undefined) {
    const p = parseScenario(raw);
    if (p.ok) step.scenario = p.scenario;
    else for (const e of p.errors.slice(0, 5)) errors.push({ path: `steps.${i}.scenario${e.path === '' ? '' : `.${e.path}`}`, key: e.key, params: e.params });
  } else if (!isPresetId(s.preset)) {
    errors.push({ path: `steps.${i}.preset`, key: 'lesson.why.preset', params: { preset: s.preset.slice(0, 40) } });
  }
  return step;
}

/** Check already-parsed JSON (from a file or a link). */
export function parseLesson(json: unknown): LessonResult {
  try {
    if (typeof json !== 'object' || json === null || Array.isArray(json)) return fail('', 'lesson.error.notObject');
    const rec = json as Record<string, unknown>;
    if (rec['kind'] !== LESSON_KIND) return fail('kind', 'lesson.error.notLesson', { found: JSON.stringify(rec['kind'] ?? null).slice(0, 30) });
    if (rec['v'] !== LESSON_VERSION) return fail('v', 'lesson.error.version', { found: JSON.stringify(rec['v'] ?? null).slice(0, 20), expected: LESSON_VERSION });
    const r = lessonSchema.safeParse(json);
    if (!r.success) return { ok: false, errors: r.error.issues.slice(0, MAX_ERRORS).map((issue) => ({ path: issue.path.map(String).join('.'), ...describe(issue) })) };
    const errors: LessonError[] = [];
    const seen = new Set<string>();
    r.data.steps.forEach((s, i) => {
      if (seen.has(s.id)) errors.push({ path: `steps.${i}.id`, key: 'lesson.why.duplicateStep', params: { id: s.id } });
      seen.add(s.id);
    });
    const steps = r.data.steps.map((s, i) => toStep(s, i, errors));
    if (errors.length > 0) return { ok: false, errors: errors.slice(0, MAX_ERRORS) };
    const lesson: Lesson = { id: r.data.id, title: defined(r.data.title) as LessonText, steps, origin: 'own' };
    if (r.data.blurb !== undefined) lesson.blurb = defined(r.data.blurb) as LessonText;
    return { ok: true, lesson };
  } catch {
    return fail('', 'error.schema.unreadable');
  }
}

/** Read a lesson file's text; `bytes` is its size (for pasted text, its UTF-8 length). */
export function readLessonText(text: string, bytes: number): LessonResult {
  if (bytes > MAX_FILE_BYTES) return fail('', 'lecture.import.tooBig', { size: Math.ceil(bytes / 1024), max: MAX_FILE_BYTES / 1024 });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const why = notJson(text, e);
    return fail('', why.key, why.params);
  }
  return parseLesson(json);
}
