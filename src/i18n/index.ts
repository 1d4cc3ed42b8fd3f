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
import { en, type MessageKey } from './en';
import { ko } from './ko';

export const catalogues: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = { en, ko };
export type { MessageKey };

export function hasKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

export function t(lang: Lang, key: string, params?: Readonly<Record<string, string | number>>): string {
  const cat = catalogues[lang];
  const template = hasKey(key) ? cat[key] : key;
  if (params === undefined) return template;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = params[name];
    if (v === undefined) return `{${name}}`;
    return typeof v === 'string' && hasKey(v) ? cat[v] : String(v);
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
