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

/**
 * `notable`: the engine's latest info events kept apart from the detail events, so a busy
 * scheduler's context switches never push a migration out of the feed.
 */
export function feedItems(events: readonly SimEvent[], lens: string, notable: readonly SimEvent[] = []): SimEvent[] {
  const bySeq = new Map<number, SimEvent>();
  for (const e of [...notable, ...events]) if (e.level === 'info') bySeq.set(e.seq, e);
  const info = [...bySeq.values()].toSorted((a, b) => a.seq - b.seq).slice(-FEED_LENGTH);
  const detail = events.findLast((e) => e.level === 'detail' && detailLenses(e.key).includes(lens));
  const all = detail === undefined ? info : [...info, detail];
  return all.toSorted((a, b) => b.seq - a.seq).slice(0, FEED_LENGTH);
}
