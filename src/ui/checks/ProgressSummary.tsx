/**
 * The student's progress by section of the notes (checks tried, right at least once,
 * answers and right answers) and the buttons that save it as a file to hand in.
 */
import { checksFor } from '../../checks';
import { progressCsv, progressJson, summarize, type Progress } from '../../checks/progress';
import { t as translate, useT } from '../../i18n';
import { selectLang, useStore } from '../../store';
import { download } from '../download';

export function ProgressSummary({ p }: { p: Progress }) {
  const t = useT();
  const lang = useStore(selectLang);
  const rows = summarize(p, (s) => checksFor(s).length).filter((r) => r.checks > 0);
  const save = (kind: 'json' | 'csv'): void => {
    const now = new Date();
    const stamp = now.toISOString().slice(0, 10);
    const text =
      kind === 'json'
        ? progressJson(p, rows, now.toISOString())
        : progressCsv(p, rows, { summary: translate(lang, 'check.csv.summary').split(','), answers: translate(lang, 'check.csv.answers').split(',') }, (s) => translate(lang, `section.${s}`));
    download(`virtlab-progress-${stamp}.${kind}`, new Blob([text], { type: kind === 'json' ? 'application/json' : 'text/csv;charset=utf-8' }));
  };
  return (
    <details className="check-summary" data-testid="check-summary" open={p.answers.length > 0}>
      <summary>{t('check.summary')}</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('check.summary.section')}</th>
            <th scope="col">{t('check.summary.tried')}</th>
            <th scope="col">{t('check.summary.mastered')}</th>
            <th scope="col">{t('check.summary.answers')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.section} data-testid={`check-summary-${r.section}`}>
              <th scope="row">{t(`section.${r.section}`)}</th>
              <td>{t('check.summary.of', { n: r.tried, total: r.checks })}</td>
              <td>{t('check.summary.of', { n: r.mastered, total: r.checks })}</td>
              <td>{t('check.summary.cell', { correct: r.correct, answers: r.answers })}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="actions">
        <button type="button" data-testid="check-export-json" onClick={() => save('json')}>
          {t('check.export.json')}
        </button>
        <button type="button" data-testid="check-export-csv" onClick={() => save('csv')}>
          {t('check.export.csv')}
        </button>
        <span className="muted">{t('check.seed', { seed: p.student })}</span>
      </div>
    </details>
  );
}
