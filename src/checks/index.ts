/**
 * The concept checks, one or more for every section of the course notes, in the notes'
 * order, and `makeCheck`, which gives a student their own instance of a check (the
 * student's seed, mixed with the check and the attempt number). Every answer comes from
 * running the engine (see defs/); nothing here knows an answer. This module and its
 * definitions load on demand (the check panel), so the first download stays small.
 */
import { NOTES_SECTIONS, type NotesSection } from '../tours/types';
import { exploit, race } from './defs/containers';
import { nextState } from './defs/cpu';
import { gpuShare } from './defs/gpu';
import { instanceReady } from './defs/instances';
import { drsTarget, maxRunning } from './defs/hosts';
import { walk } from './defs/memory';
import { scaleOut } from './defs/orchestration';
import { vdiPath, vlanPath } from './defs/paths';
import { raidWrite } from './defs/raid';
import { sandboxRead } from './defs/sandbox';
import { nextVolume, rackFailure } from './defs/storage';
import { ioExits } from './defs/ioPaths';
import { entries, ioCost } from './defs/techniques';
import type { CheckDef, CheckInstance } from './types';
import { mixSeed } from './world';

export const CHECKS: readonly CheckDef[] = [maxRunning, gpuShare, drsTarget, instanceReady, vdiPath, sandboxRead, ioCost, nextState, walk, nextVolume, vlanPath, rackFailure, raidWrite, entries, ioExits, race, exploit, scaleOut].toSorted(
  (a, b) => NOTES_SECTIONS.indexOf(a.section) - NOTES_SECTIONS.indexOf(b.section),
);

export function findCheck(id: string): CheckDef | undefined {
  return CHECKS.find((c) => c.id === id);
}

export function checksFor(section: NotesSection): CheckDef[] {
  return CHECKS.filter((c) => c.section === section);
}

/** A student's own instance of a check: same student, check and attempt, same question. */
export function makeCheck(def: CheckDef, student: number, attempt: number): CheckInstance {
  return def.make(mixSeed(student, def.id, attempt));
}

export type { CheckDef, CheckInstance };
