/**
 * The concept-check panel beside the lens: pick a question (grouped by the notes'
 * sections), get the student's own instance of it with its world on the screen, predict,
 * reveal, and ask for another with new numbers. Progress stays in this browser; the
 * summary below saves it as a file. The question is computed by running the engine, off
 * the click (a short "preparing" note shows meanwhile).
 */
import { useEffect, useState } from 'react';
import { CHECKS, findCheck, makeCheck } from '../../checks';
import { bumpAttempt, readProgress, revealCheck, showCheckWorld } from '../../checks/service';
import type { CheckInstance } from '../../checks/types';
import { useT } from '../../i18n';
import { setClassroom } from '../../store';
import { NOTES_SECTIONS } from '../../tours/types';
import { CheckQuestion } from './CheckQuestion';
import { ProgressSummary } from './ProgressSummary';
import './checks.css';

export default function ChecksPanel() {
  const t = useT();
  const [progress, setProgress] = useState(readProgress);
  const [id, setId] = useState(CHECKS[0]?.id ?? '');
  const attempt = progress.attempts[id] ?? 0;
  // Everything about one question is kept under its key (check, student, attempt), so a
  // new question starts clean without resetting state in an effect.
  const key = `${id}:${progress.student}:${attempt}`;
  const [made, setMade] = useState<{ key: string; c: CheckInstance } | null>(null);
  const [answer, setAnswer] = useState<{ key: string; choice: string | null; revealed: boolean }>({ key, choice: null, revealed: false });
  const check = made?.key === key ? made.c : null;
  const choice = answer.key === key ? answer.choice : null;
  const revealed = answer.key === key && answer.revealed;
  useEffect(() => {
    const def = findCheck(id);
    if (def === undefined) return;
    // Off the click, so "preparing" paints before the engine runs.
    const timer = setTimeout(() => {
      const c = makeCheck(def, progress.student, attempt);
      setMade({ key, c });
      showCheckWorld(c);
    }, 0);
    return () => clearTimeout(timer);
  }, [id, attempt, progress.student, key]);
  return (
    <section className="checks-panel" data-testid="checks-panel" aria-label={t('check.panel')}>
      <div className="checks-head">
        <h2>{t('check.panel')}</h2>
        <button type="button" aria-label={t('check.close')} data-testid="checks-close" onClick={() => setClassroom({ checks: false })}>
          ×
        </button>
      </div>
      <p className="muted keep-all">{t('check.intro')}</p>
      <label className="check-pick">
        <span>{t('check.pick')}</span>
        <select value={id} data-testid="check-pick" onChange={(e) => setId(e.target.value)}>
          {NOTES_SECTIONS.map((s) => (
            <optgroup key={s} label={t(`section.${s}`)}>
              {CHECKS.filter((c) => c.section === s).map((c) => (
                <option key={c.id} value={c.id}>
                  {t(`check.${c.id}.title`)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      {check === null ? (
        <p role="status">{t('check.preparing')}</p>
      ) : (
        <CheckQuestion
          c={check}
          choice={choice}
          revealed={revealed}
          onChoose={(x) => setAnswer({ key, choice: x, revealed: false })}
          onShow={() => showCheckWorld(check)}
          onReveal={() => {
            if (choice === null) return;
            setProgress(revealCheck(progress, check, choice, new Date()));
            setAnswer({ key, choice, revealed: true });
          }}
        />
      )}
      <div className="actions">
        <button type="button" data-testid="check-another" onClick={() => setProgress(bumpAttempt(progress, id))}>
          {t('check.another')}
        </button>
      </div>
      <ProgressSummary p={progress} />
    </section>
  );
}
