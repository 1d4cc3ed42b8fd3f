/**
 * The memory state strip's history: stretches grow and split as the state changes, going
 * back in time drops the abandoned future, and (on a real run of `balloon`) a viewer that
 * sees a snapshot only every half second still records the fraction of a second the host
 * spent in low, from the memory model's log of state changes.
 */
import { describe, expect, it } from 'vitest';
import { createSim, presets, step, toSnapshot } from '../../engine';
import { addState, briefSevere, emptyRecord, recent, recordSnapshot, STRIP_SPAN_MS, timeIn } from './stateHistory';

describe('memory state history', () => {
  it('extends a stretch while the state holds and starts a new one when it changes', () => {
    let h = addState([], 0, 1);
    h = addState(h, 500, 1);
    h = addState(h, 800, 3);
    h = addState(h, 900, 1);
    expect(h).toEqual([
      { from: 0, to: 800, state: 1 },
      { from: 800, to: 900, state: 3 },
      { from: 900, to: 900, state: 1 },
    ]);
    expect(timeIn(h)).toEqual([0, 800, 0, 100, 0]);
    expect(briefSevere(h, 900)).toEqual({ from: 800, to: 900, state: 3 });
    // A visit that began before the strip's minute is not called brief: only its end is in view.
    expect(briefSevere(h, 800 + STRIP_SPAN_MS + 1)).toBeNull();
  });

  it('going back in time keeps only what came before', () => {
    let h = addState([], 0, 1);
    h = addState(h, 800, 3);
    h = addState(h, 2000, 4);
    h = addState(h, 600, 1);
    expect(h).toEqual([{ from: 0, to: 600, state: 1 }]);
  });

  it('shows the last minute only, clipped', () => {
    const h = [{ from: 0, to: 70_000, state: 1 }, { from: 70_000, to: 90_000, state: 2 }];
    expect(recent(h, 90_000)).toEqual([{ from: 30_000, to: 70_000, state: 1 }, { from: 70_000, to: 90_000, state: 2 }]);
    expect(timeIn(recent(h, 90_000)).reduce((a, b) => a + b, 0)).toBe(STRIP_SPAN_MS);
  });

  it('balloon, seen every 500 ms: the brief hard and low states are recorded at their ticks', () => {
    const rec = emptyRecord();
    let st = createSim(presets.balloon);
    const seen: number[][] = [];
    while (st.tick < 40_000) {
      st = step(st, 500);
      const snap = toSnapshot(st);
      recordSnapshot(rec, snap);
      seen.push(snap.memory.hosts.map((m) => m.state));
    }
    const host = st.topology.hosts[0]?.id ?? '';
    const spent = timeIn(rec.byHost.get(host) ?? []);
    // The stretches cover the run without gaps, and hard and low both appear, however brief.
    expect(spent.reduce((a, b) => a + b, 0)).toBe(st.tick - 500);
    // Each change at its own tick: low began at 20.18 s and lasted 80 ms.
    const low = (rec.byHost.get(host) ?? []).find((s) => s.state === 4);
    expect(low).toEqual({ from: 20_180, to: 20_260, state: 4 });
    expect(spent[3]).toBeGreaterThan(0);
    expect(spent[4]).toBeGreaterThan(0);
    // Low lasts less than the viewer's half second: the snapshots alone never showed it.
    expect(spent[4]).toBeLessThan(500);
    expect(seen.some((s) => s[0] === 4)).toBe(false);
  });

  it('a seek back to before the record began takes the earlier changes from the log; another world starts afresh', () => {
    const rec = emptyRecord();
    const at = (t: number) => toSnapshot(step(createSim(presets.balloon), t));
    recordSnapshot(rec, at(25_000));
    recordSnapshot(rec, at(30_000));
    const host = presets.balloon.hosts[0]?.id ?? '';
    // Opened at 25 s: the log already gave the changes since 11.6 s.
    expect(rec.byHost.get(host)?.[0]?.from).toBe(11_620);
    recordSnapshot(rec, at(19_000));
    const back = rec.byHost.get(host) ?? [];
    expect(back.at(-1)?.to).toBe(19_000);
    expect(back.some((s) => s.state === 4)).toBe(false);
    expect(back.filter((s) => s.state === 3)).toEqual([{ from: 17_040, to: 17_420, state: 3 }]);
    recordSnapshot(rec, toSnapshot(step(createSim(presets['memory-overcommit']), 1000)));
    expect(rec.byHost.has(host) && presets['memory-overcommit'].hosts[0]?.id !== host).toBe(false);
    expect([...rec.byHost.values()].every((h) => (h[0]?.from ?? 0) >= 0 && (h.at(-1)?.to ?? 0) <= 1000)).toBe(true);
  });
});
