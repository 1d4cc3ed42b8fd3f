/**
 * The concept checks wired to the app: put a check's world on the screen (paused, on the
 * check's lens, with its selection), reveal by moving the running world on to the
 * question's moment, and record the answer in the browser's storage (and tell any
 * listener, e.g. the course-site reporter). Leaving a lesson first, so its task cannot
 * be completed by the check's world.
 */
import { simClient } from '../client/simClient';
import { exitTour } from '../lessons/runner';
import { clearInk, select, setLens } from '../store';
import { emitCheckAnswered } from './events';
import { loadProgress, saveProgress, withAnswer, withNextAttempt, type KeyValue, type Progress } from './progress';
import type { CheckInstance } from './types';

function storage(): KeyValue | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** A new student's seed, from the platform's random source (the UI may; the engine may not). */
function newStudent(): number {
  const a = new Uint32Array(1);
  crypto.getRandomValues(a);
  return (a[0] ?? 1) % 1_000_000;
}

export function readProgress(): Progress {
  return loadProgress(storage(), newStudent);
}

export function bumpAttempt(p: Progress, check: string): Progress {
  const next = withNextAttempt(p, check);
  saveProgress(storage(), next);
  return next;
}

function show(c: CheckInstance, log: CheckInstance['world']['log'], tick: number): void {
  exitTour();
  setLens(c.world.lens);
  select(c.world.select, 'lesson');
  clearInk();
  simClient.restore(c.world.scenario, c.world.edited ? 'custom' : c.world.preset, log, tick, false, 'lesson');
}

export function showCheckWorld(c: CheckInstance): void {
  show(c, c.world.log, c.world.tick);
}

/** Reveal: the world runs on to the question's moment; the answer is recorded. */
export function revealCheck(p: Progress, c: CheckInstance, choice: string, at: Date): Progress {
  show(c, [...c.world.log, ...c.reveal.log].toSorted((a, b) => a.tick - b.tick), c.reveal.tick);
  const correct = choice === c.answer;
  const next = withAnswer(p, { check: c.id, section: c.section, seed: c.seed, choice, answer: c.answer, correct, at: at.toISOString() });
  saveProgress(storage(), next);
  emitCheckAnswered({ check: c.id, section: c.section, seed: c.seed, question: c.question, choices: c.choices, choice, answer: c.answer, correct });
  return next;
}
