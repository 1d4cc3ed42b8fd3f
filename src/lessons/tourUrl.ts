/**
 * The address bar follows the tour: each step change rewrites `step=` (and `tour=` for a
 * shipped tour) with history.replaceState, so a reload or a copied address reopens the
 * step on screen, not the one the page was opened at. Leaving the tour drops them. An
 * own lesson (`lesson=`) keeps its lesson and gets its step; a shipped tour started over
 * one replaces it. A `state=` link is left alone: it carries its own world and step.
 */
import { getLecture, useStore } from '../store';
import { isTourId } from '../tours';

/** The page's query for the tour position `pos` (null: no tour), or null when it should not change. */
export function tourSearch(search: string, pos: { id: string; step: number } | null): string | null {
  const q = new URLSearchParams(search);
  if (q.has('state')) return null;
  if (pos === null) {
    q.delete('step');
    q.delete('tour');
  } else if (isTourId(pos.id)) {
    q.delete('lesson');
    q.set('tour', pos.id);
    q.set('step', String(pos.step + 1));
  } else if (q.has('lesson')) q.set('step', String(pos.step + 1));
  else return null;
  const out = q.toString();
  const before = search.startsWith('?') ? search.slice(1) : search;
  return out === before ? null : out;
}

/** Mirror the running tour's step into the address bar (subscribed once at boot, after the link's step opened). */
export function watchTourUrl(): () => void {
  let last = getLecture().tour;
  return useStore.subscribe(() => {
    const pos = getLecture().tour;
    if (pos === last || (pos !== null && last !== null && pos.id === last.id && pos.step === last.step)) {
      last = pos;
      return;
    }
    last = pos;
    const next = tourSearch(window.location.search, pos);
    if (next === null) return;
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${next === '' ? '' : `?${next}`}${window.location.hash}`);
  });
}
