/**
 * The two catalogues must say the same things: same keys, same {placeholders}, and
 * every key the code asks for (literal or built from engine enums) must exist.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hypervisorTypes, PRESET_IDS, techniques, workloadKinds } from '../engine';
import { PUBLIC_PARAMS } from '../embed/urlParams';
import { LENS_IDS } from '../views/registry';
import { en } from './en';
import { beforeAll } from 'vitest';
import { catalogues, hasKey, loadLensCatalogues, t } from './index';

let lensCatalogues: Awaited<ReturnType<typeof loadLensCatalogues>>;
beforeAll(async () => {
  lensCatalogues = await loadLensCatalogues();
});
import { ko } from './ko';
import koLensNotes from '../notes/lenses.ko';
import koPresetNotes from '../notes/presets.ko';

// A name used only to agree a word with a number (`{n|host|hosts}`) still names the same value.
const placeholders = (s: string): string[] => [...new Set([...s.matchAll(/\{(\w+)(?::[^{}]+|(?:\|[^{}|]*)+)?\}/g)].map((m) => m[1] ?? ''))].toSorted();

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(f) && !f.includes('.test.') ? [p] : [];
  });
}

describe('catalogues', () => {
  it('have the same keys', () => {
    expect(Object.keys(ko).toSorted()).toEqual(Object.keys(en).toSorted());
    expect(Object.keys(catalogues.ko).toSorted()).toEqual(Object.keys(catalogues.en).toSorted());
  });

  it('come in ko/en pairs for every lens, with no key defined twice', () => {
    const enFiles = Object.keys(lensCatalogues.en).map((p) => p.replace('.en.ts', ''));
    const koFiles = Object.keys(lensCatalogues.ko).map((p) => p.replace('.ko.ts', ''));
    expect(koFiles.toSorted()).toEqual(enFiles.toSorted());
    const total = Object.keys(en).length + Object.values(lensCatalogues.en).reduce((n, c) => n + Object.keys(c).length, 0);
    expect(Object.keys(catalogues.en)).toHaveLength(total);
  });

  it('have the same placeholders for every key, and no empty text', () => {
    for (const key of Object.keys(catalogues.en)) {
      const k = catalogues.ko[key] ?? '';
      expect(placeholders(k), key).toEqual(placeholders(catalogues.en[key] ?? ''));
      expect(k.length, key).toBeGreaterThan(0);
    }
  });

  it('contain every literal key used in the source', () => {
    const root = join(import.meta.dirname, '..');
    const missing: string[] = [];
    for (const file of sources(root)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\('([a-zA-Z][\w.-]*)'/g)) if (!hasKey(m[1] ?? '')) missing.push(`${file}: ${m[1]}`);
      for (const m of text.matchAll(/'((?:event|reason|error|notice|why)\.[\w.]+)'/g)) if (!hasKey(m[1] ?? '')) missing.push(`${file}: ${m[1]}`);
    }
    expect(missing).toEqual([]);
  });

  it('contain every key built from an enum', () => {
    const built = [
      ...workloadKinds.map((k) => `workload.${k}`),
      ...techniques.map((k) => `technique.${k}`),
      ...hypervisorTypes.flatMap((k) => [`hvType.${k}`, `hvType.${k}.explain`]),
      ...PRESET_IDS.map((id) => `preset.${id}.title`),
      ...PUBLIC_PARAMS.map((p) => `param.hint.${p}`),
      ...LENS_IDS.map((id) => `lens.${id}`),
      ...['default', 'projector', 'contrast'].map((th) => `theme.${th}`),
      ...['starting', 'running', 'recovering', 'failed'].map((s) => `status.${s}`),
    ];
    expect(built.filter((k) => !hasKey(k))).toEqual([]);
  });

  it('name the Inspector panel in Korean as it is titled on screen', () => {
    // What a Korean sentence might call the panel instead of its title ("인스펙터", the English word in Hangul).
    const title = catalogues.ko['inspector.title'] ?? '';
    expect(title).not.toBe('');
    const others = ['인스펙터'].filter((name) => !title.includes(name));
    const korean = { ...catalogues.ko, ...koLensNotes, ...koPresetNotes };
    const wrong = Object.entries(korean).filter(([, text]) => others.some((name) => text.includes(name))).map(([key]) => key);
    expect(wrong, `these say ${others.join(', ')}; the panel is titled “${title}”`).toEqual([]);
  });
});

describe('t', () => {
  it('fills parameters and translates parameters that are keys', () => {
    expect(t('en', 'event.hypervisorType', { host: 'h1', value: 'hvType.type2' })).toBe('The hypervisor on h1 is now Type 2 (hosted).');
    expect(t('ko', 'event.hypervisorType', { host: 'h1', value: 'hvType.type2' })).toContain('Type 2 (호스트형)');
  });

  it('leaves unknown keys and missing parameters visible rather than failing', () => {
    expect(t('en', 'no.such.key')).toBe('no.such.key');
    expect(t('en', 'overview.socket', {})).toBe('Socket {n}');
  });
});
