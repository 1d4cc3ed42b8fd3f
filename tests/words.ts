/**
 * Which catalogue keys a set of source files can show, read from the source (for the
 * i18n unit tests): the files a module imports statically (and through an eager
 * `import.meta.glob`), and in them every string that is a catalogue key and every
 * template literal that builds one (`lens.${id}` stands for every `lens.*` key).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export const SRC = resolve(import.meta.dirname, '../src');

function resolveImport(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  for (const p of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(p) && statSync(p).isFile() && /\.tsx?$/.test(p)) return p;
  }
  return null;
}

/** Files matching a glob of the one form the source uses: `./dir/*.ts`, or a folder wildcard then a file name. */
function expandGlob(from: string, pattern: string): string[] {
  const [head = '', tail = ''] = resolve(dirname(from), pattern).split('*');
  const dir = head.endsWith('/') ? head : dirname(head);
  const prefix = head.endsWith('/') ? '' : head.slice(dir.length + 1);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.startsWith(prefix))
    .map((f) => join(dir, f) + tail)
    .filter((p) => existsSync(p) && statSync(p).isFile() && /\.tsx?$/.test(p) && !p.includes('.test.'));
}

/** The modules `file` imports statically (type-only imports too: harmless, they hold no keys), and with `dynamic` the ones it asks for with `import()`. */
function imports(file: string, dynamic: boolean): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"`;]*?from\s*'(\.[^']+)'|(?:^|\n)\s*import\s*'(\.[^']+)'/g)) {
    const p = resolveImport(file, m[1] ?? m[2] ?? '');
    if (p !== null) out.push(p);
  }
  for (const m of text.matchAll(/import\.meta\.glob(?:<[^>]*>)?\(\s*'([^']+)'\s*,\s*\{[^}]*eager:\s*true/g)) out.push(...expandGlob(file, m[1] ?? ''));
  if (dynamic) {
    // A part loaded with `afterWords` waits for its own words (all of them unless it names some).
    const open = text.split('\n').filter((line) => !line.includes('afterWords(')).join('\n');
    for (const m of open.matchAll(/\bimport\(\s*'(\.[^']+)'\s*\)/g)) {
      const p = resolveImport(file, m[1] ?? '');
      if (p !== null) out.push(p);
    }
  }
  return out;
}

/** Every file reached from `roots` by static imports (and `import()` too with `dynamic`), not entering a file `skip` refuses. */
export function importGraph(roots: readonly string[], skip: (file: string) => boolean, dynamic = false): string[] {
  const seen = new Set<string>();
  const todo = [...roots];
  while (todo.length > 0) {
    const f = todo.pop() ?? '';
    if (seen.has(f) || skip(f)) continue;
    seen.add(f);
    todo.push(...imports(f, dynamic));
  }
  return [...seen].toSorted();
}

/** Every .ts/.tsx file under `dir` (not tests). */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return filesUnder(p);
    return /\.tsx?$/.test(f) && !f.includes('.test.') ? [p] : [];
  });
}

/** Catalogue keys the source of `files` names or builds, out of `keys` (every key there is). */
export function keysUsed(files: readonly string[], keys: readonly string[]): Map<string, string> {
  const known = new Set(keys);
  const used = new Map<string, string>();
  const note = (k: string, f: string): void => {
    if (!used.has(k)) used.set(k, relative(SRC, f));
  };
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    for (const m of text.matchAll(/'([a-zA-Z][\w.-]*)'|"([a-zA-Z][\w.-]*)"|`([a-zA-Z][\w.-]*)`/g)) {
      const k = m[1] ?? m[2] ?? m[3] ?? '';
      if (known.has(k)) note(k, f);
    }
    // A key built from a template: a literal head with a dot (`cpu.policy.${p}`, `preset.${id}.title`).
    for (const m of text.matchAll(/`([a-zA-Z][\w-]*\.[\w.-]*)\$\{[^}`]*\}([\w.-]*(?:\$\{[^}`]*\}[\w.-]*)*)`/g)) {
      const rest = (m[2] ?? '').replace(/\$\{[^}`]*\}/g, '\u0000');
      const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
      const re = new RegExp(`^${esc(m[1] ?? '')}[\\w-]+${rest.split('\u0000').map(esc).join('[\\w-]+')}$`);
      for (const k of keys) if (re.test(k)) note(k, f);
    }
  }
  return used;
}

const inI18n = (f: string): boolean => f.startsWith(join(SRC, 'i18n') + '/');
/** Lens folders (views/<id>/): their words are the lens's own, loaded before it renders. */
const inLens = (f: string): boolean => /\/src\/views\/(?!shared\/)[^/]+\//.test(f) && !f.endsWith('/lens.ts');
/** Tour and lesson texts: shown only by the tour panel, the lessons dialog and the report, which wait for every word. */
const tourTexts = (f: string): boolean => f.startsWith(join(SRC, 'tours') + '/') || f === join(SRC, 'lessons/catalogue.ts');

/**
 * The shell: what start.tsx and boot.ts import, outside the lens folders (boot's own
 * `import()`s too: the URL parameters' validator, a shared state, a lesson link, the host
 * API, reporting, the service worker, whose notices can come before every word is here),
 * and the engine, whose events and rejection reasons any screen's feed and notices show.
 */
export function shellFiles(): string[] {
  const boot = join(SRC, 'boot.ts');
  const app = importGraph([join(SRC, 'start.tsx'), boot, ...imports(boot, true)], (f) => inI18n(f) || inLens(f) || tourTexts(f));
  const engine = ['engine', 'protocol', 'worker', 'client'].flatMap((d) => filesUnder(join(SRC, d)));
  return [...new Set([...app, ...engine])].toSorted();
}

/** A lens's own code: its folder and whatever it imports, lazily too (not the shell's boot, store, engine or tours). */
export function lensFiles(id: string): string[] {
  const shellOnly = (f: string): boolean => inI18n(f) || tourTexts(f) || f === join(SRC, 'boot.ts') || /\/src\/(store|engine|protocol|worker|client)\//.test(f);
  return importGraph([join(SRC, 'views', id, 'lens.ts')], shellOnly, true);
}

/** Every catalogue key there is (core, shell and lens catalogues), from the English files. */
export async function allKeys(): Promise<Set<string>> {
  const I = join(SRC, 'i18n');
  const keys = new Set(Object.keys(((await import(join(I, 'en.ts'))) as { en: object }).en));
  for (const dir of ['shell', 'lenses']) {
    if (!existsSync(join(I, dir))) continue;
    for (const f of readdirSync(join(I, dir)).filter((n) => n.endsWith('.en.ts'))) {
      for (const k of Object.keys(((await import(join(I, dir, f))) as { default: object }).default)) keys.add(k);
    }
  }
  return keys;
}
