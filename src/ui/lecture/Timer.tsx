/**
 * The countdown timer for think-pair-share: pick a length, start, pause, add 30 s,
 * reset. Big digits for the back row; at zero it says so (text and an outline, not
 * colour alone) and announces it once to screen readers. Wall-clock time, kept in the
 * store as "time left when started" so pausing and the T key work from anywhere.
 */
import { useEffect, useState } from 'react';
import { useT } from '../../i18n';
import { selectTimer, setClassroom, useStore } from '../../store';
import { startTimer, timeLeft, toggleTimer } from './timerControl';

const LENGTHS = [30, 60, 120, 180, 300];

const mmss = (ms: number): string => {
  const s = Math.ceil(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

export function Timer() {
  const t = useT();
  const timer = useStore(selectTimer);
  const [now, setNow] = useState(() => performance.now());
  const running = timer !== null && timer.startedAt !== null;
  useEffect(() => {
    if (!running) return;
    const id = setInterval(() => setNow(performance.now()), 250);
    return () => clearInterval(id);
  }, [running]);
  if (timer === null) return null;
  const left = running ? timeLeft(timer, now) : timer.leftMs;
  const done = left === 0;
  return (
    <section className={done ? 'timer timer-done' : 'timer'} data-testid="timer" data-state={done ? 'done' : running ? 'running' : 'paused'} aria-label={t('tools.timer')}>
      <div className="timer-digits" data-testid="timer-left" aria-hidden="true">
        {mmss(left)}
      </div>
      <p className="visually-hidden" role="status">
        {done ? t('tools.timerDone') : ''}
      </p>
      {done && (
        <p className="timer-note" data-testid="timer-done">
          ⏰ {t('tools.timerDone')}
        </p>
      )}
      <div className="timer-buttons">
        <button type="button" data-testid="timer-toggle" onClick={toggleTimer}>
          {running ? t('tools.timerPause') : t('tools.timerStart')}
        </button>
        <button type="button" onClick={() => setClassroom({ timer: { ...timer, leftMs: left + 30_000, totalMs: timer.totalMs + 30_000, startedAt: running ? performance.now() : null } })}>
          +30 s
        </button>
        <button type="button" onClick={() => setClassroom({ timer: { ...timer, leftMs: timer.totalMs, startedAt: null } })}>
          {t('tools.timerReset')}
        </button>
        <select aria-label={t('tools.timerLength')} data-testid="timer-length" value="" onChange={(e) => startTimer(Number(e.target.value) * 1000)}>
          <option value="" disabled>
            {t('tools.timerLength')}
          </option>
          {LENGTHS.map((s) => (
            <option key={s} value={s}>
              {mmss(s * 1000)}
            </option>
          ))}
        </select>
        <button type="button" aria-label={t('tools.timerClose')} onClick={() => setClassroom({ timer: null })}>
          ×
        </button>
      </div>
    </section>
  );
}
