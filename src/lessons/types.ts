/**
 * What a lesson is: an ordered list of steps, each a world to show (scenario, lens,
 * tick, commands already applied, selection), text to narrate and optionally a task
 * the student must do. The shipped guided tours (src/tours) are lessons whose text
 * lives in the i18n catalogues (`{ key }`); a lesson an instructor writes in the app,
 * saves as a file or shares as a link carries its own text in Korean, English or both.
 */
import type { CommandInput, Scenario } from '../engine';
import type { Speed } from '../protocol/messages';
import type { Selection } from '../store';
import type { NotesSection, StepWorld, WaitFor } from '../tours/types';

/** Catalogue text (shipped lessons) or the author's own text in one or both languages. */
export type LessonText = { key: string } | { ko?: string; en?: string };

export interface LessonStep extends StepWorld {
  id: string;
  section?: NotesSection;
  /** A world of the author's own instead of the preset (an edited scenario). */
  scenario?: Scenario;
  play?: boolean;
  speed?: Speed;
  pauseWhenDone?: boolean;
  fallback?: StepWorld;
  title: LessonText;
  body: LessonText;
  /** What the student is asked to do; shown when the step has a checkable `waitFor`. */
  task?: LessonText;
}

export interface Lesson {
  id: string;
  title: LessonText;
  blurb?: LessonText;
  steps: LessonStep[];
  /** Shipped with the app (a tour) or the author's own (file, link, editor). */
  origin: 'shipped' | 'own';
}

export type LoggedStepCommand = { tick: number; command: CommandInput };
export type { NotesSection, Selection, StepWorld, WaitFor };
