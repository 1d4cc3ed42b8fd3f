/**
 * Liveness by heartbeat sequence. The main thread pings the worker every PING_MS with a
 * rising id and the worker answers each with a pong of the same id. A beat that finds no
 * new answer since the previous beat is a miss, but only if the main thread itself was
 * responsive: a beat that comes late (the main thread was busy, throttled or starved)
 * measures that gap and excuses it, because the answers may simply be waiting in the
 * queue behind it. The worker is dead after MISSES_TO_DEAD counted misses in a row
 * (about 1.25 s of a healthy main thread hearing nothing), or, before its first answer
 * (its code still loading), after STARTUP_MS of responsive silence. Building a world (a
 * load, restore or reset) is one long task the worker cannot slice, and on a busy machine
 * it can take seconds: until the worker answers a ping sent after that request, silence
 * is judged by the same STARTUP_MS. Pure: the caller passes the clock, so this is tested
 * without timers.
 */
export const PING_MS = 250;
export const MISSES_TO_DEAD = 5;
/** A beat later than this after the previous one means the main thread was not responsive. */
export const STALL_MS = 400;
export const STARTUP_MS = 10_000;

export type Beat = { kind: 'ping'; id: number } | { kind: 'dead' };

export class Liveness {
  private lastBeat = 0;
  private sent = 0;
  private answered = 0;
  private answeredAtBeat = 0;
  private missed = 0;
  private silentMs = 0;
  /** The current worker answered at least once. */
  ready = false;
  /** A world was requested after ping `graceAfter`: the worker is building it until it answers a later ping. */
  private graceAfter: number | null = null;
  /** Beats that came late (the main thread's own gaps, whose silence is excused), their gaps summed, and the longest gap. */
  private late = 0;
  private lateMs = 0;
  private longestGap = 0;

  /** A new worker starts: nothing is owed yet. */
  connected(now: number): void {
    this.lastBeat = now;
    this.answeredAtBeat = this.answered;
    this.missed = 0;
    this.silentMs = 0;
    this.ready = false;
    this.graceAfter = null;
  }

  /** A load, restore or reset was just sent: the worker builds the world before it answers the next ping. */
  worldRequested(): void {
    this.graceAfter = this.sent;
  }

  /** Any message from the worker: it is running. A pong also carries the id it answers. */
  heard(pongId?: number): void {
    this.ready = true;
    if (pongId !== undefined && pongId > this.answered) this.answered = pongId;
  }

  /** Called every PING_MS: the next ping to send, or the verdict that the worker is dead. */
  beat(now: number): Beat {
    const gap = now - this.lastBeat;
    this.lastBeat = now;
    const stalled = gap > STALL_MS;
    if (stalled) {
      this.late += 1;
      this.lateMs += gap;
    }
    this.longestGap = Math.max(this.longestGap, gap);
    if (this.answered > this.answeredAtBeat) {
      this.missed = 0;
      this.silentMs = 0;
    } else if (!stalled) {
      this.missed += 1;
      this.silentMs += gap;
    }
    this.answeredAtBeat = this.answered;
    if (this.graceAfter !== null && this.answered > this.graceAfter) this.graceAfter = null;
    const grace = !this.ready || this.graceAfter !== null;
    if (grace ? this.silentMs >= STARTUP_MS : this.missed >= MISSES_TO_DEAD) return { kind: 'dead' };
    this.sent += 1;
    return { kind: 'ping', id: this.sent };
  }

  /** The worker answered every ping so far (no miss counted since its last answer). */
  get healthy(): boolean {
    return this.ready && this.missed === 0;
  }

  /**
   * Counted since the page opened. Between two readings, a beat is either on time (at
   * most STALL_MS after the one before; its silence counts) or late: the wall-clock time
   * they span is at most the on-time beats times STALL_MS, plus the late beats' `lateMs`.
   */
  get stats(): { sent: number; answered: number; missed: number; late: number; lateMs: number; longestGap: number } {
    return { sent: this.sent, answered: this.answered, missed: this.missed, late: this.late, lateMs: Math.round(this.lateMs), longestGap: Math.round(this.longestGap) };
  }
}

/**
 * How many restarts are allowed: MAX in a row, and the count starts again after a
 * healthy minute (every beat answered since then), so a lab that runs for hours is not
 * one unlucky restart away from giving up, while a worker that keeps dying stops being
 * restarted.
 */
export class RestartBudget {
  private count = 0;
  private healthySince = 0;

  constructor(
    private readonly max = 3,
    private readonly healthyMs = 60_000,
  ) {}

  /** A restart at `now`; false when the budget is spent. */
  spend(now: number): boolean {
    this.count += 1;
    this.healthySince = now;
    return this.count <= this.max;
  }

  /** Every beat: was the worker healthy? A healthy minute refills the budget. */
  beat(now: number, healthy: boolean): void {
    if (!healthy) this.healthySince = now;
    else if (this.count > 0 && now - this.healthySince >= this.healthyMs) this.count = 0;
  }

  get used(): number {
    return this.count;
  }
}
