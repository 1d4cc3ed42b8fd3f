/**
 * The loop's time budget, marks and checkpoints, with clocks that move as work is done:
 * no turn runs past its budget at any speed or with invariant checks on, the budget
 * changes how many ticks run but never what they compute, every request's mark comes
 * back in a snapshot (settled only when no seek is under way and paused), commands sent
 * during a seek apply at the tick asked for, and a checkpoint posted to the main thread
 * lets a new loop resume exactly where the old one was without replaying from tick 0.
 */
import { describe, expect, it } from 'vitest';
import { presets, snapshotDigest, toSnapshot, type Scenario, type Snapshot } from '../engine';
import type { Checkpoint, FromWorker, ToWorker } from '../protocol/messages';
import { WireDecoder } from '../protocol/wire';
import { SimLoop } from './loop';
import { Timeline } from './timeline';

type Snap = FromWorker & { type: 'snapshot' };

/** A loop whose clock moves `msPerReading` every time it is read, and whose timers run on demand. */
function workClock(msPerReading: number) {
  let now = 0;
  const timers: (() => void)[] = [];
  const out: FromWorker[] = [];
  const loop = new SimLoop({
    // structuredClone: what postMessage does, so nothing the loop keeps is shared with the test.
    post: (m) => out.push(structuredClone(m)),
    now: () => (now += msPerReading),
    schedule: (fn) => timers.push(fn),
  });
  const send = (m: ToWorker): void => loop.handle(m);
  const snaps = (): Snap[] => out.filter((m): m is Snap => m.type === 'snapshot');
  /** The newest snapshot as the main thread decodes it (the wire leaves out what did not change). */
  const full = (): Snapshot => {
    const wire = new WireDecoder();
    const decoded = snaps().map((m) => wire.decode(m.snapshot));
    const last = decoded.at(-1);
    if (last === undefined || last === null) throw new Error('no snapshot yet');
    return last;
  };
  /** Run `n` scheduled turns, acknowledging every snapshot; returns the ticks each turn ran. */
  const turns = (n: number): number[] => {
    const ran: number[] = [];
    for (let i = 0; i < n && timers.length > 0; i++) {
      const before = snaps().at(-1)?.snapshot.tick ?? 0;
      timers.shift()?.();
      send({ type: 'ack' });
      ran.push((snaps().at(-1)?.snapshot.tick ?? 0) - before);
    }
    return ran;
  };
  return { send, out, snaps, full, turns, clock: () => now, advance: (ms: number) => (now += ms) };
}

const digestAt = (scenario: Scenario, tick: number): string => {
  const tl = new Timeline(scenario);
  tl.seek(tick);
  return snapshotDigest(toSnapshot(tl.state));
};

describe('SimLoop time budget', () => {
  it.each([
    ['speed 100', 100, false],
    ['speed max', 'max' as const, false],
    ['speed 1000 with invariant checks (debug=1)', 1000, true],
  ])('%s: a turn stops at its budget', (_name, speed, debug) => {
    const h = workClock(0.05);
    if (debug) h.send({ type: 'debug', on: true });
    h.send({ type: 'speed', speed });
    h.send({ type: 'load', scenario: presets.basic, tick: 0, playing: true });
    h.turns(3);
    // The turn reads the clock at least once per 16 ticks (every tick with checks on):
    // a 10 ms budget at 0.05 ms per reading allows at most ~200 readings.
    const perTurn = h.turns(20);
    const limit = debug ? 220 : 220 * 16;
    expect(Math.max(...perTurn)).toBeLessThanOrEqual(limit);
    expect(perTurn.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
  });

  it('the budget changes how many ticks a turn runs, never what they compute', () => {
    const results = [0.01, 0.5].map((ms) => {
      const h = workClock(ms);
      h.send({ type: 'debug', on: true });
      h.send({ type: 'speed', speed: 'max' });
      h.send({ type: 'load', scenario: presets.basic, tick: 0, playing: true });
      while ((h.snaps().at(-1)?.snapshot.tick ?? 0) < 2000) h.turns(1);
      h.send({ type: 'pause' });
      h.send({ type: 'seek', tick: 2600 });
      while (h.snaps().at(-1)?.snapshot.tick !== 2600) h.turns(1);
      return snapshotDigest(h.full());
    });
    expect(results[0]).toBe(results[1]);
    expect(results[0]).toBe(digestAt(presets.basic, 2600));
  });
});

describe('SimLoop marks and settling', () => {
  it('echoes the newest mark; settled only when paused with no seek under way', () => {
    const h = workClock(1);
    h.send({ type: 'load', scenario: presets.basic, tick: 3000, playing: false });
    h.send({ type: 'mark', id: 1 });
    expect(h.snaps()).toHaveLength(0); // still replaying towards 3000
    while (h.snaps().length === 0) h.turns(1);
    expect(h.snaps()[0]).toMatchObject({ mark: 1, settled: true, snapshot: { tick: 3000 } });
    h.send({ type: 'play' });
    h.send({ type: 'mark', id: 2 });
    h.turns(2);
    expect(h.snaps().at(-1)).toMatchObject({ mark: 2, settled: false, playing: true });
    h.send({ type: 'pause' });
    h.send({ type: 'mark', id: 3 });
    h.turns(1);
    expect(h.snaps().at(-1)).toMatchObject({ mark: 3, settled: true, playing: false });
  });

  it('a command sent during a seek applies at the tick the seek asked for', () => {
    const h = workClock(1);
    h.send({ type: 'load', scenario: presets.basic, tick: 2000, playing: false });
    h.send({ type: 'command', id: 1, command: { type: 'stopVm', vm: 'web-1' } });
    while (!h.out.some((m) => m.type === 'commandResult')) h.turns(1);
    expect(h.out.find((m) => m.type === 'commandResult')).toMatchObject({ id: 1, ok: true, tick: 2000, logPos: 0 });
  });
});

describe('SimLoop checkpoints', () => {
  it('posts the current state every few seconds; a new loop resumes from it exactly, without replaying from 0', () => {
    const a = workClock(0.2);
    a.send({ type: 'speed', speed: 'max' });
    a.send({ type: 'load', scenario: presets.basic, tick: 0, playing: true });
    a.send({ type: 'command', id: 1, command: { type: 'stopVm', vm: 'batch-1' } });
    while (!a.out.some((m) => m.type === 'checkpoint' && m.checkpoint.tick > 5000)) {
      a.turns(1);
      a.advance(250); // wall time passes between turns
    }
    const cps = a.out.filter((m): m is FromWorker & { type: 'checkpoint' } => m.type === 'checkpoint');
    const cp: Checkpoint = cps.at(-1)!.checkpoint;
    expect(cp.logPos).toBe(1);
    const log = [{ tick: 0, command: { type: 'stopVm' as const, vm: 'batch-1' } }];
    const target = cp.tick + 37;

    // The resumed loop's clock moves 1 ms per reading: from tick 0 it would need many turns.
    const b = workClock(1);
    b.send({ type: 'restore', scenario: presets.basic, log, tick: target, playing: false, speed: 1, from: cp });
    expect(b.snaps()[0]?.snapshot.tick).toBe(target);

    const ref = new Timeline(presets.basic, log);
    ref.seek(target);
    expect(snapshotDigest(b.full())).toBe(snapshotDigest(toSnapshot(ref.state)));
  });
});
