/**
 * The last minute of a host's memory state, as a strip of coloured stretches under the
 * gauge, with the time spent in each state in words. A state that lasted under a second
 * (hard or low, in a burst of demand) still shows as a mark at least 2 px wide, and the
 * sentence under the strip names it, so a student who looked away still sees it happened;
 * when its state came more than once in the minute, the sentence says how many times and
 * their total (the list's figure), and which visit it names.
 */
import { Fragment } from 'react';
import { useT } from '../../i18n';
import { v } from '../../theme/tokens';
import { useSnapshot } from '../shared/useSnapshot';
import { GAUGE_LABEL } from './layoutMemory';
import { briefText, briefVisit, recent, secs, STATE_KEYS, STRIP_SPAN_MS, stretchesOf, timeIn, underTenth } from './stateHistory';

/** One colour per state (high, clear, soft, hard, low); the list under the strip pairs each with its name. */
const FILL = ['accent', 'ok', 'warn', 'danger', 'text'] as const;

export function StateStrip({ host, width }: { host: number; width: number }) {
  const t = useT();
  // Four times a second as time moves; the log in the snapshot holds every change in between.
  const at = useSnapshot(
    (s) => {
      const m = s.memory.hosts[host];
      return m === undefined ? null : { tick: Math.floor(s.tick / 250) * 250, log: m.stateLog, state: m.state };
    },
    4,
    (a, b) => a === b || (a !== null && b !== null && a.tick === b.tick && a.state === b.state && a.log.length === b.log.length && a.log.at(-2) === b.log.at(-2)),
  );
  if (at === null || at === undefined) return null;
  const now = at.tick;
  const hist = stretchesOf(at.log, now, at.state);
  const shown = recent(hist, now);
  const start = now - STRIP_SPAN_MS;
  const xOf = (tick: number): number => ((tick - start) / STRIP_SPAN_MS) * width;
  const spent = timeIn(shown);
  const items = spent.flatMap((ms, i) => (ms > 0 ? [{ state: i, text: t(underTenth(ms) ? 'memory.strip.itemBlink' : 'memory.strip.item', { state: t(`memory.state.${STATE_KEYS[i] ?? 'high'}`), sec: secs(ms) }) }] : []));
  const list = items.map((x) => x.text).join(' · ');
  const brief = briefVisit(hist, now);
  return (
    <div className="mem-strip" data-testid="memory-strip">
      <h4>{t('memory.strip.title')}</h4>
      <svg width={width} height={44} viewBox={`0 0 ${width} 44`} role="img" aria-label={t('memory.strip.aria', { list: list === '' ? '–' : list })}>
        <rect x={0} y={4} width={width} height={18} style={{ fill: v('surface'), stroke: v('border'), strokeWidth: 1 }} />
        {shown.map((s) => (
          <rect key={`${s.from}:${s.state}`} data-state={STATE_KEYS[s.state]} x={xOf(s.from)} y={4} width={Math.max(2, xOf(s.to) - xOf(s.from))} height={18} style={{ fill: v(FILL[s.state] ?? 'surface2') }} />
        ))}
        <text x={0} y={40} style={{ fontSize: GAUGE_LABEL, fill: v('text') }}>
          {t('memory.strip.ago', { s: STRIP_SPAN_MS / 1000 })}
        </text>
        <text x={width} y={40} textAnchor="end" style={{ fontSize: GAUGE_LABEL, fill: v('text') }}>
          {t('memory.strip.now')}
        </text>
      </svg>
      {/* The time in each state, each with its colour: the strip's key, and what it says in words. */}
      <p className="muted" data-testid="memory-strip-time">
        {items.length === 0 ? (
          t('memory.strip.none')
        ) : (
          <>
            {t('memory.strip.timeLead')}{' '}
            {/* Each state's swatch and time stay together; the line breaks between them (at the separators). */}
            {items.map((x, k) => (
              <Fragment key={x.state}>
                {k > 0 && ' · '}
                <span className="mem-strip-item">
                  <svg width="10" height="10" aria-hidden="true" className="mem-strip-swatch">
                    <rect width="10" height="10" style={{ fill: v(FILL[x.state] ?? 'accent') }} />
                  </svg>{' '}
                  {x.text}
                </span>
              </Fragment>
            ))}
            .
          </>
        )}
        {brief !== null && <> {briefText(t, brief, t(`memory.state.${STATE_KEYS[brief.visit.state] ?? 'hard'}`))}</>}
      </p>
    </div>
  );
}
