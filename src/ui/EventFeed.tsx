/**
 * "What just happened": the newest meaningful events, narrated in the user's language,
 * plus the latest context switch, so a student can read why the picture changed.
 */
import { tMessage, useT } from '../i18n';
import type { SimEvent } from '../engine';
import { selectLang, useStore } from '../store';
import { useSnapshot } from '../views/shared/useSnapshot';

const eventsOf = (s: { events: SimEvent[] }): SimEvent[] => s.events;
/** The list changed when its length or newest event did (each snapshot brings a new array). */
const sameEvents = (a: SimEvent[], b: SimEvent[]): boolean => a.length === b.length && a.at(-1)?.seq === b.at(-1)?.seq;

export function EventFeed() {
  const events = useSnapshot(eventsOf, 4, sameEvents) ?? undefined;
  const lang = useStore(selectLang);
  const t = useT();
  if (events === undefined) return null;
  const info = events.filter((e) => e.level === 'info').slice(-6).toReversed();
  const lastDetail = events.findLast((e) => e.level === 'detail');
  return (
    <section className="event-feed" aria-label={t('events.title')}>
      <h2>{t('events.title')}</h2>
      {lastDetail !== undefined && (
        <p className="event-detail">
          <span className="muted">{t('events.at', { tick: lastDetail.tick })}</span> {tMessage(lang, lastDetail)}
        </p>
      )}
      <ul>
        {info.map((e) => (
          <li key={e.seq}>
            <span className="muted">{t('events.at', { tick: e.tick })}</span> {tMessage(lang, e)}
          </li>
        ))}
        {info.length === 0 && <li className="muted">{t('events.none')}</li>}
      </ul>
    </section>
  );
}
