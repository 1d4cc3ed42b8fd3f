/**
 * A polite live region that narrates significant events for screen-reader users,
 * throttled so an hour of play does not drown them: at most one announcement every few
 * seconds, always the newest "info" event not yet read out.
 */
import { useEffect, useRef, useState } from 'react';
import { tMessage } from '../i18n';
import { selectLang, useStore } from '../store';

const MIN_GAP_MS = 4000;

export function LiveNarration() {
  const [text, setText] = useState('');
  const lastSeq = useRef(0);
  const lastAt = useRef(0);
  useEffect(
    () =>
      useStore.subscribe((s) => {
        const events = s.snapshot?.events;
        if (events === undefined) return;
        const newest = events.findLast((e) => e.level === 'info');
        const now = performance.now();
        if (newest === undefined || newest.seq <= lastSeq.current || now - lastAt.current < MIN_GAP_MS) return;
        lastSeq.current = newest.seq;
        lastAt.current = now;
        setText(tMessage(selectLang(s), newest));
      }),
    [],
  );
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="live-narration">
      {text}
    </div>
  );
}
