/**
 * Whether a CSS media query matches now, re-rendering when it starts or stops matching.
 * One MediaQueryList per query, kept for the page's life, and one subscribe function per
 * query: a component that renders often (the playback bar, ten times a second while the world
 * plays) neither parses its query again (window.matchMedia) nor resubscribes on each render.
 */
import { useSyncExternalStore } from 'react';

interface Query {
  subscribe: (f: () => void) => () => void;
  matches: () => boolean;
}

const queries = new Map<string, Query>();

function query(text: string): Query {
  let q = queries.get(text);
  if (q === undefined) {
    const list = window.matchMedia(text);
    q = {
      subscribe: (f) => {
        list.addEventListener('change', f);
        return () => list.removeEventListener('change', f);
      },
      matches: () => list.matches,
    };
    queries.set(text, q);
  }
  return q;
}

export function useMediaQuery(text: string): boolean {
  const q = query(text);
  return useSyncExternalStore(q.subscribe, q.matches);
}
