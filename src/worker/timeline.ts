/**
 * Timeline: the simulation's past and its command log, so any earlier tick can be
 * revisited. It keeps a checkpoint every `interval` ticks (at most MAX_CHECKPOINTS: past
 * the cap each new one replaces an old one, so memory stays level over an hour of play)
 * and reaches any tick by restoring the nearest earlier checkpoint and replaying the
 * logged commands deterministically.
 */
import { advanceTick, applyCommand, checkInvariants, cloneState, createSim, type Scenario, type SimState } from '../engine';
import type { Checkpoint as WireCheckpoint, LoggedCommand } from '../protocol/messages';

const FIRST_INTERVAL = 1000;
const MAX_CHECKPOINTS = 128;
/** How many ticks run between two looks at the clock (one per tick when invariants are checked). */
const CLOCK_EVERY = 16;

interface Checkpoint {
  state: SimState;
  /** How many log entries this state already contains. */
  logPos: number;
}

export class Timeline {
  state: SimState;
  maxTick = 0;
  log: LoggedCommand[] = [];
  private logPos = 0;
  private checkpoints: Checkpoint[] = [];
  private interval = FIRST_INTERVAL;
  private replaced = 0;
  /** Called with violations when debug checks are on. */
  onViolation: ((tick: number, v: string[]) => void) | null = null;

  /**
   * `from` is a state this same history reached before (kept by the main thread while an
   * earlier worker ran): the timeline resumes there instead of replaying from tick 0.
   */
  constructor(readonly scenario: Scenario, log: LoggedCommand[] = [], from: WireCheckpoint | null = null) {
    this.state = createSim(scenario);
    this.log = [...log];
    this.checkpoints = [{ state: cloneState(this.state), logPos: 0 }];
    if (from !== null && from.tick > 0 && from.logPos <= this.log.length && from.state.tick === from.tick) {
      this.checkpoints.push({ state: from.state, logPos: from.logPos });
      this.state = cloneState(from.state);
      this.logPos = from.logPos;
      this.maxTick = from.tick;
    }
  }

  get tick(): number {
    return this.state.tick;
  }

  /** The current state as a restart point (the caller posts it, which copies it). */
  get current(): WireCheckpoint {
    return { tick: this.state.tick, logPos: this.logPos, state: this.state };
  }

  /**
   * Advance towards `target`, replaying logged commands on the way; stops early when
   * `outOfTime` says so (asked every CLOCK_EVERY ticks, every tick when invariants are
   * checked, and never before the first tick). Which ticks run never depends on the clock,
   * only how many. Mutates this.state.
   */
  advanceTo(target: number, outOfTime: () => boolean = () => false): void {
    const every = this.onViolation === null ? CLOCK_EVERY : 1;
    for (let n = 0; this.state.tick < target; n++) {
      if (n > 0 && n % every === 0 && outOfTime()) return;
      this.applyDue();
      advanceTick(this.state);
      if (this.onViolation !== null) {
        const v = checkInvariants(this.state);
        if (v.length > 0) this.onViolation(this.state.tick, v);
      }
      if (this.state.tick % this.interval === 0) this.checkpoint();
      if (this.state.tick > this.maxTick) this.maxTick = this.state.tick;
    }
  }

  /** Go to any tick (further than maxTick means simulating on), all at once. */
  seek(target: number): void {
    this.rewindFor(target);
    this.advanceTo(target);
    this.applyDue();
  }

  /** If `target` is in the past, restore the nearest checkpoint at or before it; whether it did. */
  rewindFor(target: number): boolean {
    const t = Math.max(0, Math.floor(target));
    if (t >= this.state.tick) return false;
    let best = this.checkpoints[0];
    for (const c of this.checkpoints) if (c.state.tick <= t && (best === undefined || c.state.tick >= best.state.tick)) best = c;
    if (best === undefined) return false;
    this.state = cloneState(best.state);
    this.logPos = best.logPos;
    return true;
  }

  /** Commands logged for the current tick take effect (as they did when first given). */
  settle(): void {
    this.applyDue();
  }

  /**
   * Apply a user command now. A command given after stepping back starts a new branch:
   * the logged future is dropped. Returns the engine's verdict; state unchanged on rejection.
   */
  command(input: LoggedCommand['command']): { ok: true; logPos: number } | { ok: false; reason: { key: string; params?: Readonly<Record<string, string | number>> } } {
    this.applyDue();
    const r = applyCommand(this.state, input);
    if (!r.ok) return { ok: false, reason: r.reason };
    this.log.length = this.logPos;
    this.log.push({ tick: this.state.tick, command: input });
    this.logPos = this.log.length;
    this.state = r.state;
    const tick = this.state.tick;
    this.checkpoints = this.checkpoints.filter((c) => c.state.tick < tick || (c.state.tick === tick && c.logPos < this.logPos));
    this.maxTick = tick;
    return { ok: true, logPos: this.logPos - 1 };
  }

  private applyDue(): void {
    while (this.logPos < this.log.length && this.log[this.logPos]?.tick === this.state.tick) {
      const entry = this.log[this.logPos];
      this.logPos += 1;
      if (entry === undefined) continue;
      const r = applyCommand(this.state, entry.command);
      if (r.ok) this.state = r.state;
    }
  }

  private checkpoint(): void {
    const tick = this.state.tick;
    if (this.checkpoints.some((c) => c.state.tick === tick)) return;
    this.checkpoints.push({ state: cloneState(this.state), logPos: this.logPos });
    if (this.checkpoints.length <= MAX_CHECKPOINTS) return;
    // At the cap, each new checkpoint replaces the one whose neighbours lie closest together
    // (never tick 0, never the newest): the count, and so the memory, stays level while the
    // spacing stays even. After half the cap has been replaced, checkpoint half as often.
    let drop = 1;
    let narrowest = Infinity;
    for (let i = 1; i < this.checkpoints.length - 1; i++) {
      const gap = (this.checkpoints[i + 1]?.state.tick ?? 0) - (this.checkpoints[i - 1]?.state.tick ?? 0);
      if (gap < narrowest) {
        narrowest = gap;
        drop = i;
      }
    }
    this.checkpoints.splice(drop, 1);
    this.replaced += 1;
    if (this.replaced >= MAX_CHECKPOINTS / 2) {
      this.replaced = 0;
      this.interval *= 2;
    }
  }
}
