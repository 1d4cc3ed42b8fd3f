/**
 * simClient: the main thread's side of the simulation. It spawns the worker, sends
 * typed messages, and writes the store. Snapshots are drawn once per animation frame
 * and acknowledged from there, so the worker never floods the main thread. A heartbeat
 * notices a dead or hung worker within two seconds; the client then starts a new one
 * and replays the scenario and every accepted command to the last tick it saw.
 */
import type { CommandInput, Message, Scenario, Snapshot, Topology } from '../engine';
import { assertNever, PROTOCOL_VERSION, type FromWorker, type LoggedCommand, type Speed, type ToWorker, type WireSnapshot } from '../protocol/messages';
import { addNotice, setSim, useStore } from '../store';
import { createInThreadTransport, createWorkerTransport, type Transport } from './transport';

const PING_MS = 500;
const DEAD_AFTER_MS = 2000;
const MAX_WORKER_RESTARTS = 3;

type CommandResult = { ok: true } | { ok: false; reason: Message };

class SimClient {
  private transport: Transport | null = null;
  private topology: Topology | null = null;
  private pending: FromWorker & { type: 'snapshot' } | null = null;
  private frameRequested = false;
  private lastHeard = 0;
  private pingId = 0;
  private cmdId = 0;
  private waiting = new Map<number, (r: CommandResult) => void>();
  private restarts = 0;
  private heartbeat: ReturnType<typeof setInterval> | null = null;
  private debug = false;
  /** Where frame work runs: the app's adaptive frame loop (set at boot), else requestAnimationFrame. */
  private frameScheduler: ((job: () => void) => void) | null = null;

  start(scenario: Scenario, scenarioId: string, opts: { tick: number; playing: boolean; speed: Speed; debug: boolean }): void {
    this.debug = opts.debug;
    setSim({ scenario, scenarioId, log: [], speed: opts.speed, status: 'starting' });
    this.connect();
    this.send({ type: 'speed', speed: opts.speed });
    this.send({ type: 'load', scenario, tick: opts.tick, playing: opts.playing });
    this.heartbeat ??= setInterval(() => this.checkPulse(), PING_MS);
  }

  private connect(): void {
    const events = { onMessage: (m: FromWorker) => this.receive(m), onFailure: (r: string) => this.recover(r) };
    const preferWorker = this.restarts < MAX_WORKER_RESTARTS;
    this.transport = (preferWorker ? createWorkerTransport(events) : null) ?? createInThreadTransport(events);
    this.topology = null;
    this.lastHeard = performance.now();
    this.send({ type: 'hello', v: PROTOCOL_VERSION });
    if (this.debug) this.send({ type: 'debug', on: true });
  }

  private send(msg: ToWorker): void {
    this.transport?.post(msg);
  }

  private checkPulse(): void {
    if (performance.now() - this.lastHeard > DEAD_AFTER_MS) {
      this.recover('no answer');
      return;
    }
    this.pingId += 1;
    this.send({ type: 'ping', id: this.pingId });
  }

  /** The worker died or hung: start a new one at the same scenario, commands and tick. */
  private recover(reason: string): void {
    const s = useStore.getState();
    this.transport?.terminate();
    this.transport = null;
    this.restarts += 1;
    setSim({ status: 'recovering' });
    addNotice('warning', { key: 'notice.workerRestarted', params: { reason } });
    if (s.scenario === null) return;
    this.connect();
    this.send({ type: 'restore', scenario: s.scenario, log: s.log, tick: s.snapshot?.tick ?? 0, playing: s.playing, speed: s.speed });
  }

  private receive(msg: FromWorker): void {
    this.lastHeard = performance.now();
    switch (msg.type) {
      case 'ready':
        if (msg.v !== PROTOCOL_VERSION) addNotice('error', { key: 'notice.protocolMismatch' });
        return;
      case 'snapshot':
        this.pending = msg;
        this.requestFrame();
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
      setSim({ log });
      resolve?.({ ok: true });
    } else {
      addNotice('error', msg.reason);
      resolve?.({ ok: false, reason: msg.reason });
    }
  }

  private requestFrame(): void {
    if (this.frameRequested) return;
    this.frameRequested = true;
    const draw = (): void => {
      this.frameRequested = false;
      const msg = this.pending;
      this.pending = null;
      if (msg === null) return;
      this.draw(msg.snapshot, msg);
      this.send({ type: 'ack' });
    };
    if (this.frameScheduler !== null) this.frameScheduler(draw);
    else if (typeof requestAnimationFrame === 'function' && document.visibilityState !== 'hidden') requestAnimationFrame(draw);
    else setTimeout(draw, 16);
  }

  /**
   * Run snapshot frames in the app's frame loop: the newest snapshot is applied (and the
   * worker asked for the next) at the pace the device draws, not faster.
   */
  setFrameScheduler(schedule: ((job: () => void) => void) | null): void {
    this.frameScheduler = schedule;
  }

  private draw(wire: WireSnapshot, msg: { playing: boolean; maxTick: number; speed: Speed }): void {
    if (wire.topology !== null) this.topology = wire.topology;
    if (this.topology === null) return;
    const snapshot: Snapshot = { ...wire, topology: this.topology };
    setSim({ snapshot, playing: msg.playing, maxTick: msg.maxTick, speed: msg.speed, status: 'running' });
  }

  // ---- the public surface used by the UI, the embed API and tours ----
  play(): void {
    this.send({ type: 'play' });
    setSim({ playing: true });
  }
  pause(): void {
    this.send({ type: 'pause' });
    setSim({ playing: false });
  }
  togglePlay(): void {
    if (useStore.getState().playing) this.pause();
    else this.play();
  }
  stepBy(ticks: number): void {
    setSim({ playing: false });
    this.send({ type: 'step', ticks });
  }
  seek(tick: number): void {
    setSim({ playing: false });
    this.send({ type: 'seek', tick });
  }
  setSpeed(speed: Speed): void {
    setSim({ speed });
    this.send({ type: 'speed', speed });
  }
  reset(): void {
    setSim({ log: [], playing: false });
    this.send({ type: 'reset' });
  }
  load(scenario: Scenario, scenarioId: string): void {
    setSim({ scenario, scenarioId, log: [], violations: [] });
    this.send({ type: 'load', scenario, tick: 0, playing: useStore.getState().playing });
  }
  /**
   * Load a scenario with commands already applied and open it at a tick: what tours,
   * share links and the embed API need to reproduce a picture exactly.
   */
  restore(scenario: Scenario, scenarioId: string, log: LoggedCommand[], tick: number, playing: boolean): void {
    setSim({ scenario, scenarioId, log, violations: [], playing });
    this.send({ type: 'restore', scenario, log, tick, playing, speed: useStore.getState().speed });
  }
  command(command: CommandInput): Promise<CommandResult> {
    this.cmdId += 1;
    const id = this.cmdId;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.send({ type: 'command', id, command });
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
}

export const simClient = new SimClient();
