/**
 * Runs a guided tour: applies a step's world (scenario, commands, tick, lens, selection,
 * speed) through simClient so it is exactly reproducible, and watches snapshots for the
 * step's task. When the task is done the step is marked done and, by default, the
 * simulation pauses at that very tick, so the moment the narration talks about stays
 * on screen. The task
 * is armed only once a snapshot of the newly loaded world arrives, so a stale snapshot
 * of the previous step can never complete it.
 */
import { isPresetId, presets, PRESET_IDS, type Topology } from '../../engine';
import { simClient } from '../../client/simClient';
import { getLecture, select, setLecture, setLens, useStore } from '../../store';
import { canWait, findTour, isDone, resolveStep, type Available, type ResolvedStep } from '../../tours';
import type { TourStep, WaitFor } from '../../tours/types';
import { LENS_IDS } from '../../views/registry';

export function available(): Available {
  return { lenses: new Set(LENS_IDS), presets: new Set<string>(PRESET_IDS) };
}

interface Armed {
  waitFor: WaitFor | null;
  pauseWhenDone: boolean;
  staleTopology: Topology | null;
}
let armed: Armed | null = null;

/** Make a step the current one and arm its task against the next world's snapshots. */
function arm(tourId: string, index: number, step: TourStep): ResolvedStep {
  const world = resolveStep(step, available());
  const waitFor = world.waitFor !== undefined && canWait(world.waitFor) ? world.waitFor : null;
  armed = { waitFor, pauseWhenDone: step.pauseWhenDone ?? true, staleTopology: useStore.getState().snapshot?.topology ?? null };
  setLecture({ tour: { id: tourId, step: index, done: waitFor === null, degraded: world.degraded } });
  return world;
}

/** Open step `index` (0-based, clamped) of a tour; false when there is no such tour. */
export function goToStep(tourId: string, index: number): boolean {
  const tour = findTour(tourId);
  if (tour === undefined || tour.steps.length === 0) return false;
  const i = Math.min(Math.max(0, Math.floor(index)), tour.steps.length - 1);
  const step = tour.steps[i];
  if (step === undefined) return false;
  const world = arm(tour.id, i, step);
  const presetId = isPresetId(world.preset) ? world.preset : 'basic';
  setLens(world.lens);
  select(world.select ?? null);
  simClient.setSpeed(step.speed ?? 1);
  simClient.restore(presets[presetId], presetId, world.log ?? [], world.tick ?? 0, step.play ?? false);
  // "Run until tick N": the worker pauses exactly there, however late the main thread looks.
  if (world.waitFor?.kind === 'tick' && (step.pauseWhenDone ?? true)) simClient.stopAt(world.waitFor.at);
  return true;
}

/** Show a tour step's narration over the world as it is (a shared link carries its own world). */
export function resumeStep(tourId: string, index: number): void {
  const tour = findTour(tourId);
  const step = tour?.steps[index];
  if (tour === undefined || step === undefined) return;
  arm(tour.id, index, step);
}

/** Move through the running tour; with no tour running, offer the tours (keyboard-only lectures). */
export function nextStep(delta: number): void {
  const pos = getLecture().tour;
  if (pos !== null) goToStep(pos.id, pos.step + delta);
  else setLecture({ dialog: 'tours' });
}

export function exitTour(): void {
  armed = null;
  setLecture({ tour: null });
}

/** Check the armed task against each new snapshot or selection (subscribed once at boot). */
export function watchTours(): () => void {
  return useStore.subscribe((s) => {
    const pos = getLecture().tour;
    const a = armed;
    if (pos === null || pos.done || a === null || a.waitFor === null || s.snapshot === null) return;
    if (s.snapshot.topology === a.staleTopology) return;
    if (!isDone(a.waitFor, { snapshot: s.snapshot, selection: s.selection })) return;
    setLecture({ tour: { ...pos, done: true } });
    // Seek (which pauses) back to the snapshot that met the task: the worker may already be
    // a few ticks further, and the moment the narration describes must stay on screen.
    if (a.pauseWhenDone && s.playing) simClient.seek(s.snapshot.tick);
  });
}
