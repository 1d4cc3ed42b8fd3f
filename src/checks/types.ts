/**
 * What a concept check is. A check is a predict-then-reveal question about a world the
 * student can look at: it names the world (a preset, changes applied at their ticks,
 * the tick to open at, the lens and selection), asks a question with a few choices, and
 * knows the answer because it ran the engine itself. Reveal moves the running world on
 * (to `reveal.tick`, applying `reveal.log`) so the student sees the engine's answer
 * happen. Each student's seed gives their own numbers (scenario seed, which VM, when).
 */
import type { Message, PresetId, Scenario } from '../engine';
import type { LoggedCommand } from '../protocol/messages';
import type { Selection } from '../store';
import type { NotesSection } from '../tours/types';

export interface CheckWorld {
  /** The preset the world starts from; `scenario` is that preset with the check's seed. */
  preset: PresetId;
  /** The scenario differs from the preset beyond its seed (it then opens as a custom world). */
  edited: boolean;
  scenario: Scenario;
  log: LoggedCommand[];
  tick: number;
  lens: string;
  select: Selection;
}

export interface Choice {
  id: string;
  label: Message;
}

export interface CheckInstance {
  /** Check id, e.g. "cpu.nextState"; with the seed it names this exact question. */
  id: string;
  section: NotesSection;
  seed: number;
  world: CheckWorld;
  question: Message;
  choices: Choice[];
  /** The id of the right choice, from the engine. */
  answer: string;
  /** Where the running world goes on reveal, with the changes it applies there. */
  reveal: { tick: number; log: LoggedCommand[] };
  /** Why, with the engine's own numbers. */
  explain: Message;
}

export interface CheckDef {
  id: string;
  section: NotesSection;
  /** Title key: `check.<id>.title`. */
  make(seed: number): CheckInstance;
}
