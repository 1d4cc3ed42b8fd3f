/**
 * Pure edits of a lesson being written: a new lesson, a copy of a shipped one with its
 * text written out in both languages, adding, moving, removing and changing steps, and
 * a fresh step id. The editor keeps the draft in the store; nothing here touches it.
 */
import { SHIPPED_IDS } from './catalogue';
import { literalText } from './text';
import type { Lesson, LessonStep, LessonText } from './types';

export function newLesson(): Lesson {
  return { id: 'my-lesson', title: { en: '', ko: '' }, steps: [], origin: 'own' };
}

/** An own lesson's id must not be a shipped one's: the copy gets a suffix. */
export function ownId(id: string): string {
  if (!SHIPPED_IDS.has(id)) return id;
  for (let n = 2; ; n++) if (!SHIPPED_IDS.has(`${id}-${n}`)) return `${id}-${n}`;
}

/** A shipped lesson as an editable own lesson (both catalogues must be loaded). */
export function copyLesson(l: Lesson): Lesson {
  const steps = l.steps.map((s): LessonStep => {
    const { fallback: _f, ...rest } = s;
    const step: LessonStep = { ...rest, title: literalText(s.title), body: literalText(s.body) };
    if (s.task !== undefined) step.task = literalText(s.task);
    return step;
  });
  const out: Lesson = { id: ownId(l.id), title: literalText(l.title), steps, origin: 'own' };
  if (l.blurb !== undefined) out.blurb = literalText(l.blurb);
  return out;
}

export function nextStepId(l: Lesson): string {
  const taken = new Set(l.steps.map((s) => s.id));
  for (let n = l.steps.length + 1; ; n++) if (!taken.has(`step-${n}`)) return `step-${n}`;
}

export function addStep(l: Lesson, s: LessonStep): Lesson {
  return { ...l, steps: [...l.steps, s] };
}

export function moveStep(l: Lesson, i: number, d: -1 | 1): Lesson {
  const j = i + d;
  if (j < 0 || j >= l.steps.length) return l;
  const steps = [...l.steps];
  const a = steps[i];
  const b = steps[j];
  if (a === undefined || b === undefined) return l;
  steps[i] = b;
  steps[j] = a;
  return { ...l, steps };
}

export function removeStep(l: Lesson, i: number): Lesson {
  return { ...l, steps: l.steps.filter((_, k) => k !== i) };
}

/** A change to a step; a field set to undefined is removed (e.g. the task). */
export type StepPatch = { [K in keyof LessonStep]?: LessonStep[K] | undefined };

export function updateStep(l: Lesson, i: number, patch: StepPatch): Lesson {
  const apply = (s: LessonStep): LessonStep => {
    const out: Record<string, unknown> = { ...s, ...patch };
    for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k];
    return out as unknown as LessonStep;
  };
  return { ...l, steps: l.steps.map((s, k) => (k === i ? apply(s) : s)) };
}

/** A text with one language changed (an emptied language is dropped). */
export function withText(text: LessonText | undefined, lang: 'ko' | 'en', value: string): LessonText {
  const base = text === undefined || 'key' in text ? {} : text;
  const out: { ko?: string; en?: string } = { ...base };
  if (value === '') delete out[lang];
  else out[lang] = value;
  return out;
}
