/**
 * The tour catalogue and the pure logic of running one: find tours (one file each in
 * data/, collected by Vite's glob so a new tour edits nothing here), resolve a step
 * against what this build has (falling back when a lens or preset is missing), and
 * decide whether a step's task is done from a snapshot. Pure: no store, no DOM, so
 * the same functions back the UI, the URL (`tour`, `step`) and the unit tests.
 */
import { ENT, ioPaths, POWER, VF, type Snapshot } from '../engine';
import type { Selection } from '../store';
import type { StepWorld, Tour, TourStep, WaitFor } from './types';
import type { Instr } from '../views/techniques/instrs';

/** A step as far as resolving it goes: its world and what to show without it (tours and lessons). */
export type ResolvableStep = StepWorld & { fallback?: StepWorld };

const found = import.meta.glob<Tour>('./data/*.ts', { eager: true, import: 'tour' });

export const TOURS: readonly Tour[] = Object.values(found).toSorted((a, b) => a.order - b.order);
export const TOUR_IDS: readonly string[] = TOURS.map((t) => t.id);

export function findTour(id: string): Tour | undefined {
  return TOURS.find((t) => t.id === id);
}

export function isTourId(id: string): boolean {
  return TOUR_IDS.includes(id);
}

/** What this build can show: lens ids and preset ids. */
export interface Available {
  lenses: ReadonlySet<string>;
  presets: ReadonlySet<string>;
}

export const DEFAULT_FALLBACK: StepWorld = { lens: 'overview', preset: 'basic' };

export interface ResolvedStep extends StepWorld {
  /** True when the step's own lens or preset is missing and its fallback is shown. */
  degraded: boolean;
  /** The missing lens/preset ids, e.g. ['lens:cpu', 'preset:cpu-overcommit']. */
  missing: string[];
}

export function missingParts(w: StepWorld, av: Available): string[] {
  const out: string[] = [];
  if (!av.lenses.has(w.lens)) out.push(`lens:${w.lens}`);
  if (!av.presets.has(w.preset)) out.push(`preset:${w.preset}`);
  return out;
}

/** The world to show for a step in this build. */
export function resolveStep(step: ResolvableStep, av: Available): ResolvedStep {
  const missing = missingParts(step, av);
  if (missing.length === 0) return { ...pickWorld(step), degraded: false, missing };
  const fb = step.fallback ?? DEFAULT_FALLBACK;
  const usable = missingParts(fb, av).length === 0 ? fb : DEFAULT_FALLBACK;
  return { ...pickWorld(usable), degraded: true, missing };
}

function pickWorld(w: StepWorld): StepWorld {
  const out: StepWorld = { lens: w.lens, preset: w.preset };
  if (w.tick !== undefined) out.tick = w.tick;
  if (w.log !== undefined) out.log = w.log;
  if (w.select !== undefined) out.select = w.select;
  if (w.waitFor !== undefined) out.waitFor = w.waitFor;
  if (w.focus !== undefined) out.focus = w.focus;
  return out;
}

/** Engine state code for a state name, or undefined when this engine has no such state. */
export function stateCode(name: string): number | undefined {
  return (ENT as Readonly<Record<string, number>>)[name];
}

/** Whether a task can be checked at all in this build (e.g. 'costop' needs an engine that models it). */
export function canWait(w: WaitFor): boolean {
  return w.kind !== 'state' || stateCode(w.state) !== undefined;
}

export interface WaitContext {
  snapshot: Snapshot;
  selection: Selection;
  /** The instruction whose path the student stepped to its end since the step opened, if any. */
  pathEnd: Instr | null;
}

/** Whether the step's task is done in this snapshot. */
export function isDone(w: WaitFor, ctx: WaitContext): boolean {
  const s = ctx.snapshot;
  switch (w.kind) {
    case 'state': {
      const code = stateCode(w.state);
      if (code === undefined) return false;
      let n = 0;
      for (const st of s.ent.state) if (st === code) n += 1;
      return n >= w.min;
    }
    case 'tick':
      return s.tick >= w.at;
    case 'hvType':
      return s.topology.hosts.some((h) => h.hypervisor.type === w.type);
    case 'vmOff':
      return s.vms.power.some((p) => p === POWER.off);
    case 'ioPath': {
      const code = ioPaths.indexOf(w.path);
      let n = 0;
      for (let i = VF.ioPath; i < s.virt.vm.length; i += VF.count) if (s.virt.vm[i] === code) n += 1;
      return n >= w.min;
    }
    case 'select':
      return ctx.selection?.kind === w.sel;
    case 'pathEnd':
      return ctx.pathEnd === w.instr;
  }
}

/** Narration keys of a step. */
export function stepKeys(tourId: string, step: TourStep): { title: string; body: string; task: string } {
  const base = `tour.${tourId}.${step.id}`;
  return { title: `${base}.title`, body: `${base}.body`, task: `${base}.task` };
}
