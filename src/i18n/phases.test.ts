/**
 * Words load in two steps (index.ts): boot waits for the core and shell catalogues and the
 * first lens's own; a lens waits for its `words` before it renders. So every key the shell
 * can show must be in the boot words, and every key a lens's code names must be in the boot
 * words or its own catalogues, else a key would show raw until the rest arrives.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { en } from './en';
import { LENS_CATALOGUES, loadLensCatalogues } from './index';
import { filesUnder, importGraph, keysUsed, lensFiles, shellFiles, SRC } from '../../tests/words';
import { LENS_DEFS } from '../views/registry';

let files: Record<string, Readonly<Record<string, string>>>;
let all: string[];
beforeAll(async () => {
  files = (await loadLensCatalogues()).en;
  all = [...Object.keys(en), ...Object.values(files).flatMap((c) => Object.keys(c))];
});

const bootWords = (): Set<string> => new Set([...Object.keys(en), ...Object.entries(files).flatMap(([path, c]) => (path.startsWith('./shell/') ? Object.keys(c) : []))]);
const lensWords = (name: string): string[] => Object.keys(files[`./lenses/${name}.en.ts`] ?? {});

describe('words at boot', () => {
  it('hold every key the shell and the engine can show on any screen', () => {
    const boot = bootWords();
    const missing = [...keysUsed(shellFiles(), all)].filter(([k]) => !boot.has(k)).map(([k, f]) => `${f}: ${k}`);
    expect(missing).toEqual([]);
  });

  it('with a lens’s own catalogues, hold every key its code names', () => {
    const boot = bootWords();
    for (const d of LENS_DEFS) {
      expect(d.words.filter((n) => !LENS_CATALOGUES.includes(n)), d.id).toEqual([]);
      const own = new Set(d.words.flatMap(lensWords));
      const missing = [...keysUsed(lensFiles(d.id), all)].filter(([k]) => !boot.has(k) && !own.has(k)).map(([k, f]) => `${f}: ${k}`);
      expect(missing, d.id).toEqual([]);
    }
  });

  it('with the catalogues a lazy part names (afterWords), hold every key that part names', () => {
    const boot = bootWords();
    const parts = filesUnder(SRC).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/afterWords\(\(\) => import\('(\.[^']+)'\)[^\n]*?, (\[[^\]\n]*\])\)/g)].map((m) => ({ file, spec: m[1] ?? '', names: [...(m[2] ?? '').matchAll(/'([\w-]+)'/g)].map((n) => n[1] ?? '') })),
    );
    expect(parts.length).toBeGreaterThan(0);
    for (const { file, spec, names } of parts) {
      const root = [`${spec}.tsx`, `${spec}.ts`].map((s) => join(file, '..', s)).find((p) => filesUnder(join(p, '..')).includes(p)) ?? '';
      const shellOnly = (f: string): boolean => f.includes('/src/i18n/') || /\/src\/(store|engine|protocol|worker|client)\//.test(f) || f.endsWith('/src/boot.ts');
      const own = new Set(names.flatMap(lensWords));
      const missing = [...keysUsed(importGraph([root], shellOnly, true), all)].filter(([k]) => !boot.has(k) && !own.has(k)).map(([k, f]) => `${f}: ${k}`);
      expect(missing, spec).toEqual([]);
    }
  });

  it('leave most lens words for later', () => {
    const later = LENS_CATALOGUES.flatMap(lensWords).length;
    expect(later).toBeGreaterThan(bootWords().size);
  });
});

describe('loading in steps', () => {
  it('loads the shell and the named catalogues, and the rest of the language only when asked', async () => {
    vi.resetModules();
    const i18n = await import('./index');
    expect(i18n.catalogues.en).toEqual({});
    await i18n.loadWords('en', ['cpu']);
    expect(i18n.wordsHere('en', ['cpu'])).toBe(true);
    expect(i18n.wordsHere('en', ['memory'])).toBe(false);
    expect(i18n.wordsHere('ko', [])).toBe(false);
    const shell = Object.keys(files['./shell/memory.en.ts'] ?? {});
    const memory = lensWords('memory');
    expect(shell.length * memory.length).toBeGreaterThan(0);
    for (const k of [...shell, ...lensWords('cpu')]) expect(i18n.catalogues.en[k], k).toBeDefined();
    for (const k of memory) expect(i18n.catalogues.en[k], k).toBeUndefined();
    const part = await i18n.afterWords(() => Promise.resolve('part'), ['memory'])();
    expect(part).toBe('part');
    for (const k of memory) expect(i18n.catalogues.en[k], k).toBeDefined();
    await i18n.loadLanguage('en');
    expect(Object.keys(i18n.catalogues.en)).toHaveLength(all.length);
  });
});
