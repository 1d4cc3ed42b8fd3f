/**
 * The author's own lesson: open one (from the editor, a file or a `lesson=` link) and
 * start it, make its link, and capture what is on screen as a new step. A bad file or
 * link is refused with a translated notice that names the field, and nothing changes:
 * the lesson and the world on screen stay as they were.
 */
import { isPresetId, presets } from '../engine';
import { pageBase } from '../embed/currentState';
import { loadLanguage, t } from '../i18n';
import { addNotice, getClassroom, getLecture, setClassroom, useStore, worldTick, type Lang, type Selection } from '../store';
import { decodeLesson, encodeLesson } from './codec';
import { goToStep } from './runner';
import type { LessonError } from './schema';
import type { Lesson, LessonStep } from './types';

/** Make `lesson` the own lesson and open its step `index` (0-based). */
export function startOwnLesson(lesson: Lesson, index = 0): void {
  setClassroom({ ownLesson: lesson });
  goToStep(lesson.id, index);
}

/** One line for a notice: the first error with its field, in the person's language. */
export function describeLessonError(lang: Lang, errors: readonly LessonError[]): string {
  const e = errors[0];
  if (e === undefined) return '';
  const reason = t(lang, e.key, e.params);
  return e.path === '' ? reason : `${e.path}: ${reason}`;
}

/** Open a `lesson=` link at step `step` (1-based); a bad link is a notice and changes nothing. */
export async function openLessonParam(raw: string, step: number): Promise<void> {
  const r = decodeLesson(raw);
  if (r.ok) return startOwnLesson(r.lesson, step - 1);
  const lang = useStore.getState().lang;
  await loadLanguage(lang);
  addNotice('warning', { key: 'lesson.notice.badLink', params: { reason: describeLessonError(lang, r.errors) } });
}

/** A link that opens the lesson at a step (1-based), from this page's own path. */
export function lessonLink(lesson: Lesson, step = 1): string {
  const q = step > 1 ? `&step=${step}` : '';
  return `${pageBase()}?lesson=${encodeLesson(lesson)}${q}`;
}

const SELECTABLE = new Set(['host', 'hypervisor', 'pcpu', 'vm', 'container', 'vcpu', 'volume', 'array']);

/** What is on screen as a lesson step: world, lens, tick, selection, commands; text to fill in. */
export function captureStep(id: string): LessonStep | null {
  const s = useStore.getState();
  if (s.scenario === null) return null;
  const preset = isPresetId(s.scenarioId) ? s.scenarioId : 'basic';
  const edited = !isPresetId(s.scenarioId) || JSON.stringify(s.scenario) !== JSON.stringify(presets[preset]);
  const step: LessonStep = { id, lens: s.lens, preset, tick: worldTick(s), title: { [s.lang]: '' }, body: { [s.lang]: '' } };
  if (edited) step.scenario = s.scenario;
  if (s.log.length > 0) step.log = s.log.map((c) => ({ tick: c.tick, command: c.command }));
  const sel: Selection = s.selection;
  if (sel !== null && SELECTABLE.has(sel.kind)) step.select = { kind: sel.kind, index: sel.index } as Selection;
  if (s.speed !== 1) step.speed = s.speed;
  return step;
}

/** The own lesson is running right now (its steps are what Page Up / Page Down move through). */
export function ownLessonRunning(): boolean {
  const own = getClassroom().ownLesson;
  return own !== null && getLecture().tour?.id === own.id;
}
