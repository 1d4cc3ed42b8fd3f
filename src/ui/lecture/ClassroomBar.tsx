/**
 * Classroom tools beside the lens tabs, one click from any lens: teacher notes for this
 * lens and scenario, the concept checks, the pointer, the spotlight, the pen (and
 * clearing its ink), the countdown timer and "Reset all". Every button names its key;
 * the same keys are in the help dialog. In an embed only the checks remain.
 */
import { useT } from '../../i18n';
import { resetAll } from '../../lessons/reset';
import { selectChecksOpen, selectTimer, selectTool, useStore } from '../../store';
import { clearInk, openNotes, toggleChecks, toggleTimer, toggleTool } from './tools';

export function ClassroomBar({ embed = false }: { embed?: boolean }) {
  const t = useT();
  const tool = useStore(selectTool);
  const checks = useStore(selectChecksOpen);
  const timer = useStore(selectTimer);
  const btn = (id: string, label: string, key: string, onClick: () => void, pressed?: boolean) => (
    <button type="button" data-testid={`tool-btn-${id}`} aria-pressed={pressed} aria-keyshortcuts={key} title={`${label} (${key})`} onClick={onClick}>
      {label}
    </button>
  );
  if (embed) return <div className="classroom-bar">{btn('checks', t('check.open'), 'K', toggleChecks, checks)}</div>;
  return (
    <div className="classroom-bar" role="toolbar" aria-label={t('tools.label')}>
      {btn('notes', t('notes.open'), 'N', openNotes)}
      {btn('checks', t('check.open'), 'K', toggleChecks, checks)}
      {btn('pointer', t('tools.pointer'), 'L', () => toggleTool('pointer'), tool === 'pointer')}
      {btn('spotlight', t('tools.spotlight'), 'S', () => toggleTool('spotlight'), tool === 'spotlight')}
      {btn('pen', t('tools.pen'), 'D', () => toggleTool('pen'), tool === 'pen')}
      {btn('clear', t('tools.clearInk'), 'X', clearInk)}
      {btn('timer', t('tools.timer'), 'T', toggleTimer, timer !== null)}
      {btn('reset', t('tools.resetAll'), 'R', resetAll)}
    </div>
  );
}
