/**
 * Runs a lesson (a shipped tour or the author's own): applies a step's world (scenario,
 * commands, tick, lens, selection, speed) through simClient so it is exactly
 * reproducible, and watches snapshots for the step's task. When the task is done the
 * step is marked done and, by default, the simulation pauses at that very tick, so the
 * moment the narration talks about stays on screen. The task is armed only once a
 * snapshot of the newly loaded world arrives, so a stale snapshot of the previous step
 * can never complete it. Every step change clears the annotation ink.
 */
import { isPresetId, presets, PRESET_IDS, type Topology } from '../engine';
import { simClient } from '../client/simClient';
import { clearInk, getLecture, select, setLecture, setLens, setSheet, useStore } from '../store';
import { canWait, isDone, resolveStep, type Available, type ResolvedStep } from '../tours';
import type { WaitFor } from '../tours/types';
import { LENS_ID_LIST } from '../views/lensIds';
import { findLesson } from './catalogue';
import type { LessonStep } from './types';

export function available(): Available {
  return { lenses: new Set(LENS_ID_LIST), presets: new Set<string>(PRESET_IDS) };
}

/** The world a step shows in this build; a step with its own scenario needs no preset. */
export function resolveLessonStep(step: LessonStep): ResolvedStep {
  const av = available();
  if (step.scenario === undefined) return resolveStep(step, av);
  return resolveStep(step, { lenses: av.lenses, presets: new Set([...av.presets, step.preset]) });
}

interface Armed {
  waitFor: WaitFor | null;
  pauseWhenDone: boolean;
  staleTopology: Topology | null;
}
let armed: Armed | null = null;

/** What the student did in the lesson being run: steps seen and tasks done (for its completion). */
interface Run {
  lesson: string;
  seen: Set<number>;
  done: Set<number>;
}
let run: Run | null = null;

export interface LessonCompletion {
  lesson: string;
  steps: number;
  seen: number;
  tasks: number;
  tasksDone: number;
}
const completedListeners = new Set<(c: LessonCompletion) => void>();

/** Be told when a student finishes a lesson (the embed reporter turns it into a statement). */
export function onLessonCompleted(f: (c: LessonCompletion) => void): () => void {
  completedListeners.add(f);
  return () => completedListeners.delete(f);
}

function noteSeen(lessonId: string, index: number, done: boolean): void {
  if (run === null || run.lesson !== lessonId) run = { lesson: lessonId, seen: new Set(), done: new Set() };
  run.seen.add(index);
  if (done) run.done.add(index);
}

/** Make a step the current one and arm its task against the next world's snapshots. */
function arm(lessonId: string, index: number, step: LessonStep): ResolvedStep {
  const world = resolveLessonStep(step);
  const waitFor = world.waitFor !== undefined && canWait(world.waitFor) ? world.waitFor : null;
  armed = { waitFor, pauseWhenDone: step.pauseWhenDone ?? true, staleTopology: useStore.getState().snapshot?.topology ?? null };
  setLecture({ tour: { id: lessonId, step: index, done: waitFor === null, degraded: world.degraded }, pathEnd: null });
  noteSeen(lessonId, index, false);
  clearInk();
  return world;
}

/** Open step `index` (0-based, clamped) of a lesson; false when there is no such lesson. */
export function goToStep(lessonId: string, index: number): boolean {
  const lesson = findLesson(lessonId);
  if (lesson === undefined || lesson.steps.length === 0) return false;
  const i = Math.min(Math.max(0, Math.floor(index)), lesson.steps.length - 1);
  const step = lesson.steps[i];
  if (step === undefined) return false;
  const world = arm(lesson.id, i, step);
  setLens(world.lens);
  select(world.select ?? null, 'lesson');
  // Each step opens with a phone's sheet closed: the step shares the screen with the lens (its task may open it).
  setSheet(null);
  simClient.setSpeed(step.speed ?? 1);
  if (step.scenario !== undefined && !world.degraded) {
    simClient.restore(step.scenario, isPresetId(step.preset) ? step.preset : 'custom', world.log ?? [], world.tick ?? 0, step.play ?? false, 'lesson');
  } else {
    const presetId = isPresetId(world.preset) ? world.preset : 'basic';
    simClient.restore(presets[presetId], presetId, world.log ?? [], world.tick ?? 0, step.play ?? false, 'lesson');
  }
  // "Run until tick N": the worker pauses exactly there, however late the main thread looks.
  if (world.waitFor?.kind === 'tick' && (step.pauseWhenDone ?? true)) simClient.stopAt(world.waitFor.at);
  return true;
}

/** Show a lesson step's narration over the world as it is (a shared link carries its own world). */
export function resumeStep(lessonId: string, index: number): void {
  const lesson = findLesson(lessonId);
  const step = lesson?.steps[index];
  if (lesson === undefined || step === undefined) return;
  arm(lesson.id, index, step);
}

/**
 * Move through the running lesson: past the last step finishes it (Page Down on the last
 * step is its Finish), before the first stays there. With none running, offer the lessons
 * (keyboard-only lectures).
 */
export function nextStep(delta: number): void {
  const pos = getLecture().tour;
  if (pos === null) {
    setLecture({ dialog: 'tours' });
    return;
  }
  const count = findLesson(pos.id)?.steps.length ?? 0;
  const to = pos.step + delta;
  if (to >= count) finishLesson();
  else if (to >= 0 && to !== pos.step) goToStep(pos.id, to);
}

export function exitTour(): void {
  armed = null;
  setLecture({ tour: null });
}

/** The last step's Finish: the lesson counts as completed, then it closes. */
export function finishLesson(): void {
  const pos = getLecture().tour;
  const lesson = pos === null ? undefined : findLesson(pos.id);
  if (pos !== null && lesson !== undefined) {
    const tasks = lesson.steps.filter((s) => resolveLessonStep(s).waitFor !== undefined).length;
    const r = run !== null && run.lesson === lesson.id ? run : { seen: new Set([pos.step]), done: new Set<number>() };
    const c: LessonCompletion = { lesson: lesson.id, steps: lesson.steps.length, seen: r.seen.size, tasks, tasksDone: r.done.size };
    for (const f of completedListeners) f(c);
  }
  run = null;
  exitTour();
}

/** Check the armed task against each new snapshot or selection (subscribed once at boot). */
export function watchTours(): () => void {
  return useStore.subscribe((s) => {
    const pos = getLecture().tour;
    const a = armed;
    if (pos === null || pos.done || a === null || a.waitFor === null || s.snapshot === null) return;
    if (s.snapshot.topology === a.staleTopology) return;
    if (!isDone(a.waitFor, { snapshot: s.snapshot, selection: s.selection, pathEnd: getLecture().pathEnd })) return;
    setLecture({ tour: { ...pos, done: true } });
    noteSeen(pos.id, pos.step, true);
    // Seek (which pauses) back to the snapshot that met the task: the worker may already be
    // a few ticks further, and the moment the narration describes must stay on screen.
    if (a.pauseWhenDone && s.playing) simClient.seek(s.snapshot.tick);
  });
}
