/**
 * A stopped client leaves nothing behind: a snapshot that arrived but was not yet drawn is
 * never drawn into the store, and a command still waiting is answered (refused) instead of
 * waiting for ever. Runs the real client on the in-thread loop (Node has no Worker, and no
 * page to draw in, so a snapshot is drawn by a 16 ms timer) with fake timers, so the moment
 * between a snapshot's arrival and its draw is reached exactly.
 */
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { presets } from '../engine';
import { getAppState, resetStore } from '../store';
import { simClient } from './simClient';

/** The client's snapshot waiting for its frame (private; read to confirm the moment this test needs). */
const pendingOf = (): unknown => (simClient as unknown as { pending: unknown }).pending;

/**
 * Run the fake clock in small steps until `ok` holds (bounded by a number of steps, not by
 * time), letting real I/O in between (the loop's module is imported on start).
 */
async function stepUntil(ok: () => boolean, stepMs: number, steps = 4000): Promise<void> {
  for (let i = 0; i < steps && !ok(); i++) {
    await vi.advanceTimersByTimeAsync(stepMs);
    await new Promise<void>((done) => setImmediate(done));
  }
  expect(ok()).toBe(true);
}

describe('simClient.stop()', () => {
  afterEach(() => {
    simClient.stop();
    vi.useRealTimers();
  });
  afterAll(resetStore);

  it('drops a snapshot that has arrived but is not drawn yet: the store keeps what it showed', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    simClient.start(presets.basic, 'basic', { tick: 0, playing: false, speed: 1, debug: false });
    await stepUntil(() => getAppState().settled && getAppState().snapshot?.tick === 0, 5);
    simClient.seek(1200);
    // The seek's snapshot is in, waiting for its draw timer.
    await stepUntil(() => pendingOf() !== null, 1, 40);
    const shown = getAppState().snapshot;
    expect(shown?.tick).toBe(0);

    simClient.stop();
    await vi.advanceTimersByTimeAsync(500);
    expect(getAppState().snapshot).toBe(shown);
    expect(pendingOf()).toBeNull();
  });

  it('answers a command still waiting with a refusal that says the simulation was stopped', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    simClient.start(presets.basic, 'basic', { tick: 0, playing: false, speed: 1, debug: false });
    await stepUntil(() => getAppState().settled, 5);
    const answer = simClient.command({ type: 'stopVm', vm: 'web-1' });
    simClient.stop();
    await expect(answer).resolves.toEqual({ ok: false, reason: { key: 'notice.simStopped' } });
  });
});
