/**
 * "What just happened": the newest meaningful events, narrated in the user's language,
 * with the latest context switch or page fault in its place when the lens is about it
 * (see feed.ts), so a student can read why the picture changed.
 */
import { tMessage, useT } from '../i18n';
import type { SimEvent } from '../engine';
import { selectLang, selectLens, useStore } from '../store';
import { feedItems } from './feed';
import { useSnapshot } from '../views/shared/useSnapshot';
import { keepNames } from '../views/shared/keepNames';

interface Feed {
  events: SimEvent[];
  notable: SimEvent[];
}
const eventsOf = (s: Feed): Feed => ({ events: s.events, notable: s.notable });
/** The list changed when its length or newest event did (each snapshot brings new arrays). */
const same = (a: SimEvent[], b: SimEvent[]): boolean => a.length === b.length && a.at(-1)?.seq === b.at(-1)?.seq;
const sameEvents = (a: Feed, b: Feed): boolean => same(a.events, b.events) && same(a.notable, b.notable);

/** `quiet`: the heading is for screen readers only (the phone sheet's button already names it). */
export function EventFeed({ quiet = false }: { quiet?: boolean }) {
  const feed = useSnapshot(eventsOf, 4, sameEvents) ?? undefined;
  const lang = useStore(selectLang);
  const lens = useStore(selectLens);
  const t = useT();
  if (feed === undefined) return null;
  const items = feedItems(feed.events, lens, feed.notable);
  return (
    <section className="event-feed" aria-label={t('events.title')}>
      <h2 className={quiet ? 'visually-hidden' : undefined}>{t('events.title')}</h2>
      <ul>
        {items.map((e) => (
          <li key={e.seq} className={e.level === 'detail' ? 'event-detail' : undefined}>
            <span className="muted">{t('events.at', { tick: e.tick })}</span> {keepNames(tMessage(lang, e))}
          </li>
        ))}
        {items.length === 0 && <li className="muted">{t('events.none')}</li>}
      </ul>
    </section>
  );
}
