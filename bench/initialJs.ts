/**
 * How much JavaScript a first visit downloads before its first working screen
 * (initialJsGzipKiB), read from the production build in dist/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { LENS_ID_LIST } from '../src/views/lensIds';
import { DIST_DIR, initialScripts } from '../tests/e2e/server';

/** Chunks a built chunk imports statically (`import ... from "./x.js"`, `import "./x.js"`), as file names. */
function staticImports(code: string): string[] {
  return [...code.matchAll(/\bimport\s*(?:[\w$*{}\s,]+from\s*)?["']\.\/([^"']+\.js)["']/g)].map((m) => m[1] ?? '');
}

/** Chunks a built chunk asks for with `import("./x.js")`. */
function dynamicImports(code: string): string[] {
  return [...code.matchAll(/\bimport\(\s*["'`]\.\/([^"'`]+\.js)["'`]\s*\)/g)].map((m) => m[1] ?? '');
}

/** The lens a first visit opens (the first tab) and the lens catalogues it declares (its `words`). */
function firstLensWords(): string[] {
  const id = LENS_ID_LIST[0];
  const def = readFileSync(join(import.meta.dirname, '../src/views', id, 'lens.ts'), 'utf8');
  const list = /\bwords:\s*\[([^\]]*)\]/.exec(def)?.[1];
  if (list === undefined) throw new Error(`initial JS: src/views/${id}/lens.ts declares no words`);
  return [...list.matchAll(/'([\w-]+)'/g)].map((m) => m[1] ?? '');
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

/**
 * Chunks the app loads at once, whatever the page shows: the boot code, the English words
 * any screen may show (the core and shell catalogues, one file; vite.config.ts), and the
 * catalogues of the lens it opens (lenses/<name>.en.ts, a file each), which boot waits for.
 * The other lens catalogues load after the first frame and are not counted.
 */
function atOnce(words: readonly string[]): RegExp {
  return new RegExp(`^(boot|lang-en|${words.map((w) => escape(`${w}.en`)).join('|')})-[\\w-]+\\.js$`);
}

/**
 * The JavaScript a first visit downloads before its first working screen, gzipped (default
 * zlib level, like most servers), in KiB: the files index.html names (script and
 * modulepreload), the chunks the entry script asks for as soon as it runs (the app, loaded
 * after the shell's first frame), the boot code and the words the app then waits for before
 * it renders (a language's core and shell catalogues and the first lens's own), and
 * everything those import statically. A lens other than the Overview is loaded on demand
 * and not counted, nor are the catalogues loaded after the first frame. Throws when one of
 * those chunks holds zod.
 */
export function initialJsGzipKiB(): number {
  const html = readFileSync(join(DIST_DIR, 'index.html'), 'utf8');
  const assets = join(DIST_DIR, 'assets');
  const read = (name: string): string => readFileSync(join(assets, name), 'utf8');
  const named = initialScripts(html).map((url) => new URL(url, 'http://x/').pathname.split('/').pop() ?? '');
  // The entry (index.html's script) asks for the app as soon as the shell has painted.
  const todo = [...named, ...dynamicImports(read(named[0] ?? ''))];
  const words = firstLensWords();
  const AT_ONCE = atOnce(words);
  const seen = new Set<string>();
  let bytes = 0;
  while (todo.length > 0) {
    const name = todo.pop() ?? '';
    if (name === '' || seen.has(name)) continue;
    seen.add(name);
    const code = read(name);
    bytes += gzipSync(code).length;
    todo.push(...staticImports(code), ...dynamicImports(code).filter((n) => AT_ONCE.test(n)));
  }
  // A plain first visit needs no validator: zod loads for links with parameters, imports,
  // lessons and host pages (src/boot.ts), never on the way to the first screen.
  const withZod = [...seen].filter((n) => read(n).includes('ZodError'));
  if (withZod.length > 0) throw new Error(`initial JS: ${withZod.join(', ')} hold zod, which a plain first visit must not load`);
  // A renamed chunk would silently drop out of the count (as the lens catalogues once did).
  for (const want of ['boot-', 'lang-en-', ...words.map((w) => `${w}.en-`)]) {
    if (![...seen].some((n) => n.startsWith(want))) throw new Error(`initial JS: no ${want}*.js chunk reached from index.html; the build's chunk names changed`);
  }
  return Math.round((bytes / 1024) * 10) / 10;
}
