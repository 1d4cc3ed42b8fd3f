/** Import errors name the field and the reason, and good files come back whole. */
import { describe, expect, it } from 'vitest';
import { presets } from '../engine';
import { MAX_FILE_BYTES, readScenarioText, scenarioToText } from './scenarioFile';
import { t } from '../i18n';
import { toWire, type SharedState } from './shareState';

const basic = presets.basic;
const read = (obj: unknown) => {
  const text = JSON.stringify(obj);
  return readScenarioText(text, text.length);
};
const firstError = (r: ReturnType<typeof read>) => (r.ok ? null : r.errors[0]);

describe('readScenarioText', () => {
  it('round-trips a preset through its file text', () => {
    const text = scenarioToText(basic);
    const r = readScenarioText(text, text.length);
    expect(r.ok && r.kind === 'scenario' && r.scenario).toEqual(basic);
  });

  it('rejects a file over 1 MiB before reading it', () => {
    expect(firstError(readScenarioText('{}', MAX_FILE_BYTES + 1))?.key).toBe('lecture.import.tooBig');
  });

  it('rejects text that is not JSON, saying where it goes wrong in both languages, never "?"', () => {
    const cut = firstError(readScenarioText('{"hosts": [', 11));
    expect(cut).toMatchObject({ key: 'lecture.import.notJsonAt', params: { line: 1, column: 12 } });
    const bad = firstError(readScenarioText('{\n  "a": 1,,\n}', 14));
    expect(bad).toMatchObject({ key: 'lecture.import.notJsonAt', params: { line: 2, column: 10 } });
    expect(t('en', bad?.key ?? '', bad?.params)).toBe('this is not valid JSON: it stops making sense at line 2, column 10');
    expect(t('ko', bad?.key ?? '', bad?.params)).toBe('올바른 JSON이 아닙니다. 2번째 줄 10번째 글자에서 어긋납니다');
    for (const text of ['hello world', '\u0089PNG\r\n']) {
      const e = firstError(readScenarioText(text, text.length));
      expect(e?.key).toBe('lecture.import.notJson');
      for (const lang of ['en', 'ko'] as const) expect(t(lang, e?.key ?? '', e?.params)).not.toMatch(/[?{}]|undefined/);
    }
  });

  it('rejects a wrong schemaVersion with the version found', () => {
    const e = firstError(read({ ...basic, schemaVersion: 7 }));
    expect(e).toMatchObject({ path: 'schemaVersion', key: 'lecture.import.version', params: { found: '7', expected: 1 } });
  });

  it('rejects an unknown field with its path', () => {
    const e = firstError(read({ ...basic, vms: [{ ...basic.vms[0], colour: 'red' }] }));
    expect(e).toMatchObject({ path: 'vms.0', key: 'error.schema.unknownField' });
    expect(t('en', e?.key ?? '', e?.params)).toContain('colour');
  });

  it('rejects an out-of-range number with the field and the limit', () => {
    const e = firstError(read({ ...basic, vms: [{ ...basic.vms[0], vcpus: 999 }] }));
    expect(e).toMatchObject({ path: 'vms.0.vcpus', key: 'error.schema.tooBig', params: { max: '32' } });
  });

  it('opens a state file (offered when a share link is too long) with its commands and tick', () => {
    const st: SharedState = { preset: 'custom', scenario: { ...basic, name: 'Big lab' }, seed: 42, log: [{ tick: 10, command: { type: 'stopVm', vm: 'db-1' } }], tick: 900, lens: 'overview', selection: null, speed: 1, theme: 'default', lang: 'ko', playing: false };
    const text = JSON.stringify({ ...toWire(st), kind: 'virtlab-state' });
    const r = readScenarioText(text, text.length);
    expect(r.ok && r.kind === 'state' && r.state).toEqual(st);
    const bad = JSON.stringify({ ...toWire(st), kind: 'virtlab-state', tick: -1 });
    expect(firstError(readScenarioText(bad, bad.length))?.key).toBe('lecture.state.field');
  });

  it('rejects a top-level array or string', () => {
    expect(firstError(read([1, 2]))?.key).toBe('lecture.import.notObject');
    expect(firstError(read('hello'))?.key).toBe('lecture.import.notObject');
  });
});
