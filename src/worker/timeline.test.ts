/**
 * The timeline makes step-back possible: any past tick restored from checkpoints and
 * replayed must be identical to the state first reached there, commands included; a
 * command given in the past starts a new branch; checkpoints stay bounded.
 */
import { describe, expect, it } from 'vitest';
import { presets, snapshotDigest, toSnapshot } from '../engine';
import { Timeline } from './timeline';

const digest = (tl: Timeline): string => snapshotDigest(toSnapshot(tl.state));

describe('Timeline', () => {
  it('seeking back and forward reproduces every visited state exactly', () => {
    const tl = new Timeline(presets.basic);
    const seen = new Map<number, string>();
    for (const t of [1, 999, 1000, 1001, 2500, 4321, 6000]) {
      tl.seek(t);
      seen.set(t, digest(tl));
    }
    for (const t of [4321, 1, 1001, 6000, 999, 2500, 1000]) {
      tl.seek(t);
      expect(tl.tick).toBe(t);
      expect(digest(tl), `tick ${t}`).toBe(seen.get(t));
    }
  });

  it('replays logged commands when going back over them', () => {
    const tl = new Timeline(presets.basic);
    tl.seek(500);
    expect(tl.command({ type: 'stopVm', vm: 'db-1' }).ok).toBe(true);
    tl.seek(800);
    const at800 = digest(tl);
    tl.seek(100);
    tl.seek(800);
    expect(digest(tl)).toBe(at800);
    tl.seek(500);
    expect(tl.state.vmPower[1]).toBe(0);
    tl.seek(499);
    expect(tl.state.vmPower[1]).not.toBe(0);
  });

  it('a command in the past drops the old future', () => {
    const tl = new Timeline(presets.basic);
    tl.seek(3000);
    tl.seek(1000);
    expect(tl.maxTick).toBe(3000);
    tl.command({ type: 'setTimeslice', host: 'host-1', ms: 5 });
    expect(tl.maxTick).toBe(1000);
    expect(tl.log).toHaveLength(1);
  });

  it('rejects an impossible command and changes nothing', () => {
    const tl = new Timeline(presets.basic);
    tl.seek(200);
    const before = digest(tl);
    const r = tl.command({ type: 'startVm', vm: 'web-1' });
    expect(r.ok).toBe(false);
    expect(digest(tl)).toBe(before);
    expect(tl.log).toHaveLength(0);
  });

  it('keeps a bounded number of checkpoints over a long run', () => {
    const tl = new Timeline(presets.basic);
    tl.seek(400_000);
    const cps = (tl as unknown as { checkpoints: { state: { tick: number } }[] }).checkpoints;
    // Level at the cap (memory neither grows nor saw-tooths), and evenly spread over the run.
    expect(cps.length).toBe(128);
    const gaps = cps.slice(1).map((c, i) => c.state.tick - (cps[i]?.state.tick ?? 0));
    expect(Math.max(...gaps)).toBeLessThanOrEqual((4 * 400_000) / 128);
    tl.seek(123_457);
    expect(tl.tick).toBe(123_457);
    // 400k simulated ticks (memory subsystem included) can take seconds on a shared machine.
  }, 120_000);
});
