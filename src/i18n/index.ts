/**
 * Translation: `t(lang, key, params)` over two catalogues with the same keys (the type
 * of `ko` is checked against `en`, and a unit test checks parity both ways). A parameter
 * whose value is itself a catalogue key is translated too, so an engine event can carry
 * a rejection reason as a key. `useT()` gives components a translator for the store's
 * language.
 */
import { useCallback } from 'react';
import type { Message } from '../engine';
import { selectLang, useStore, type Lang } from '../store';
import { en as coreEn, type MessageKey } from './en';
import { ko as coreKo } from './ko';

type Catalogue = Readonly<Record<string, string>>;

// Lens catalogues live beside the core ones (lenses/<name>.<lang>.ts) and merge in here,
// so adding a lens adds files without editing this one.
const lensEn = import.meta.glob<Catalogue>('./lenses/*.en.ts', { eager: true, import: 'default' });
const lensKo = import.meta.glob<Catalogue>('./lenses/*.ko.ts', { eager: true, import: 'default' });

export const catalogues: Readonly<Record<Lang, Catalogue>> = {
  en: Object.assign({}, coreEn, ...Object.values(lensEn)) as Catalogue,
  ko: Object.assign({}, coreKo, ...Object.values(lensKo)) as Catalogue,
};
/** Lens catalogue files by path, for the parity test. */
export const lensCatalogues = { en: lensEn, ko: lensKo };
export type { MessageKey };

export function hasKey(key: string): boolean {
  return Object.hasOwn(catalogues.en, key);
}

export function t(lang: Lang, key: string, params?: Readonly<Record<string, string | number>>): string {
  const cat = catalogues[lang];
  const template = cat[key] ?? key;
  if (params === undefined) return template;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = params[name];
    if (v === undefined) return `{${name}}`;
    return typeof v === 'string' && hasKey(v) ? (cat[v] ?? v) : String(v);
  });
}

export function tMessage(lang: Lang, m: Message): string {
  return t(lang, m.key, m.params);
}

export type Translate = (key: MessageKey | (string & {}), params?: Readonly<Record<string, string | number>>) => string;

export function useT(): Translate {
  const lang = useStore(selectLang);
  return useCallback<Translate>((key, params) => t(lang, key, params), [lang]);
}
