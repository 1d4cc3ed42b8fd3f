/** The event feed is one list, newest first, with a detail line only where it is on topic. */
import { describe, expect, it } from 'vitest';
import type { SimEvent } from '../engine';
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
});
