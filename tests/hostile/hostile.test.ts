/**
 * Every hostile scenario in the corpus is rejected by parseScenario with at least one
 * error whose message key exists in both languages, without throwing and without
 * polluting any prototype.
 */
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/engine';
import { catalogues, t } from '../../src/i18n';
import { hostileCorpus, markupNames } from './corpus';

/** The same path the import dialog takes: text -> JSON -> parseScenario. */
function importText(text: string): { ok: boolean; keys: string[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, keys: ['error.schema.unreadable'] };
  }
  const r = parseScenario(data);
  return r.ok ? { ok: true, keys: [] } : { ok: false, keys: r.errors.map((e) => e.key) };
}

describe('hostile scenario corpus', () => {
  const corpus = hostileCorpus();

  it('has at least 200 entries', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(200);
  });

  it.each(corpus.map((c) => [c.name, c.text] as const))('rejects %s with a translated reason', (_name, text) => {
    const r = importText(text);
    expect(r.ok).toBe(false);
    expect(r.keys.length).toBeGreaterThan(0);
    for (const key of r.keys) {
      expect(catalogues.en[key], key).toBeDefined();
      expect(catalogues.ko[key], key).toBeDefined();
      expect(t('ko', key, { max: 1, min: 0, expected: 'number', fields: 'x', allowed: 'a', id: 'i', kind: 'vm', value: 1 })).not.toContain('{');
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('markup in user text', () => {
  it.each(markupNames().map((c) => [c.name, c.text] as const))('%s is accepted as plain data', (_name, text) => {
    expect(importText(text).ok).toBe(true);
  });
});
