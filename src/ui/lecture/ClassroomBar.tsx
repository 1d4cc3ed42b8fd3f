/**
 * Classroom tools, one click from any lens: teacher notes for this lens and scenario,
 * the concept checks, then (as icons, each with its name and key in the tooltip and for
 * screen readers) the pointer, the spotlight, the pen and clearing its ink, the
 * countdown timer and "Reset all". The same keys are in the help dialog. On a wide
 * screen the bar heads the side column, so the lens keeps its height; on a narrow one it
 * sits with the lens tabs. In an embed only the checks remain.
 */
import { useT } from '../../i18n';
import { resetAll } from '../../lessons/reset';
import { selectChecksOpen, selectTheme, selectTimer, selectTool, useStore } from '../../store';
import { useMediaQuery } from '../useMediaQuery';
import { ToolIcon, type ToolIconName } from './ToolIcon';
import { clearInk, openNotes, toggleChecks, toggleTimer, toggleTool } from './tools';
import './tools.css';

const WIDE = '(min-width: 901px)';

/** Whether the side column stands beside the lens (the workspace's own breakpoint). */
export function useWideLayout(): boolean {
  return useMediaQuery(WIDE);
}

interface Item {
  id: string;
  icon: ToolIconName;
  label: string;
  key: string;
  onClick: () => void;
  pressed?: boolean;
  text?: boolean;
}

function ToolButton({ it, nameHidden = false }: { it: Item; nameHidden?: boolean }) {
  return (
    <button
      type="button"
      className={it.text === true ? 'tool-btn' : 'tool-btn tool-icon'}
      data-testid={`tool-btn-${it.id}`}
      aria-pressed={it.pressed}
      aria-keyshortcuts={it.key}
      title={`${it.label} (${it.key})`}
      onClick={it.onClick}
    >
      <ToolIcon name={it.icon} /> <span className={it.text === true && !nameHidden ? undefined : 'visually-hidden'}>{it.label}</span>
    </button>
  );
}

export function ClassroomBar({ embed = false }: { embed?: boolean }) {
  const t = useT();
  const tool = useStore(selectTool);
  const checks = useStore(selectChecksOpen);
  const timer = useStore(selectTimer);
  // Projector, wide: the bar heads the side column as one row of icons (every name stays
  // the button's accessible name and tooltip), so a tour step below it has the room to be read whole.
  const projector = useStore(selectTheme) === 'projector';
  const wide = useWideLayout();
  const namesHidden = projector && wide;
  const checksItem: Item = { id: 'checks', icon: 'checks', label: t('check.open'), key: 'K', onClick: toggleChecks, pressed: checks, text: true };
  if (embed) {
    return (
      <div className="classroom-bar">
        <ToolButton it={checksItem} />
      </div>
    );
  }
  const items: Item[] = [
    { id: 'notes', icon: 'notes', label: t('notes.open'), key: 'N', onClick: openNotes, text: true },
    checksItem,
    { id: 'pointer', icon: 'pointer', label: t('tools.pointer'), key: 'L', onClick: () => toggleTool('pointer'), pressed: tool === 'pointer' },
    { id: 'spotlight', icon: 'spotlight', label: t('tools.spotlight'), key: 'S', onClick: () => toggleTool('spotlight'), pressed: tool === 'spotlight' },
    { id: 'pen', icon: 'pen', label: t('tools.pen'), key: 'D', onClick: () => toggleTool('pen'), pressed: tool === 'pen' },
    { id: 'clear', icon: 'clear', label: t('tools.clearInk'), key: 'X', onClick: clearInk },
    { id: 'timer', icon: 'timer', label: t('tools.timer'), key: 'T', onClick: toggleTimer, pressed: timer !== null },
    { id: 'reset', icon: 'reset', label: t('tools.resetAll'), key: 'R', onClick: resetAll },
  ];
  return (
    <div className="classroom-bar" role="toolbar" aria-label={t('tools.label')}>
      {items.map((it) => (
        <ToolButton key={it.id} it={it} nameHidden={namesHidden} />
      ))}
    </div>
  );
}
