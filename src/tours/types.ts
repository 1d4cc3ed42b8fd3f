/**
 * What a guided tour is made of. A tour is plain data (one file per tour under
 * data/): an ordered list of steps, each saying which scenario, lens, tick and selection
 * to show, what to narrate (i18n keys derived from the tour and step ids), and
 * optionally what the student must do before the step counts as done. Steps may name
 * lenses and presets that other parts of VirtLab provide; a step whose lens or preset
 * is not in this build falls back (to Overview on `basic` unless it says otherwise)
 * and keeps its narration, so a tour never breaks while the product grows.
 */
import type { CommandInput, IoPathId } from '../engine';
import type { Speed } from '../protocol/messages';
import type { Selection } from '../store';
import type { Instr } from '../views/techniques/instrs';

/** The course notes' sections, in the notes' order; tours must not go backwards. */
export const NOTES_SECTIONS = ['what', 'properties', 'kinds', 'hypervisor', 'cpu', 'memory', 'storage', 'network', 'san', 'fullPara', 'containers'] as const;
export type NotesSection = (typeof NOTES_SECTIONS)[number];

/** Something the student does (or the world does) that completes a step. */
export type WaitFor =
  /** At least `min` vCPUs/containers are in this scheduling state (state names as in the engine's ENT table). */
  | { kind: 'state'; state: string; min: number }
  | { kind: 'tick'; at: number }
  | { kind: 'hvType'; type: 'type1' | 'type2' }
  /** Any VM powered off by the student. */
  | { kind: 'vmOff' }
  /** At least `min` VMs take this I/O path. */
  | { kind: 'ioPath'; path: IoPathId; min: number }
  | { kind: 'select'; sel: NonNullable<Selection>['kind'] }
  /** The student stepped this instruction's path to its end in the Techniques lens's stepper. */
  | { kind: 'pathEnd'; instr: Instr };

/**
 * A control or part a step's words ask about when the step has no task to check (the course's isolation step: "press Try a
 * kernel exploit"; its VDI step: the thin clients, each showing a desktop in the data centre; its RAID step: the disk
 * controls, "fail a disk"): brought into view, opened
 * if it is folded, and marked as a task's control is (ui/lecture/taskTarget.ts).
 */
export const FOCUS_IDS = ['exploit', 'vdi', 'raidDisks'] as const;
export type Focus = (typeof FOCUS_IDS)[number];

export interface StepWorld {
  lens: string;
  preset: string;
  tick?: number;
  /** Commands already applied, at their ticks (replayed deterministically). */
  log?: { tick: number; command: CommandInput }[];
  select?: Selection;
  waitFor?: WaitFor;
  /** The control the step's words ask about, when it has no task (a task's own control comes first). */
  focus?: Focus;
}

export interface TourStep extends StepWorld {
  /** Stable id: narration keys are `tour.<tour>.<step>.title|body|task`. */
  id: string;
  section: NotesSection;
  play?: boolean;
  speed?: Speed;
  /** Pause the simulation when `waitFor` is met (default true), so the moment stays on screen. */
  pauseWhenDone?: boolean;
  /** What to show when this step's lens or preset is missing; default Overview on `basic`. */
  fallback?: StepWorld;
}

export interface Tour {
  /** Id in URLs (`tour=<id>`); title and blurb keys are `tour.<id>.title|blurb`. */
  id: string;
  /** Position in the tour picker. */
  order: number;
  steps: TourStep[];
}
