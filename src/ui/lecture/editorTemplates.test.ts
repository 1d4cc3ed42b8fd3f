/** Every "Add" button produces a scenario that still parses. */
import { describe, expect, it } from 'vitest';
import { presets } from '../../engine';
import { readScenarioText, scenarioToText } from '../../embed/scenarioFile';
import { ADD_KINDS, addToScenarioText } from './editorTemplates';

describe('addToScenarioText', () => {
  for (const kind of ADD_KINDS) {
    it(`adds a valid ${kind} to the basic preset (twice, with distinct ids)`, () => {
      const once = addToScenarioText(scenarioToText(presets.basic), kind);
      const twice = once === null ? null : addToScenarioText(once, kind);
      expect(twice).not.toBeNull();
      const r = readScenarioText(twice ?? '', (twice ?? '').length);
      expect(r.ok ? 'ok' : r.errors).toBe('ok');
    });
  }

  it('returns null for text that is not a JSON object', () => {
    expect(addToScenarioText('{', 'vm')).toBeNull();
    expect(addToScenarioText('[]', 'vm')).toBeNull();
  });
});
