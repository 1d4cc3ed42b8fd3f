/**
 * "Try this": two or three experiments suggested for the loaded preset, each a thing to
 * do and what to watch for, so a student exploring alone has a question to answer.
 * Falls back to general suggestions for other scenarios.
 */
import { hasKey, useT } from '../../i18n';
import { selectScenarioId, useStore } from '../../store';

export function TryThis() {
  const t = useT();
  const id = useStore(selectScenarioId);
  const key = hasKey(`cpu.try.${id}`) ? `cpu.try.${id}` : 'cpu.try.default';
  return (
    <details className="cpu-try" open data-testid="cpu-try">
      <summary>{t('cpu.try.title')}</summary>
      <p>{t(key)}</p>
    </details>
  );
}
