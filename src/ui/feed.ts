/**
 * What the event feed lists, newest first, as one ordered list: the latest meaningful
 * ("info") events, plus the latest fine-grained ("detail") event (a context switch, a
 * page fault) when the lens on screen is about it. Nothing is pinned out of order, and
 * the list is empty (for "Nothing yet.") only when there is truly nothing to show.
 */
import type { SimEvent } from '../engine';

export const FEED_LENGTH = 6;

/** The lenses a detail event belongs to, by its key (CPU scheduling, memory faults). */
function detailLenses(key: string): readonly string[] {
  if (key.startsWith('memory.')) return ['memory'];
  return ['overview', 'cpu'];
}

export function feedItems(events: readonly SimEvent[], lens: string): SimEvent[] {
  const info = events.filter((e) => e.level === 'info').slice(-FEED_LENGTH);
  const detail = events.findLast((e) => e.level === 'detail' && detailLenses(e.key).includes(lens));
  const all = detail === undefined ? info : [...info, detail];
  return all.toSorted((a, b) => b.seq - a.seq).slice(0, FEED_LENGTH);
}
