/**
 * Text of a lesson in the language on screen: a catalogue key is translated; an
 * author's own text is shown in the wanted language, or in the other one when the
 * author wrote only that (a Korean-only lesson still works in an English UI).
 */
import { t as translate } from '../i18n';
import type { Lang } from '../store';
import type { LessonText } from './types';

export function lessonText(lang: Lang, text: LessonText | undefined): string {
  if (text === undefined) return '';
  if ('key' in text) return translate(lang, text.key);
  const other: Lang = lang === 'ko' ? 'en' : 'ko';
  return text[lang] ?? text[other] ?? '';
}

/** Both languages as literal text (catalogues of both must be loaded for keys). */
export function literalText(text: LessonText): { ko?: string; en?: string } {
  if (!('key' in text)) return { ...text };
  return { en: translate('en', text.key), ko: translate('ko', text.key) };
}
