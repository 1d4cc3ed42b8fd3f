/**
 * Nothing the person built is lost when another world replaces it. A world holds their
 * work when it is their own scenario (made with the editor, imported from a file, sent
 * by a host page, a shared link with changes) or when commands they gave were accepted
 * since it was loaded. Every way of loading a world (the picker, a lens's lesson
 * presets, a lesson or check, Reset all, an import) goes through simClient's load or
 * restore, which calls the store's `worldReplaced`; that keeps the replaced world here
 * (scenario, commands and tick: exactly what a share link carries) so one Undo can bring
 * it back. Only the newest such world is kept; replacing an untouched world keeps the one
 * already kept, so a few clicks through presets never lose the way back. Pure.
 */
import type { Scenario } from '../engine';
import type { LoggedCommand } from '../protocol/messages';

/** Where the world on screen came from: a preset, the person's own scenario, or a lesson or check step. */
export type WorldOrigin = 'preset' | 'own' | 'lesson';

/** A replaced world, enough to rebuild it exactly (as share links and Reset do). */
export interface KeptWorld {
  scenario: Scenario;
  scenarioId: string;
  /** The file an imported scenario came from (its name in the picker and on Export). */
  scenarioFile: string | null;
  log: LoggedCommand[];
  tick: number;
  origin: WorldOrigin;
  changed: boolean;
}

/** What of the store this needs (the store's own state satisfies it). */
export interface WorldNow {
  scenario: Scenario | null;
  scenarioId: string;
  scenarioFile: string | null;
  log: LoggedCommand[];
  snapshot: { tick: number } | null;
  /** The tick a world still loading opens at (its snapshot is not drawn yet), else null. */
  opening?: number | null;
  origin: WorldOrigin;
  changed: boolean;
}

/**
 * Whether the world on screen holds the person's work. A lesson or check step's world is
 * the lesson's (going back a step rebuilds it), so the tasks done in it are not kept.
 */
export function holdsOwnWork(s: WorldNow): boolean {
  if (s.scenario === null) return false;
  return s.origin === 'own' || (s.changed && s.origin !== 'lesson');
}

/** The world to keep once the one on screen is replaced. */
export function keptAfterReplace(s: WorldNow, kept: KeptWorld | null): KeptWorld | null {
  if (s.scenario === null || !holdsOwnWork(s)) return kept;
  return {
    scenario: s.scenario,
    scenarioId: s.scenarioId,
    scenarioFile: s.scenarioId === 'custom' ? s.scenarioFile : null,
    log: s.log,
    tick: s.opening ?? s.snapshot?.tick ?? 0,
    origin: s.origin,
    changed: s.changed,
  };
}
