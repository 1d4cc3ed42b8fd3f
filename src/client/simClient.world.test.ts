/**
 * The world in the store and the tick read with it belong together. A load or restore
 * puts its scenario in the store at once, while the snapshot on screen stays the old
 * world's until the new world's first one is drawn: in between, anything that reads "the
 * current world" (a share link, a worker restart, a lesson step) must take the new
 * world's own opening tick, never the old snapshot's. Runs the real client on the
 * in-thread loop (Node has no Worker).
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { presets } from '../engine';
import { currentState } from '../embed/currentState';
import { getAppState, resetStore, useStore, worldTick } from '../store';
import { simClient } from './simClient';

/** Resolve once the store satisfies `ok` (checked on every store change). */
function until(ok: (s: ReturnType<typeof getAppState>) => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (ok(getAppState())) return resolve();
    const off = useStore.subscribe((s) => {
      if (!ok(s)) return;
      off();
      resolve();
    });
  });
}

describe('the current world while a new one opens', () => {
  // Each test starts the client itself, so either passes alone or in any order.
  afterEach(() => simClient.stop());
  afterAll(resetStore);

  it('takes the scenario and the tick from one world, before and after the new snapshot arrives', async () => {
    simClient.start(presets.basic, 'basic', { tick: 0, playing: false, speed: 1, debug: false });
    await until((s) => s.settled && s.snapshot?.tick === 0);
    expect(getAppState().opening).toBeNull();
    simClient.seek(3000);
    await until((s) => s.settled && s.snapshot?.tick === 3000);
    expect(currentState()?.tick).toBe(3000);

    const other = { ...presets['cpu-overcommit'], seed: 22496 };
    simClient.restore(other, 'custom', [], 500, false, 'preset');
    // The old world's snapshot is still the one on screen: the link must not join it to the new scenario.
    const s = getAppState();
    expect(s.snapshot?.tick).toBe(3000);
    expect(s.opening).toBe(500);
    expect(currentState()).toMatchObject({ scenario: other, seed: 22496, tick: 500 });

    await until((st) => st.settled && st.opening === null);
    expect(getAppState().snapshot?.tick).toBe(500);
    expect(worldTick(getAppState())).toBe(500);
    expect(currentState()).toMatchObject({ scenario: other, tick: 500 });
  });

  it('a load opens at tick 0 and a reset too, whatever tick the old snapshot showed', async () => {
    simClient.start(presets['cpu-overcommit'], 'cpu-overcommit', { tick: 0, playing: false, speed: 1, debug: false });
    await until((s) => s.settled && s.opening === null && s.snapshot?.tick === 0);
    simClient.seek(1200);
    await until((s) => s.settled && s.snapshot?.tick === 1200);
    simClient.load(presets.basic, 'basic', 'preset');
    expect(currentState()).toMatchObject({ preset: 'basic', tick: 0 });
    await until((s) => s.settled && s.opening === null && s.snapshot?.tick === 0);
    simClient.seek(800);
    await until((s) => s.settled && s.snapshot?.tick === 800);
    simClient.reset();
    expect(currentState()?.tick).toBe(0);
    await until((s) => s.settled && s.opening === null);
    expect(getAppState().snapshot?.tick).toBe(0);
  });
});
