/**
 * The newest checkpoint the main thread holds, so a restarted worker resumes from it
 * rather than replaying from tick 0. A checkpoint belongs to one history: it is dropped
 * when a new world is loaded (told apart by the request mark it arrived after) and when
 * an accepted command rewrites the history it was part of (a command in its past, or one
 * that cut off log entries it already contains).
 */
import type { Checkpoint } from '../protocol/messages';

export class RestartPoint {
  private cp: Checkpoint | null = null;
  /** Mark sent right after the newest load / restore / reset. */
  private world = 0;

  /** A new world was requested; `keep` carries a checkpoint of the same history over. */
  newWorld(mark: number, keep: Checkpoint | null = null): void {
    this.world = mark;
    this.cp = keep;
  }

  /** A checkpoint from the worker, sent after it had handled request mark `mark`. */
  offer(cp: Checkpoint, mark: number): void {
    if (mark >= this.world) this.cp = cp;
  }

  /** The worker accepted a command at `tick` as log entry `logPos`. */
  commandAccepted(tick: number, logPos: number): void {
    if (this.cp !== null && (tick < this.cp.tick || logPos < this.cp.logPos)) this.cp = null;
  }

  /** The checkpoint to resume from on the way to `tick`, if one is at or before it. */
  before(tick: number): Checkpoint | null {
    return this.cp !== null && this.cp.tick <= tick ? this.cp : null;
  }
}
