/**
 * Teacher notes: for every lens and every preset, what it shows, what to ask, common
 * misconceptions and what to try, in Korean and English. They are i18n keys
 * (`notes.lens.<id>.<field>`, `notes.preset.<id>.<field>`) in their own catalogue files,
 * downloaded only when a teacher opens the notes and then merged into the language's
 * catalogue.
 */
import { catalogues } from '../i18n';
import type { Lang } from '../store';

export const NOTE_FIELDS = ['shows', 'ask', 'misconceptions', 'try'] as const;
export type NoteField = (typeof NOTE_FIELDS)[number];

type Catalogue = Readonly<Record<string, string>>;
const files: Record<Lang, () => Promise<Catalogue[]>> = {
  en: () => Promise.all([import('./lenses.en').then((m) => m.default), import('./presets.en').then((m) => m.default)]),
  ko: () => Promise.all([import('./lenses.ko').then((m) => m.default), import('./presets.ko').then((m) => m.default)]),
};
const loading = new Map<Lang, Promise<void>>();

export function loadTeacherNotes(lang: Lang): Promise<void> {
  let p = loading.get(lang);
  if (p === undefined) {
    p = files[lang]().then((parts) => {
      Object.assign(catalogues[lang], ...parts);
    });
    loading.set(lang, p);
  }
  return p;
}

export function noteKey(kind: 'lens' | 'preset', id: string, field: NoteField): string {
  return `notes.${kind}.${id}.${field}`;
}
