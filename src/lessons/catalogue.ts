/**
 * Every lesson the app knows: the shipped tours (src/tours, text in the catalogues) as
 * lessons, and the author's own lesson in the store. A shipped tour is converted step by
 * step, so tours stay plain data and the runner only ever sees lessons.
 */
import { getClassroom } from '../store';
import { stepKeys, TOURS } from '../tours';
import type { Tour } from '../tours/types';
import type { Lesson, LessonStep } from './types';

export function lessonFromTour(tour: Tour): Lesson {
  const steps = tour.steps.map((s): LessonStep => {
    const k = stepKeys(tour.id, s);
    const step: LessonStep = { ...s, title: { key: k.title }, body: { key: k.body } };
    if (s.waitFor !== undefined || s.fallback?.waitFor !== undefined) step.task = { key: k.task };
    return step;
  });
  return { id: tour.id, title: { key: `tour.${tour.id}.title` }, blurb: { key: `tour.${tour.id}.blurb` }, steps, origin: 'shipped' };
}

export const SHIPPED_LESSONS: readonly Lesson[] = TOURS.map(lessonFromTour);
export const SHIPPED_IDS: ReadonlySet<string> = new Set(SHIPPED_LESSONS.map((l) => l.id));

export function findLesson(id: string): Lesson | undefined {
  const own = getClassroom().ownLesson;
  if (own !== null && own.id === id) return own;
  return SHIPPED_LESSONS.find((l) => l.id === id);
}
