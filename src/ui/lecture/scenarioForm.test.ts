/** Form edits change exactly one cell, keep names in step with ids, and stay parseable. */
import { describe, expect, it } from 'vitest';
import { presets } from '../../engine';
import { readScenarioText, scenarioToText } from '../../embed/scenarioFile';
import { FIELDS, TABLES, cell, ids, parseInput, removeRow, setCell } from './scenarioForm';

const base = JSON.parse(scenarioToText(presets.basic)) as Record<string, unknown>;
const valid = (s: Record<string, unknown>): boolean => {
  const text = JSON.stringify(s);
  return readScenarioText(text, text.length).ok;
};

describe('scenario form', () => {
  it('edits nested and plain cells without touching the original', () => {
    const a = setCell(base, 'hosts', 0, ['hypervisor', 'type'], 'type2');
    expect(cell((a['hosts'] as unknown[])[0], ['hypervisor', 'type'])).toBe('type2');
    expect(cell((base['hosts'] as unknown[])[0], ['hypervisor', 'type'])).toBe('type1');
    const b = setCell(a, 'vms', 1, ['vcpus'], parseInput({ kind: 'int', min: 1, max: 32 }, '4'));
    expect(cell((b['vms'] as unknown[])[1], ['vcpus'])).toBe(4);
    expect(valid(b)).toBe(true);
  });

  it('renames follow ids, and removing a row removes only it', () => {
    const a = setCell(base, 'vms', 0, ['id'], 'frontend');
    expect(ids(a, 'vms')).toEqual(['frontend', 'db-1', 'batch-1']);
    expect(cell((a['vms'] as unknown[])[0], ['name'])).toBe('frontend');
    expect(ids(removeRow(a, 'vms', 1), 'vms')).toEqual(['frontend', 'batch-1']);
  });

  it('every table the editor offers has fields, and an empty optional reference is removed', () => {
    for (const t of TABLES) expect(FIELDS[t].length).toBeGreaterThan(0);
    expect(parseInput({ kind: 'ref', table: 'hosts', optional: true }, '')).toBeUndefined();
    const moved = setCell(setCell(base, 'containers', 0, ['host'], undefined), 'containers', 0, ['vm'], 'web-1');
    expect(valid(moved)).toBe(true);
  });

  it('an out-of-range value is kept so that Apply can name it', () => {
    const bad = setCell(base, 'vms', 0, ['vcpus'], 99);
    const r = readScenarioText(JSON.stringify(bad), 10);
    expect(r.ok ? null : r.errors[0]?.path).toBe('vms.0.vcpus');
  });
});
