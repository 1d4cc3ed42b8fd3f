import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSim, presets, toSnapshot, type Snapshot } from '../../engine';
import { resetStore, useStore } from '../../store';
import { rateChannel, rowsEqual, shallowEqual } from './useSnapshot';

const base = toSnapshot(createSim(presets.basic));
const at = (tick: number, topology = base.topology): Snapshot => ({ ...base, tick, topology });

describe('rate channels', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    useStore.setState({ snapshot: at(0), playing: false });
  });
  afterEach(() => vi.useRealTimers());
  afterAll(resetStore);

  it('publish every snapshot at once while paused', () => {
    const ch = rateChannel(4);
    const seen: number[] = [];
    const stop = ch.subscribe(() => seen.push(ch.current?.tick ?? -1));
    useStore.setState({ snapshot: at(1) });
    useStore.setState({ snapshot: at(2) });
    expect(seen).toEqual([1, 2]);
    stop();
  });

  it('publish at most hz times a second while playing, the newest last', () => {
    const ch = rateChannel(4);
    const seen: number[] = [];
    const stop = ch.subscribe(() => seen.push(ch.current?.tick ?? -1));
    useStore.setState({ playing: true });
    vi.advanceTimersByTime(1000);
    for (let t = 1; t <= 10; t++) {
      useStore.setState({ snapshot: at(t) });
      vi.advanceTimersByTime(20);
    }
    // 200 ms of snapshots at 4 Hz: the first at once, the rest wait for the trailing edge.
    expect(seen).toEqual([1]);
    vi.advanceTimersByTime(250);
    expect(seen).toEqual([1, 10]);
    stop();
  });

  it('publish a new topology at once, even while playing', () => {
    const ch = rateChannel(2);
    const seen: number[] = [];
    const stop = ch.subscribe(() => seen.push(ch.current?.tick ?? -1));
    useStore.setState({ playing: true });
    vi.advanceTimersByTime(1000);
    useStore.setState({ snapshot: at(1) });
    useStore.setState({ snapshot: at(2, { ...base.topology, rev: base.topology.rev + 1 }) });
    expect(seen).toEqual([1, 2]);
    stop();
  });

  it('share one channel per rate', () => {
    expect(rateChannel(4)).toBe(rateChannel(4.2));
    expect(rateChannel(4)).not.toBe(rateChannel(10));
  });
});

describe('equality helpers', () => {
  it('compare one level deep', () => {
    expect(shallowEqual({ a: 1, b: 'x' }, { a: 1, b: 'x' })).toBe(true);
    expect(shallowEqual({ a: 1 }, { a: 2 })).toBe(false);
    expect(shallowEqual([1, 2], [1, 2])).toBe(true);
    expect(rowsEqual([{ a: 1 }], [{ a: 1 }])).toBe(true);
    expect(rowsEqual([{ a: 1 }], [{ a: 1 }, { a: 2 }])).toBe(false);
  });
});
