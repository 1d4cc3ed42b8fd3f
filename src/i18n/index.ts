/**
 * Translation: `t(lang, key, params)` over two catalogues with the same keys (the type
 * of `ko` is checked against `en`, and a unit test checks parity both ways). A parameter
 * whose value is itself a catalogue key is translated too (with the other parameters), so
 * an engine event can carry a rejection reason as a key. `useT()` gives components a translator for the store's
 * language. Only the language in use is downloaded, in two steps: boot waits for the words
 * any screen may show (the core and shell catalogues, one file per language, vite.config.ts)
 * and the catalogues of the lens it opens (`loadWords`); the rest follows after the first
 * frame (`loadLanguage`), and a lens or lazy part waits for its own before it renders
 * (LensDef.words, `afterWords`). `changeLanguage` loads a whole language before switching.
 * Korean brings its particle rules (particles.ts, with es-hangul), which only Korean templates use.
 * Every message comes out with a no-break space between a number and its unit (units.ts).
 */
import { createElement, use, useCallback, type ComponentType } from 'react';
import type { Message } from '../engine';
import { selectLang, setLang, useStore, type Lang } from '../store';
import type { MessageKey } from './en';
import { keepUnitsWithNumbers } from './units';

export { NBSP, withUnit } from './units';
export { pctText } from './percent';

type Catalogue = Readonly<Record<string, string>>;

// Two kinds of catalogue beside the core one, found by their folder (so adding a lens adds
// files and edits nothing here): shell/<name>.<lang>.ts holds what any screen may show
// (tab titles, preset titles, engine events and rejection reasons, notices, the lecture
// menu, zoom labels), and boot waits for it with the core; lenses/<name>.<lang>.ts holds
// the rest, which a lens (LensDef.words) or a part (afterWords) waits for before it
// renders, and which the app loads in the background after its first frame.
const shellFiles = {
  en: import.meta.glob<Catalogue>('./shell/*.en.ts', { import: 'default' }),
  ko: import.meta.glob<Catalogue>('./shell/*.ko.ts', { import: 'default' }),
};
const lensFiles = {
  en: import.meta.glob<Catalogue>('./lenses/*.en.ts', { import: 'default' }),
  ko: import.meta.glob<Catalogue>('./lenses/*.ko.ts', { import: 'default' }),
};
/** Korean particles ("{vm:이/가}"), here once the Korean catalogue is (no English template has one). */
let particles: typeof import('./particles') | null = null;
const coreFiles: Record<Lang, () => Promise<Catalogue>> = {
  en: () => import('./en').then((m) => m.en),
  ko: () =>
    Promise.all([import('./ko'), import('./particles')]).then(([m, p]) => {
      particles = p;
      return m.ko;
    }),
};

/** The loaded catalogues; a language's object fills in as its files arrive. */
export const catalogues: Readonly<Record<Lang, Record<string, string>>> = { en: {}, ko: {} };
const loading = new Map<string, Promise<void>>();
/** The files (`<lang>:shell`, `<lang>:<name>`) whose words are in `catalogues`. */
const loaded = new Set<string>();
export type { MessageKey };

/** A lens catalogue's name: `lenses/cpu.en.ts` is `cpu`. */
const nameOf = (path: string): string => path.replace(/^.*\//, '').replace(/\.(en|ko)\.ts$/, '');

function once(id: string, load: () => Promise<readonly Catalogue[]>, lang: Lang): Promise<void> {
  let p = loading.get(id);
  if (p === undefined) {
    p = load().then(
      (parts) => {
        Object.assign(catalogues[lang], ...parts);
        loaded.add(id);
      },
      (err: unknown) => {
        loading.delete(id);
        throw err;
      },
    );
    loading.set(id, p);
  }
  return p;
}

/** The words boot waits for: the core catalogue and every shell one (one file per language, vite.config.ts). */
function loadShell(lang: Lang): Promise<void> {
  return once(`${lang}:shell`, () => Promise.all([coreFiles[lang](), ...Object.values(shellFiles[lang]).map((load) => load())]), lang);
}

function loadLens(lang: Lang, name: string): Promise<void> {
  const file = Object.entries(lensFiles[lang]).find(([path]) => nameOf(path) === name)?.[1];
  if (file === undefined) return Promise.reject(new Error(`no catalogue lenses/${name}.${lang}.ts`));
  return once(`${lang}:${name}`, () => file().then((c) => [c]), lang);
}

/** The names of the lens catalogues (lenses/<name>.<lang>.ts). */
export const LENS_CATALOGUES: readonly string[] = Object.keys(lensFiles.en).map(nameOf).toSorted();

/** The shell's words and the named lens catalogues of `lang` (a lens's `words`). */
export function loadWords(lang: Lang, names: readonly string[]): Promise<void> {
  return Promise.all([loadShell(lang), ...names.map((n) => loadLens(lang, n))]).then(() => undefined);
}

/** Whether `loadWords(lang, names)` has finished (a part renders at once, without suspending). */
export function wordsHere(lang: Lang, names: readonly string[]): boolean {
  return loaded.has(`${lang}:shell`) && names.every((n) => loaded.has(`${lang}:${n}`));
}

const waits = new Map<string, Promise<void>>();

/**
 * `C`, rendered once the shell's words and the catalogues `names` of the language in use are
 * here: until then it suspends (a lens's view; views/registry.ts wraps each with its `words`).
 */
export function withWords<P extends object>(names: readonly string[], C: ComponentType<P>): ComponentType<P> {
  function Worded(props: P) {
    const lang = useStore(selectLang);
    if (!wordsHere(lang, names)) {
      const id = `${lang}:${names.join()}`;
      let p = waits.get(id);
      if (p === undefined) {
        p = loadWords(lang, names).finally(() => waits.delete(id));
        waits.set(id, p);
      }
      // A lazy part (views/shared/lazyPart.ts) downloads its code beside its words, not after them.
      (C as { preload?: () => void }).preload?.();
      use(p);
    }
    return createElement(C, props);
  }
  return Worded;
}

/** Every catalogue of a language: the shell's words and all lens catalogues. */
export function loadLanguage(lang: Lang): Promise<void> {
  return loadWords(lang, LENS_CATALOGUES);
}

/**
 * A lazy part's loader that also waits for the words it shows (`names`, or every catalogue
 * of the language in use when it loads, for a part any screen may open: a dialog, the
 * inspector). Later languages are whole before they show (`changeLanguage`).
 */
export function afterWords<M>(load: () => Promise<M>, names: readonly string[] = LENS_CATALOGUES): () => Promise<M> {
  return () => Promise.all([load(), loadWords(useStore.getState().lang, names)]).then(([m]) => m);
}

/**
 * The language the boot code will choose (the same rule as embed/urlParams.ts: `lang=`
 * when valid, else Korean for a Korean browser, else English), known before that code
 * loads, so the catalogue can download beside it. A wrong guess only costs a second fetch.
 */
export function guessLang(search: string, languages: readonly string[]): Lang {
  const asked = new URLSearchParams(search).get('lang');
  if (asked === 'ko' || asked === 'en') return asked;
  return languages.some((l) => l.toLowerCase().startsWith('ko')) ? 'ko' : 'en';
}

/** Switch the UI language once its catalogue is here (so no key ever shows untranslated). */
export async function changeLanguage(lang: Lang): Promise<void> {
  await loadLanguage(lang);
  setLang(lang);
}

/** Every shell and lens catalogue file by path, for the parity test. */
export async function loadLensCatalogues(): Promise<Record<Lang, Record<string, Catalogue>>> {
  const load = async (files: Record<string, () => Promise<Catalogue>>): Promise<Record<string, Catalogue>> =>
    Object.fromEntries(await Promise.all(Object.entries(files).map(async ([path, f]) => [path, await f()] as const)));
  return { en: await load({ ...shellFiles.en, ...lensFiles.en }), ko: await load({ ...shellFiles.ko, ...lensFiles.ko }) };
}

export function hasKey(key: string): boolean {
  return Object.hasOwn(catalogues.en, key) || Object.hasOwn(catalogues.ko, key);
}

/**
 * A placeholder is `{name}`; in Korean `{name:이/가}` is a name followed by its particle
 * (the right form is chosen from the value, see particles.ts); `{name|one|other}` is the
 * word that agrees with the number `name` (English "{n} {n|host|hosts}"), chosen by
 * Intl.PluralRules for the language, never "host(s)".
 */
const PLACEHOLDER = /\{(\w+)(?::([^{}|]+)|((?:\|[^{}|]*)+))?\}/g;
const pluralRules = new Map<Lang, Intl.PluralRules>();

function pluralWord(lang: Lang, value: string | number, forms: string): string {
  const [one = '', other = one] = forms.slice(1).split('|');
  let rules = pluralRules.get(lang);
  if (rules === undefined) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  return rules.select(Number(value)) === 'one' ? one : other;
}

function withoutParam(params: Readonly<Record<string, string | number>>, name: string): Record<string, string | number> {
  const { [name]: _omit, ...rest } = params;
  return rest;
}

export function t(lang: Lang, key: string, params?: Readonly<Record<string, string | number>>): string {
  const cat = catalogues[lang];
  const template = cat[key] ?? key;
  if (params === undefined) return keepUnitsWithNumbers(template);
  const filled = template.replace(PLACEHOLDER, (whole, name: string, particle: string | undefined, forms: string | undefined) => {
    const v = params[name];
    if (v === undefined) return whole;
    if (forms !== undefined) return pluralWord(lang, v, forms);
    // A key as a value is translated with the same parameters (a reason's own {max}), minus itself.
    const text = typeof v === 'string' && hasKey(v) ? t(lang, v, withoutParam(params, name)) : String(v);
    return particle !== undefined && particles !== null && particles.isJosaOption(particle) ? particles.withParticle(text, particle) : text;
  });
  // The particle was chosen from the value itself; the unit after a number is bound to it once the text is whole.
  return keepUnitsWithNumbers(filled);
}

export function tMessage(lang: Lang, m: Message): string {
  return t(lang, m.key, m.params);
}

export type Translate = (key: MessageKey | (string & {}), params?: Readonly<Record<string, string | number>>) => string;

export function useT(): Translate {
  const lang = useStore(selectLang);
  return useCallback<Translate>((key, params) => t(lang, key, params), [lang]);
}
