/**
 * parseScenario: unknown input -> a valid Scenario, or a list of errors that say which
 * field is wrong and why, each with an i18n key so the UI can say it in Korean or
 * English. It never throws, whatever it is given (getters that throw, cycles, huge
 * nesting): anything unexpected becomes an error too.
 */
import type { z } from '../zod';
import { checkReferences, scenarioSchema, type Scenario } from './schema';

export interface ScenarioError {
  /** Dotted path to the field, e.g. "vms.2.vcpus"; "" for the whole input. */
  path: string;
  /** English text, for logs and tests. */
  message: string;
  /** i18n key and parameters for the UI. */
  key: string;
  params: Record<string, string | number>;
}

export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; errors: ScenarioError[] };

const MAX_ERRORS = 20;

function joinPath(path: readonly PropertyKey[]): string {
  return path.map((p) => String(p)).join('.');
}

/** A validator issue as a catalogue key and parameters (shared by every reader of untrusted JSON). */
export function describeIssue(issue: z.core.$ZodIssue): Pick<ScenarioError, 'key' | 'params'> {
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
    case 'invalid_union':
      return { key: 'error.schema.union', params: {} };
    default:
      return { key: 'error.schema.other', params: {} };
  }
}

export function parseScenario(input: unknown): ParseResult {
  try {
    const parsed = scenarioSchema.safeParse(input);
    if (!parsed.success) {
      const errors = parsed.error.issues.slice(0, MAX_ERRORS).map((issue) => ({
        path: joinPath(issue.path),
        message: issue.message,
        ...describeIssue(issue),
      }));
      return { ok: false, errors };
    }
    const refs = checkReferences(parsed.data);
    if (refs.length > 0) {
      return {
        ok: false,
        errors: refs.slice(0, MAX_ERRORS).map((r) => ({ path: joinPath(r.path), message: r.message, key: r.key, params: r.params })),
      };
    }
    return { ok: true, scenario: parsed.data };
  } catch (e) {
    const message = e instanceof Error ? e.message.slice(0, 200) : 'unreadable input';
    return { ok: false, errors: [{ path: '', message, key: 'error.schema.unreadable', params: {} }] };
  }
}
