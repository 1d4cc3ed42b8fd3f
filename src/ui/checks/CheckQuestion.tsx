/**
 * One concept check on screen: the question with the student's numbers, the choices as
 * radio buttons, Reveal (only once a prediction is chosen), then right or wrong with the
 * engine's answer and why. Text and symbols say right or wrong, not colour alone.
 */
import { useT } from '../../i18n';
import type { CheckInstance } from '../../checks/types';

export interface QuestionProps {
  c: CheckInstance;
  choice: string | null;
  revealed: boolean;
  onChoose: (id: string) => void;
  onReveal: () => void;
  onShow: () => void;
}

export function CheckQuestion({ c, choice, revealed, onChoose, onReveal, onShow }: QuestionProps) {
  const t = useT();
  const right = c.choices.find((x) => x.id === c.answer);
  const correct = revealed && choice === c.answer;
  return (
    <div className="check-question" data-testid="check-question" data-check={c.id} data-seed={c.seed}>
      <p className="keep-all" data-testid="check-text">
        {t(c.question.key, c.question.params)}
      </p>
      <p className="muted check-shown">
        {t('check.shown')}{' '}
        <button type="button" className="link-button" data-testid="check-show" onClick={onShow}>
          {t('check.show')}
        </button>
      </p>
      <fieldset className="check-choices" disabled={revealed}>
        <legend>{t('check.yourPrediction')}</legend>
        {c.choices.map((x) => (
          <label key={x.id} className={revealed && x.id === c.answer ? 'check-choice is-answer' : 'check-choice'}>
            <input type="radio" name={`check-${c.id}`} value={x.id} checked={choice === x.id} data-testid={`check-choice-${x.id}`} onChange={() => onChoose(x.id)} />
            <span>{t(x.label.key, x.label.params)}</span>
            {revealed && x.id === c.answer && <strong aria-hidden="true"> ✓</strong>}
          </label>
        ))}
      </fieldset>
      {!revealed ? (
        <div className="actions">
          <button type="button" className="primary" disabled={choice === null} data-testid="check-reveal" onClick={onReveal}>
            {t('check.reveal')}
          </button>
          <span className="muted">{t('check.revealHint')}</span>
        </div>
      ) : (
        <div className={correct ? 'check-result ok' : 'check-result'} role="status" data-testid="check-result" data-correct={correct}>
          <strong>{correct ? `✓ ${t('check.right')}` : `✗ ${t('check.wrong', { answer: right === undefined ? c.answer : t(right.label.key, right.label.params) })}`}</strong>
          <p className="keep-all" data-testid="check-explain">
            {t(c.explain.key, c.explain.params)}
          </p>
        </div>
      )}
    </div>
  );
}
