/**
 * A lesson as a file (indented JSON, `kind: "virtlab-lesson"`) and as a link
 * (`?lesson=<deflated base64url>`). Shipped lessons refer to catalogue keys; saving one
 * writes the text of both languages instead, so the file stands on its own. Decoding a
 * link goes through the same strict checks as a file.
 */
import { MAX_FILE_BYTES } from '../embed/limits';
import { packJson, unpackJson } from '../embed/pack';
import { LESSON_KIND, LESSON_VERSION, parseLesson, type LessonResult } from './schema';
import { literalText } from './text';
import type { Lesson, LessonStep } from './types';

/** Longest `lesson` value accepted from a URL (compressed, base64url). */
export const MAX_LESSON_CHARS = 200_000;

function stepToWire(s: LessonStep): Record<string, unknown> {
  const { title, body, task, fallback: _fallback, ...rest } = s;
  const out: Record<string, unknown> = { ...rest, title: literalText(title), body: literalText(body) };
  if (task !== undefined && s.waitFor !== undefined) out['task'] = literalText(task);
  return out;
}

/** The lesson as plain data for a file or a link (catalogue keys resolved in both languages). */
export function lessonToWire(l: Lesson): Record<string, unknown> {
  const out: Record<string, unknown> = { kind: LESSON_KIND, v: LESSON_VERSION, id: l.id, title: literalText(l.title) };
  if (l.blurb !== undefined) out['blurb'] = literalText(l.blurb);
  out['steps'] = l.steps.map(stepToWire);
  return out;
}

export function lessonToText(l: Lesson): string {
  return `${JSON.stringify(lessonToWire(l), null, 2)}\n`;
}

export function encodeLesson(l: Lesson): string {
  return packJson(lessonToWire(l));
}

/** Decode a `lesson` parameter. Never throws. */
export function decodeLesson(param: string): LessonResult {
  const r = unpackJson(param, MAX_LESSON_CHARS, MAX_FILE_BYTES);
  if (!r.ok) return { ok: false, errors: [{ path: '', key: r.why === 'tooLong' ? 'lesson.error.linkTooLong' : 'lesson.error.linkCorrupt', params: {} }] };
  return parseLesson(r.json);
}
