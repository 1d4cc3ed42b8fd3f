/**
 * Liveness by heartbeat sequence, with a hand-driven clock: a silent worker is dead in
 * well under two seconds while the main thread beats on time; a main thread that stalls
 * (a 3 s synchronous task, a throttled timer) never makes a healthy worker look dead; a
 * slow but answering worker stays alive; and a worker still loading gets its grace time.
 * Also the restart point: which checkpoint survives which command.
 */
import { describe, expect, it } from 'vitest';
import type { Checkpoint } from '../protocol/messages';
import { Liveness, MISSES_TO_DEAD, PING_MS, RestartBudget, STALL_MS } from './liveness';
import { RestartPoint } from './restartPoint';

/** Beat every PING_MS (plus `late` ms) from `t`; the worker answers each ping after `answerMs` unless `dead`. */
function run(l: Liveness, from: number, untilMs: number, opts: { dead?: boolean; answerMs?: number; late?: number } = {}): { t: number; diedAt: number | null } {
  let t = from;
  let owed: { at: number; id: number }[] = [];
  while (t < from + untilMs) {
    t += PING_MS + (opts.late ?? 0);
    for (const o of owed) if (o.at <= t) l.heard(o.id);
    owed = owed.filter((o) => o.at > t);
    const b = l.beat(t);
    if (b.kind === 'dead') return { t, diedAt: t };
    if (!opts.dead) owed.push({ at: t + (opts.answerMs ?? 5), id: b.id });
  }
  return { t, diedAt: null };
}

describe('Liveness', () => {
  it('a worker that stops answering is dead within 2 s while the main thread beats on time', () => {
    const l = new Liveness();
    l.connected(0);
    const healthy = run(l, 0, 5000);
    expect(healthy.diedAt).toBeNull();
    const r = run(l, healthy.t, 5000, { dead: true });
    expect(r.diedAt).not.toBeNull();
    expect((r.diedAt ?? 0) - healthy.t).toBeLessThanOrEqual(2000);
  });

  it('a 3 s stall of the main thread is excused: the answers were waiting in its queue', () => {
    const l = new Liveness();
    l.connected(0);
    const a = run(l, 0, 2000);
    // The main thread is blocked for 3 s: no beat, and the worker's answer waits unread.
    const after = a.t + 3000;
    expect(l.beat(after).kind).toBe('ping');
    expect(l.stats.late).toBe(1);
    expect(l.stats.longestGap).toBeGreaterThanOrEqual(3000);
    l.heard(l.stats.sent); // the queue drains
    expect(run(l, after, 3000).diedAt).toBeNull();
  });

  it('sums the late beats\' gaps (lateMs): the time from a death to its verdict is the counted beats, each within STALL_MS, plus that', () => {
    const l = new Liveness();
    l.connected(0);
    const a = run(l, 0, 2000);
    l.heard(l.stats.sent); // the last ping's answer is on its way
    const before = l.stats;
    expect(before.lateMs).toBe(0);
    // Then the worker dies. The main thread is loaded:
    // its beats come 350 ms apart (counted, yet slower than PING_MS) with two of 700 ms
    // (excused) among them.
    const gaps = [350, 700, 350, 350, 700, 350, 350, 350, 350];
    let t = a.t;
    let verdict: number | null = null;
    for (const g of gaps) {
      t += g;
      if (l.beat(t).kind === 'dead') {
        verdict = t;
        break;
      }
    }
    expect(verdict).not.toBeNull();
    const after = l.stats;
    expect(after.late - before.late).toBe(2);
    expect(after.lateMs - before.lateMs).toBe(1400);
    const beats = after.sent - before.sent + 1; // the verdict sends no ping
    const counted = beats - (after.late - before.late);
    expect(counted).toBeLessThanOrEqual(MISSES_TO_DEAD + 2);
    // The first beat still hears the answer; five counted misses follow: 3.5 s from the
    // death, well over 2 s, yet what the app promises on this machine.
    expect(counted).toBe(6);
    expect((verdict ?? 0) - a.t).toBe(3500);
    expect((verdict ?? 0) - a.t).toBeLessThanOrEqual(counted * STALL_MS + after.lateMs - before.lateMs);
  });

  it('beats that keep coming late (a starved or throttled main thread) never count as misses', () => {
    const l = new Liveness();
    l.connected(0);
    run(l, 0, 1000);
    expect(run(l, 1000, 20_000, { dead: true, late: 400 }).diedAt).toBeNull();
  });

  it('a slow worker that answers within a second stays alive', () => {
    const l = new Liveness();
    l.connected(0);
    expect(run(l, 0, 30_000, { answerMs: 900 }).diedAt).toBeNull();
  });

  it('a worker still loading its code gets a grace time, then is dead', () => {
    const l = new Liveness();
    l.connected(0);
    expect(run(l, 0, 8000, { dead: true }).diedAt).toBeNull();
    expect(run(l, 8000, 4000, { dead: true }).diedAt).not.toBeNull();
  });

  it('a worker building a requested world (slow on a busy machine) gets the same grace, and only until it answers again', () => {
    const l = new Liveness();
    l.connected(0);
    const a = run(l, 0, 2000);
    l.worldRequested();
    // Silent for 6 s while it builds the world: not dead (five misses would be without the request).
    const building = run(l, a.t, 6000, { dead: true });
    expect(building.diedAt).toBeNull();
    // It answers again: the grace is over, and a later silence is dead within 2 s.
    const back = run(l, building.t, 1000);
    const r = run(l, back.t, 5000, { dead: true });
    expect(r.diedAt).not.toBeNull();
    expect((r.diedAt ?? 0) - back.t).toBeLessThanOrEqual(2000);
    // A world that never gets built (the worker hung in it) is still found out.
    l.worldRequested();
    const hung = run(l, r.t, 15_000, { dead: true });
    expect(hung.diedAt).not.toBeNull();
  });
});

describe('RestartPoint', () => {
  const cp = (tick: number, logPos: number): Checkpoint => ({ tick, logPos, state: {} as Checkpoint['state'] });

  it('keeps the newest checkpoint of the current world only', () => {
    const r = new RestartPoint();
    r.newWorld(2);
    r.offer(cp(1000, 0), 1); // sent by the world before
    expect(r.before(5000)).toBeNull();
    r.offer(cp(2000, 0), 2);
    expect(r.before(5000)?.tick).toBe(2000);
    expect(r.before(1500)).toBeNull(); // the target lies before it
    r.newWorld(3, r.before(5000));
    expect(r.before(5000)?.tick).toBe(2000); // carried over a restart of the same history
    r.newWorld(4);
    expect(r.before(5000)).toBeNull();
  });

  it('drops a checkpoint when a command rewrites its past', () => {
    const r = new RestartPoint();
    r.offer(cp(2000, 1), 0);
    r.commandAccepted(2500, 1); // later: the checkpoint stays
    expect(r.before(3000)?.tick).toBe(2000);
    r.commandAccepted(2000, 1); // at its tick, after what it holds: stays
    expect(r.before(3000)?.tick).toBe(2000);
    r.commandAccepted(1500, 1); // in its past: gone
    expect(r.before(3000)).toBeNull();
    r.offer(cp(2000, 2), 0);
    r.commandAccepted(2500, 1); // cut off a log entry it already contains
    expect(r.before(3000)).toBeNull();
  });
});

describe('RestartBudget', () => {
  it('allows three restarts in a row, then none; a healthy minute refills it', () => {
    const b = new RestartBudget(3, 60_000);
    expect([b.spend(0), b.spend(1000), b.spend(2000)]).toEqual([true, true, true]);
    expect(b.spend(3000)).toBe(false);
    const c = new RestartBudget(3, 60_000);
    c.spend(0);
    c.spend(1000);
    for (let t = 1250; t <= 30_000; t += 250) c.beat(t, true);
    c.beat(30_250, false); // a miss half-way: the healthy minute starts again
    for (let t = 30_500; t < 90_250; t += 250) c.beat(t, true);
    expect(c.used).toBe(2);
    c.beat(90_250, true);
    expect(c.used).toBe(0);
    expect([c.spend(91_000), c.spend(92_000), c.spend(93_000)]).toEqual([true, true, true]);
  });
});
