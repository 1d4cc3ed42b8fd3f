/**
 * Reading a scenario file a person imports (or pastes into the editor): at most 1 MiB,
 * JSON, the right schemaVersion, then the engine's own parseScenario for every field.
 * Every failure is a list of field errors with i18n keys, so the UI says which field
 * is wrong and why in the person's language. A VirtLab state file (the file offered
 * when a share link would be too long) is accepted too. Pure and never throws.
 */
import { parseScenario, SCHEMA_VERSION, type Scenario, type ScenarioError } from '../engine';
import { decodeStateJson, type SharedState } from './shareState';

export { MAX_FILE_BYTES } from './limits';
import { MAX_FILE_BYTES } from './limits';
import { notJson } from './jsonError';

export type FileResult =
  | { ok: true; kind: 'scenario'; scenario: Scenario }
  | { ok: true; kind: 'state'; state: SharedState }
  | { ok: false; errors: ScenarioError[] };

const err = (path: string, key: string, params: Record<string, string | number>, message: string): FileResult => ({
  ok: false,
  errors: [{ path, key, params, message }],
});

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** `bytes` is the file's size (for pasted text, its UTF-8 length). */
export function readScenarioText(text: string, bytes: number): FileResult {
  if (bytes > MAX_FILE_BYTES) {
    return err('', 'lecture.import.tooBig', { size: Math.ceil(bytes / 1024), max: MAX_FILE_BYTES / 1024 }, 'file over 1 MiB');
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const why = notJson(text, e);
    return err('', why.key, why.params, 'not JSON');
  }
  if (!isRecord(json)) return err('', 'lecture.import.notObject', {}, 'not a JSON object');
  if (json['kind'] === 'virtlab-state') {
    const r = decodeStateJson(json);
    if (r.ok) return { ok: true, kind: 'state', state: r.state };
    return { ok: false, errors: [r.detail ?? { path: '', key: r.error.key, params: { ...r.error.params }, message: 'bad state file' }] };
  }
  const version = json['schemaVersion'];
  if (version !== SCHEMA_VERSION) {
    return err('schemaVersion', 'lecture.import.version', { found: JSON.stringify(version ?? null).slice(0, 20), expected: SCHEMA_VERSION }, 'wrong schemaVersion');
  }
  const p = parseScenario(json);
  return p.ok ? { ok: true, kind: 'scenario', scenario: p.scenario } : { ok: false, errors: p.errors };
}

/** A scenario as a file's text: stable, indented JSON. */
export function scenarioToText(s: Scenario): string {
  return `${JSON.stringify(s, null, 2)}\n`;
}
