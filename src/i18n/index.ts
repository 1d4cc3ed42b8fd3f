/**
 * Translation: `t(lang, key, params)` over two catalogues with the same keys (the type
 * of `ko` is checked against `en`, and a unit test checks parity both ways). A parameter
 * whose value is itself a catalogue key is translated too (with the other parameters), so
 * an engine event can carry a rejection reason as a key. `useT()` gives components a translator for the store's
 * language. Only the language in use is downloaded: `loadLanguage` fetches its core and
 * lens catalogues, which the build puts in one file per language (vite.config.ts; boot
 * awaits it; `changeLanguage` loads before switching), and Korean
 * its particle rules (particles.ts, with es-hangul), which only Korean templates use.
 * Every message comes out with a no-break space between a number and its unit (units.ts).
 */
import { useCallback } from 'react';
import type { Message } from '../engine';
import { selectLang, setLang, useStore, type Lang } from '../store';
import type { MessageKey } from './en';
import { keepUnitsWithNumbers } from './units';

export { NBSP, withUnit } from './units';
export { pctText } from './percent';

type Catalogue = Readonly<Record<string, string>>;

// Lens catalogues live beside the core ones (lenses/<name>.<lang>.ts) and merge in here,
// so adding a lens adds files without editing this one.
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

/** The loaded catalogues; a language's object fills in when `loadLanguage` resolves. */
export const catalogues: Readonly<Record<Lang, Record<string, string>>> = { en: {}, ko: {} };
const loading = new Map<Lang, Promise<void>>();
export type { MessageKey };

export function loadLanguage(lang: Lang): Promise<void> {
  let p = loading.get(lang);
  if (p === undefined) {
    p = Promise.all([coreFiles[lang](), ...Object.values(lensFiles[lang]).map((load) => load())]).then((parts) => {
      Object.assign(catalogues[lang], ...parts);
    });
    loading.set(lang, p);
  }
  return p;
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

/** Every lens catalogue file by path, for the parity test. */
export async function loadLensCatalogues(): Promise<Record<Lang, Record<string, Catalogue>>> {
  const load = async (files: Record<string, () => Promise<Catalogue>>): Promise<Record<string, Catalogue>> =>
    Object.fromEntries(await Promise.all(Object.entries(files).map(async ([path, f]) => [path, await f()] as const)));
  return { en: await load(lensFiles.en), ko: await load(lensFiles.ko) };
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
