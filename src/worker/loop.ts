/**
 * The fixed-step simulation loop, independent of where it runs: the worker drives it
 * with postMessage, simClient can drive it in-thread. It paces ticks to real time x
 * speed (or as many as fit at "max"), and every turn, seek and replay stops at a time
 * budget so the loop always answers pings promptly, at any speed and with invariant
 * checks on; the budget changes how many ticks a turn runs, never what they compute.
 * Output is coalesced: at most one snapshot in flight, sent after the main thread
 * acknowledged the previous one, newest state wins. What seldom changes (the topology,
 * most of each storage volume) travels only when it changed (protocol/wire.ts). The
 * snapshot's digest goes along (hashing a big world is work the main thread should not
 * do): with every settled snapshot, and twice a second while playing. Every few seconds the current state goes to the main thread as a checkpoint, so a
 * restarted worker resumes there.
 */
import { snapshotBuffers, snapshotDigest, toSnapshot, type CommandInput, type Scenario } from '../engine';
import { assertNever, PROTOCOL_VERSION, type Checkpoint, type FromWorker, type LoggedCommand, type Speed, type ToWorker } from '../protocol/messages';
import { WireEncoder } from '../protocol/wire';
import { Timeline } from './timeline';

export interface LoopHost {
  post(msg: FromWorker, transfer: Transferable[]): void;
  now(): number;
  schedule(fn: () => void, ms: number): void;
}

/** Pacing: one loop turn per ~16 ms; no turn (or slice of a seek) computes longer than the budget. */
const TURN_MS = 16;
const BUDGET_MS = 10;
/** Never owe more than this many ms of simulated time (no spiral when the engine lags). */
const MAX_DEBT_MS = 100;
/** How often the current state is offered to the main thread as a restart point. */
const CHECKPOINT_MS = 2000;
/** While playing, the snapshot's digest (for tests comparing states) goes along at most this often. */
const DIGEST_MS = 500;

export class SimLoop {
  private timeline: Timeline | null = null;
  private playing = false;
  private speed: Speed = 1;
  private acked = true;
  private dirty = false;
  private readonly wire = new WireEncoder();
  private lastTurn = 0;
  private debt = 0;
  private running = false;
  private debug = false;
  /** A seek still being replayed in turns, and whether to play once there. */
  private seekTarget: number | null = null;
  private resumeAfterSeek = false;
  /** After a load, the first snapshot shows the requested tick, not the replay on its way there. */
  private holdForLoad = false;
  /** The newest mark handled (echoed in every snapshot). */
  private mark = 0;
  private checkpointAt = 0;
  private checkpointKey = '';
  private digestAt = -Infinity;
  /** Pause exactly here while playing (a tour's "run until tick N"). */
  private stopAt: number | null = null;
  /** Commands that arrived during a seek: they apply at the tick the seek was asked for. */
  private queued: { id: number; command: CommandInput }[] = [];

  constructor(private readonly host: LoopHost) {}

  handle(msg: ToWorker): void {
    switch (msg.type) {
      case 'hello':
        this.host.post({ type: 'ready', v: PROTOCOL_VERSION }, []);
        return;
      case 'load':
        this.load(msg.scenario, [], msg.tick, msg.playing, null);
        return;
      case 'restore':
        this.speed = msg.speed;
        this.load(msg.scenario, msg.log, msg.tick, msg.playing, msg.from);
        return;
      case 'play':
        if (this.seekTarget !== null) this.resumeAfterSeek = true;
        else this.setPlaying(true);
        return;
      case 'pause':
        this.resumeAfterSeek = false;
        this.setPlaying(false);
        return;
      case 'stopAt':
        this.stopAt = msg.tick;
        return;
      case 'step':
        this.playing = false;
        this.seek((this.seekTarget ?? this.timeline?.tick ?? 0) + msg.ticks);
        return;
      case 'seek':
        this.playing = false;
        this.seek(msg.tick);
        return;
      case 'speed':
        this.speed = msg.speed;
        this.debt = 0;
        this.touch();
        return;
      case 'reset':
        if (this.timeline !== null) this.load(this.timeline.scenario, [], 0, false, null);
        return;
      case 'command':
        this.command(msg.id, msg.command);
        return;
      case 'ack':
        this.acked = true;
        this.flush();
        return;
      case 'checkpointPort': // the worker's host keeps the port (sim.worker.ts)
        return;
      case 'ping':
        this.host.post({ type: 'pong', id: msg.id }, []);
        return;
      case 'mark':
        this.mark = msg.id;
        this.touch();
        return;
      case 'debug':
        this.debug = msg.on;
        this.wireDebug();
        return;
      case 'fault':
        if (this.debug) this.fault(msg.kind);
        return;
      default:
        assertNever(msg);
    }
  }

  private load(scenario: Scenario, log: LoggedCommand[], tick: number, playing: boolean, from: Checkpoint | null): void {
    // Commands still waiting for the old world's seek belong to that world: refuse them.
    for (const c of this.queued.splice(0)) this.host.post({ type: 'commandResult', id: c.id, ok: false, reason: { key: 'reason.notLoaded' } }, []);
    this.timeline = new Timeline(scenario, log, from);
    this.stopAt = null;
    this.checkpointAt = this.host.now();
    this.checkpointKey = '';
    this.wireDebug();
    this.wire.reset();
    this.digestAt = -Infinity;
    this.playing = false;
    this.holdForLoad = true;
    this.seek(tick);
    if (this.seekTarget === null) this.setPlaying(playing);
    else this.resumeAfterSeek = playing;
    this.startTurns();
  }

  /** Misbehave on purpose, so tests can prove the client notices and recovers. */
  private fault(kind: 'throw' | 'hang' | 'corrupt'): void {
    if (kind === 'throw') throw new Error('injected fault');
    if (kind === 'corrupt') {
      // Break time accounting of the first entity: the debug invariant check must catch it.
      const run = this.timeline?.state.ent.run;
      if (run !== undefined && run.length > 0) run[0] = (run[0] ?? 0) + 1;
      return;
    }
    const until = this.host.now() + 60_000;
    while (this.host.now() < until) {
      // Spin: the worker stops answering pings.
    }
  }

  private wireDebug(): void {
    if (this.timeline === null) return;
    this.timeline.onViolation = this.debug
      ? (tick, violations) => {
          this.playing = false;
          this.host.post({ type: 'invariant', tick, violations: violations.slice(0, 10) }, []);
        }
      : null;
  }

  private setPlaying(on: boolean): void {
    this.playing = on;
    this.debt = 0;
    this.lastTurn = this.host.now();
    this.touch();
  }

  /**
   * Go to a tick. Going back restores a checkpoint at once; the replay (or a long jump
   * forward) then runs in time-budgeted turns so the worker keeps answering pings.
   */
  private seek(tick: number): void {
    const tl = this.timeline;
    if (tl === null) return;
    const target = Math.max(0, Math.floor(tick));
    this.resumeAfterSeek = false;
    if (tl.rewindFor(target)) this.wire.rewound();
    this.seekTarget = target;
    this.runSeek();
    this.touch();
  }

  private runSeek(): void {
    const tl = this.timeline;
    if (tl === null || this.seekTarget === null) return;
    const end = this.host.now() + BUDGET_MS;
    tl.advanceTo(this.seekTarget, () => this.host.now() >= end);
    if (tl.tick < this.seekTarget) return;
    tl.settle();
    this.seekTarget = null;
    this.holdForLoad = false;
    for (const c of this.queued.splice(0)) this.command(c.id, c.command);
    if (this.resumeAfterSeek) this.setPlaying(true);
  }

  private command(id: number, command: CommandInput): void {
    if (this.seekTarget !== null) {
      this.queued.push({ id, command });
      return;
    }
    if (this.timeline === null) {
      this.host.post({ type: 'commandResult', id, ok: false, reason: { key: 'reason.notLoaded' } }, []);
      return;
    }
    const r = this.timeline.command(command);
    if (r.ok) {
      this.host.post({ type: 'commandResult', id, ok: true, tick: this.timeline.tick, logPos: r.logPos, command }, []);
    } else {
      this.host.post({ type: 'commandResult', id, ok: false, reason: r.reason }, []);
    }
    this.touch();
  }

  private touch(): void {
    this.dirty = true;
    this.flush();
  }

  /** Send the newest state if the main thread is ready for it. */
  private flush(): void {
    const tl = this.timeline;
    if (!this.dirty || !this.acked || tl === null) return;
    if (this.holdForLoad && this.seekTarget !== null) return;
    const snap = toSnapshot(tl.state);
    this.dirty = false;
    this.acked = false;
    const settled = this.seekTarget === null && !this.playing;
    const digest = settled || this.digestDue() ? snapshotDigest(snap) : null;
    const wire = this.wire.encode(snap);
    this.host.post(
      { type: 'snapshot', snapshot: wire.snapshot, playing: this.playing, maxTick: tl.maxTick, speed: this.speed, mark: this.mark, settled, digest },
      [...snapshotBuffers(snap), ...wire.transfer],
    );
  }

  private digestDue(): boolean {
    const now = this.host.now();
    if (now - this.digestAt < DIGEST_MS) return false;
    this.digestAt = now;
    return true;
  }

  /** Offer the current state as a restart point, at most every CHECKPOINT_MS and only when it changed. */
  private offerCheckpoint(now: number): void {
    const tl = this.timeline;
    if (tl === null || this.seekTarget !== null || now - this.checkpointAt < CHECKPOINT_MS) return;
    const cp = tl.current;
    const key = `${cp.tick}:${cp.logPos}:${tl.log.length}`;
    this.checkpointAt = now;
    if (key === this.checkpointKey || cp.tick === 0) return;
    this.checkpointKey = key;
    this.host.post({ type: 'checkpoint', checkpoint: cp, mark: this.mark }, []);
  }

  private startTurns(): void {
    if (this.running) return;
    this.running = true;
    this.lastTurn = this.host.now();
    const turn = (): void => {
      this.turn();
      const busy = this.seekTarget !== null || (this.playing && this.speed === 'max');
      this.host.schedule(turn, busy ? 0 : TURN_MS);
    };
    this.host.schedule(turn, TURN_MS);
  }

  private turn(): void {
    const now = this.host.now();
    const elapsed = now - this.lastTurn;
    this.lastTurn = now;
    const tl = this.timeline;
    if (this.seekTarget !== null) {
      this.runSeek();
      this.touch();
      return;
    }
    this.offerCheckpoint(now);
    if (!this.playing || tl === null) return;
    const end = now + BUDGET_MS;
    // A violation found in debug mode pauses (onViolation): stop the turn there too.
    const stop = (): boolean => !this.playing || this.host.now() >= end;
    const limit = this.stopAt !== null && this.stopAt > tl.tick ? this.stopAt : Number.MAX_SAFE_INTEGER;
    if (this.speed === 'max') {
      tl.advanceTo(limit, stop);
    } else {
      this.debt = Math.min(this.debt + elapsed, MAX_DEBT_MS);
      const ticks = Math.floor(this.debt * this.speed);
      if (ticks > 0) {
        const from = tl.tick;
        tl.advanceTo(Math.min(from + ticks, limit), stop);
        // Ticks the budget did not reach stay owed (the debt cap keeps that bounded).
        this.debt -= (tl.tick - from) / this.speed;
      }
    }
    if (tl.tick === this.stopAt) {
      this.stopAt = null;
      tl.settle();
      this.setPlaying(false);
    }
    this.touch();
  }
}
