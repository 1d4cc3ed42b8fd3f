/**
 * simClient: the main thread's side of the simulation. It spawns the worker, sends
 * typed messages, and writes the store. Snapshots are drawn at most once per animation
 * frame, or by a timer when no frame comes (a starved compositor must not freeze the
 * picture), and acknowledged right after they are drawn, so the worker never floods the
 * main thread. Every request is followed by a mark; the store's `settled` is true once
 * the worker has handled every request and has no seek under way, while paused.
 * Liveness is judged by heartbeat sequence (liveness.ts): a dead or hung worker is
 * noticed in well under two seconds while a busy main thread is never mistaken for a
 * dead worker. A new worker resumes from the newest checkpoint the main thread holds,
 * with the commands logged since. The in-thread loop is used only when no Worker can be
 * created (or never started); repeated deaths without a healthy minute between them stop
 * the restarts.
 */
import type { CommandInput, Message, Scenario, Snapshot } from '../engine';
import { assertNever, PROTOCOL_VERSION, type FromWorker, type LoggedCommand, type Speed, type ToWorker } from '../protocol/messages';
import { WireDecoder } from '../protocol/wire';
import { addNotice, setSim, useStore, worldReplaced, type WorldOrigin } from '../store';
import { Liveness, PING_MS, RestartBudget } from './liveness';
import { RestartPoint } from './restartPoint';
import { MAX_GAP_MS } from '../views/shared/frameLoop';
import { createInThreadTransport, createWorkerTransport, type Transport } from './transport';

/**
 * Draw by timer when no animation frame came within this long; when the app's frame loop
 * draws, also give it the longest gap it may leave between passes on a slow device
 * (otherwise the timer would draw every snapshot the loop means to leave out).
 */
const FRAME_FALLBACK_MS = 50;

type CommandResult = { ok: true } | { ok: false; reason: Message };
type SnapshotMsg = FromWorker & { type: 'snapshot' };
/** The last restart: when, why, and the heartbeat's figures at that moment (what the verdict counted). */
type Recovery = { at: number; reason: string; liveness: Liveness['stats'] };
type Request = Exclude<ToWorker, { type: 'hello' | 'ping' | 'ack' | 'debug' | 'fault' | 'mark' }>;

class SimClient {
  private transport: Transport | null = null;
  private readonly wire = new WireDecoder();
  /** The newest snapshot not yet drawn (decoded on arrival: every message must be decoded, in order). */
  private pending: { snapshot: Snapshot; msg: SnapshotMsg } | null = null;
  private frameRequested = false;
  private cmdId = 0;
  private markSent = 0;
  private waiting = new Map<number, (r: CommandResult) => void>();
  private readonly restarts = new RestartBudget();
  private lastRecovery: Recovery | null = null;
  private heartbeat: ReturnType<typeof setInterval> | null = null;
  private debug = false;
  private bootTick = 0;
  private workerFailedEarly = false;
  private readonly liveness = new Liveness();
  private readonly restartPoint = new RestartPoint();
  /** Where frame work runs: the app's adaptive frame loop (set at boot), else requestAnimationFrame. */
  private frameScheduler: ((job: () => void) => void) | null = null;
  /** The mark that follows the newest load, restore or reset: snapshots echoing an older mark are of the world before it. */
  private worldMark = 0;

  start(scenario: Scenario, scenarioId: string, opts: { tick: number; playing: boolean; speed: Speed; debug: boolean }): void {
    this.debug = opts.debug;
    this.bootTick = opts.tick;
    setSim({ scenario, scenarioId, log: [], speed: opts.speed, status: 'starting', settled: false, opening: opts.tick });
    this.connect();
    this.request({ type: 'speed', speed: opts.speed });
    this.request({ type: 'load', scenario, tick: opts.tick, playing: opts.playing });
    this.newWorld();
    this.heartbeat ??= setInterval(() => this.checkPulse(), PING_MS);
  }

  /**
   * End the simulation: the heartbeat stops and the worker (or in-thread loop) is ended. The
   * app never calls it (its simulation lives as long as the page); a unit test that starts
   * the real client calls it when it ends, so nothing keeps running into the next file: a
   * snapshot waiting for its frame is dropped (its timer then draws nothing), and a command
   * still waiting for its answer is answered as refused.
   */
  stop(): void {
    if (this.heartbeat !== null) clearInterval(this.heartbeat);
    this.heartbeat = null;
    this.transport?.terminate();
    this.transport = null;
    this.pending = null;
    this.frameRequested = false;
    for (const resolve of this.waiting.values()) resolve({ ok: false, reason: { key: 'notice.simStopped' } });
    this.waiting.clear();
  }

  private connect(): void {
    const mine: { t: Transport | null } = { t: null };
    // Messages and failures of a transport already replaced are ignored.
    const events = {
      onMessage: (m: FromWorker) => mine.t === this.transport && this.receive(m),
      onFailure: (r: string) => mine.t === this.transport && this.recover(r),
    };
    const worker = this.workerFailedEarly ? null : createWorkerTransport(events);
    mine.t = worker ?? createInThreadTransport(events);
    this.transport = mine.t;
    this.wire.reset();
    this.pending = null;
    this.liveness.connected(performance.now());
    this.send({ type: 'hello', v: PROTOCOL_VERSION });
    if (this.debug) this.send({ type: 'debug', on: true });
  }

  private send(msg: ToWorker): void {
    this.transport?.post(msg);
  }

  /** A request changes what the worker shows: follow it with a mark, and be unsettled until the mark comes back. */
  private request(msg: Request): void {
    this.send(msg);
    this.markSent += 1;
    this.send({ type: 'mark', id: this.markSent });
    if (useStore.getState().settled) setSim({ settled: false });
  }

  private checkPulse(): void {
    if (this.transport === null) return;
    const now = performance.now();
    const beat = this.liveness.beat(now);
    if (beat.kind === 'dead') {
      this.recover('no answer');
      return;
    }
    this.restarts.beat(now, this.liveness.healthy);
    this.send({ type: 'ping', id: beat.id });
  }

  /** The worker died or hung: start a new one at the same scenario, commands and tick. */
  private recover(reason: string): void {
    const s = useStore.getState();
    if (!this.liveness.ready && this.transport?.kind === 'worker') this.workerFailedEarly = true;
    this.transport?.terminate();
    this.transport = null;
    for (const resolve of this.waiting.values()) resolve({ ok: false, reason: { key: 'notice.workerRestarted', params: { reason } } });
    this.waiting.clear();
    const now = performance.now();
    this.lastRecovery = { at: now, reason, liveness: this.liveness.stats };
    if (!this.restarts.spend(now)) {
      // It keeps dying: stop restarting; the status line says the simulation could not run.
      setSim({ status: 'failed', settled: false, playing: false });
      return;
    }
    setSim({ status: 'recovering', settled: false });
    addNotice('warning', { key: 'notice.workerRestarted', params: { reason } });
    if (s.scenario === null) return;
    this.connect();
    // The store's world (its tick too while it is still opening), never an older world's snapshot.
    const tick = s.opening ?? s.snapshot?.tick ?? this.bootTick;
    const from = this.restartPoint.before(tick);
    setSim({ opening: tick });
    this.request({ type: 'restore', scenario: s.scenario, log: s.log, tick, playing: s.playing, speed: s.speed, from });
    this.newWorld(from);
  }

  private receive(msg: FromWorker): void {
    this.liveness.heard(msg.type === 'pong' ? msg.id : undefined);
    switch (msg.type) {
      case 'ready':
        if (msg.v !== PROTOCOL_VERSION) addNotice('error', { key: 'notice.protocolMismatch' });
        return;
      case 'snapshot': {
        const snapshot = this.wire.decode(msg.snapshot);
        // Not all of it yet (a new worker's full snapshot will follow): nothing to draw, ask for more.
        if (snapshot === null) {
          this.send({ type: 'ack' });
          return;
        }
        this.pending = { snapshot, msg };
        this.requestFrame();
        return;
      }
      case 'checkpoint':
        this.restartPoint.offer(msg.checkpoint, msg.mark);
        return;
      case 'commandResult':
        this.settleCommand(msg);
        return;
      case 'pong':
        return;
      case 'invariant':
        setSim({ violations: msg.violations, playing: false });
        addNotice('error', { key: 'notice.invariant', params: { tick: msg.tick, first: msg.violations[0] ?? '' } });
        return;
      case 'error':
        this.recover(msg.message);
        return;
      default:
        assertNever(msg);
    }
  }

  private settleCommand(msg: FromWorker & { type: 'commandResult' }): void {
    const resolve = this.waiting.get(msg.id);
    this.waiting.delete(msg.id);
    if (msg.ok) {
      const log: LoggedCommand[] = [...useStore.getState().log.slice(0, msg.logPos), { tick: msg.tick, command: msg.command }];
      this.restartPoint.commandAccepted(msg.tick, msg.logPos);
      setSim({ log, changed: true });
      resolve?.({ ok: true });
    } else {
      addNotice('error', msg.reason);
      resolve?.({ ok: false, reason: msg.reason });
    }
  }

  /** Draw the newest snapshot on the next animation frame, or by timer if no frame comes; then acknowledge. */
  private requestFrame(): void {
    if (this.frameRequested) return;
    this.frameRequested = true;
    const draw = (): void => {
      if (!this.frameRequested) return;
      this.frameRequested = false;
      const next = this.pending;
      this.pending = null;
      if (next === null) return;
      this.draw(next.snapshot, next.msg);
      this.send({ type: 'ack' });
    };
    const hidden = typeof document === 'undefined' || document.visibilityState === 'hidden';
    if (!hidden) {
      if (this.frameScheduler !== null) this.frameScheduler(draw);
      else if (typeof requestAnimationFrame === 'function') requestAnimationFrame(draw);
    }
    // No frame comes in a hidden or starved page: the timer draws instead (draw runs once).
    setTimeout(draw, hidden ? 16 : this.frameScheduler === null ? FRAME_FALLBACK_MS : FRAME_FALLBACK_MS + MAX_GAP_MS);
  }

  /**
   * Run snapshot frames in the app's frame loop: the newest snapshot is applied (and the
   * worker asked for the next) at the pace the device draws, not faster.
   */
  setFrameScheduler(schedule: ((job: () => void) => void) | null): void {
    this.frameScheduler = schedule;
  }

  private draw(snapshot: Snapshot, msg: SnapshotMsg): void {
    // Until the worker has handled every request, its playing and speed are older than what
    // the person just chose (a pause, a faster speed): keep those until it catches up.
    const current = msg.mark === this.markSent;
    const settled = current && msg.settled;
    const digest = msg.digest === null ? {} : { digest: msg.digest };
    const opened = msg.mark >= this.worldMark && useStore.getState().opening !== null ? { opening: null } : {};
    setSim(current ? { snapshot, playing: msg.playing, maxTick: msg.maxTick, speed: msg.speed, status: 'running', settled, ...digest, ...opened } : { snapshot, maxTick: msg.maxTick, status: 'running', settled, ...digest, ...opened });
  }

  /** A world was just requested (load, restore or reset): it is on screen once a snapshot echoes this mark. */
  private newWorld(from?: Parameters<RestartPoint['newWorld']>[1]): void {
    this.worldMark = this.markSent;
    this.restartPoint.newWorld(this.markSent, from);
    this.liveness.worldRequested();
  }

  // ---- the public surface used by the UI, the embed API and tours ----
  play(): void {
    this.request({ type: 'play' });
    setSim({ playing: true });
  }
  pause(): void {
    this.request({ type: 'pause' });
    setSim({ playing: false });
  }
  /** While playing, pause exactly at `tick` (null: no stop). A load or restore clears it. */
  stopAt(tick: number | null): void {
    this.request({ type: 'stopAt', tick });
  }
  togglePlay(): void {
    if (useStore.getState().playing) this.pause();
    else this.play();
  }
  stepBy(ticks: number): void {
    setSim({ playing: false });
    this.request({ type: 'step', ticks });
  }
  seek(tick: number): void {
    setSim({ playing: false });
    this.request({ type: 'seek', tick });
  }
  setSpeed(speed: Speed): void {
    setSim({ speed });
    this.request({ type: 'speed', speed });
  }
  /*
   * load, restore and reset replace the world on screen: each first tells the store,
   * which keeps the old world when it holds the person's work (see store/worldUndo.ts).
   */
  reset(): void {
    worldReplaced(useStore.getState().origin);
    setSim({ log: [], playing: false, opening: 0 });
    this.request({ type: 'reset' });
    this.newWorld();
    this.bootTick = 0;
  }
  load(scenario: Scenario, scenarioId: string, origin: WorldOrigin): void {
    worldReplaced(origin);
    setSim({ scenario, scenarioId, log: [], violations: [], opening: 0 });
    this.request({ type: 'load', scenario, tick: 0, playing: useStore.getState().playing });
    this.newWorld();
    this.bootTick = 0;
  }
  /**
   * Load a scenario with commands already applied and open it at a tick: what tours,
   * share links and the embed API need to reproduce a picture exactly.
   */
  restore(scenario: Scenario, scenarioId: string, log: LoggedCommand[], tick: number, playing: boolean, origin: WorldOrigin): void {
    worldReplaced(origin);
    setSim({ scenario, scenarioId, log, violations: [], playing, opening: tick });
    this.request({ type: 'restore', scenario, log, tick, playing, speed: useStore.getState().speed, from: null });
    this.newWorld();
    this.bootTick = tick;
  }
  command(command: CommandInput): Promise<CommandResult> {
    this.cmdId += 1;
    const id = this.cmdId;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.request({ type: 'command', id, command });
    });
  }
  /** Fault injection for recovery tests (debug mode only): kill, crash or hang the worker. */
  fault(kind: 'kill' | 'throw' | 'hang' | 'corrupt'): void {
    if (!this.debug) return;
    if (kind === 'kill') this.transport?.terminate();
    else this.send({ type: 'fault', kind });
  }
  get transportKind(): string {
    return this.transport?.kind ?? 'none';
  }
  /** Heartbeat figures for tests and the debug handle. */
  health(): { restarts: number; lastRecovery: Recovery | null; transport: string } & Liveness['stats'] {
    return { restarts: this.restarts.used, lastRecovery: this.lastRecovery, transport: this.transportKind, ...this.liveness.stats };
  }
}

export const simClient = new SimClient();
