/** The event feed is one list, newest first, with a detail line only where it is on topic. */
import { describe, expect, it } from 'vitest';
import { createSim, presets, step, toSnapshot, type SimEvent } from '../engine';
import { FEED_LENGTH, feedItems } from './feed';

const ev = (seq: number, level: 'info' | 'detail', key: string): SimEvent => ({ seq, tick: seq * 10, level, key, params: {} });

describe('feedItems', () => {
  it('puts an older context switch in its place below newer events, not pinned on top', () => {
    const events = [ev(1, 'info', 'event.vmStarted'), ev(2, 'detail', 'event.preempted'), ev(3, 'info', 'cluster.ev.migrated')];
    expect(feedItems(events, 'cpu').map((e) => e.seq)).toEqual([3, 2, 1]);
  });

  it('leaves a context switch out of a lens it is not about, and a page fault out of the CPU lens', () => {
    const events = [ev(1, 'info', 'storage.event.rebuilt'), ev(2, 'detail', 'event.preempted'), ev(3, 'detail', 'memory.event.faultFirst')];
    expect(feedItems(events, 'storage').map((e) => e.seq)).toEqual([1]);
    expect(feedItems(events, 'cpu').map((e) => e.seq)).toEqual([2, 1]);
    expect(feedItems(events, 'memory').map((e) => e.seq)).toEqual([3, 1]);
  });

  it('is empty (so "Nothing yet." shows) only when nothing is listed, and never longer than the feed', () => {
    expect(feedItems([ev(1, 'detail', 'event.preempted')], 'cpu')).toHaveLength(1);
    expect(feedItems([ev(1, 'detail', 'event.preempted')], 'storage')).toHaveLength(0);
    const many = Array.from({ length: 20 }, (_, i) => ev(i, i % 3 === 0 ? 'detail' : 'info', 'event.preempted'));
    const items = feedItems(many, 'cpu');
    expect(items).toHaveLength(FEED_LENGTH);
    expect(items.map((e) => e.seq)).toEqual(items.map((e) => e.seq).toSorted((a, b) => b - a));
  });

  it('a busy scheduler never pushes the meaningful events out: drs-balance at 8 s still lists its migrations on the Cluster lens', () => {
    const snap = toSnapshot(step(createSim(presets['drs-balance']), 8000));
    // The snapshot's latest events are all context switches by then (what the feed showed before: "Nothing yet.").
    expect(snap.events.every((e) => e.level === 'detail')).toBe(true);
    const items = feedItems(snap.events, 'cluster', snap.notable);
    expect(items.length).toBeGreaterThan(0);
    expect(items.some((e) => e.key.startsWith('cluster.'))).toBe(true);
  });

  it('merges the events kept apart with the latest ones without listing one twice', () => {
    const a = ev(5, 'info', 'cluster.ev.migrated');
    const items = feedItems([a, ev(6, 'detail', 'event.preempted')], 'cpu', [ev(2, 'info', 'event.vmStarted'), a]);
    expect(items.map((e) => e.seq)).toEqual([6, 5, 2]);
  });
});
