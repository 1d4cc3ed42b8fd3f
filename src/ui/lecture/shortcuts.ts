/**
 * The keyboard shortcuts, as data (one list feeds both the key handler and the help
 * dialog, so the help can never drift from what the keys do) and the pure decision of
 * whether a key press is ours: never while typing in a field, never with Ctrl/Alt/Meta,
 * never Space/Enter on a button (that is the button's own activation), and never while
 * a dialog is open (its own keys win).
 */
export type ShortcutAction =
  | 'togglePlay'
  | 'stepForward'
  | 'stepBack'
  | 'faster'
  | 'slower'
  | 'nextStep'
  | 'prevStep'
  | 'fullscreen'
  | 'projector'
  | 'contrast'
  | 'blackout'
  | 'help'
  | 'spotlight'
  | 'pointer'
  | 'pen'
  | 'clearInk'
  | 'timer'
  | 'resetAll'
  | 'notes'
  | 'checks';

export interface Shortcut {
  keys: readonly string[];
  /** How the keys are written in the help dialog. */
  label: string;
  action: ShortcutAction;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { keys: [' '], label: 'Space', action: 'togglePlay' },
  { keys: ['ArrowRight'], label: '→', action: 'stepForward' },
  { keys: ['ArrowLeft'], label: '←', action: 'stepBack' },
  { keys: ['+', '='], label: '+', action: 'faster' },
  { keys: ['-', '_'], label: '−', action: 'slower' },
  { keys: ['PageDown'], label: 'Page Down', action: 'nextStep' },
  { keys: ['PageUp'], label: 'Page Up', action: 'prevStep' },
  { keys: ['f', 'F'], label: 'F', action: 'fullscreen' },
  { keys: ['p', 'P'], label: 'P', action: 'projector' },
  { keys: ['c', 'C'], label: 'C', action: 'contrast' },
  { keys: ['b', 'B', '.'], label: 'B', action: 'blackout' },
  { keys: ['s', 'S'], label: 'S', action: 'spotlight' },
  { keys: ['l', 'L'], label: 'L', action: 'pointer' },
  { keys: ['d', 'D'], label: 'D', action: 'pen' },
  { keys: ['x', 'X'], label: 'X', action: 'clearInk' },
  { keys: ['t', 'T'], label: 'T', action: 'timer' },
  { keys: ['r', 'R'], label: 'R', action: 'resetAll' },
  { keys: ['n', 'N'], label: 'N', action: 'notes' },
  { keys: ['k', 'K'], label: 'K', action: 'checks' },
  { keys: ['?'], label: '?', action: 'help' },
];

/** While a lecture tool is on, these keys steer it instead (listed in the help dialog too). */
export type ToolKey = { kind: 'move'; dx: number; dy: number; ink: boolean } | { kind: 'size'; d: 1 | -1 } | { kind: 'off' };

export const TOOL_KEYS: readonly { label: string; what: string }[] = [
  { label: '← ↑ → ↓', what: 'toolMove' },
  { label: 'Shift + ← ↑ → ↓', what: 'toolMoveFine' },
  { label: '+ −', what: 'toolSize' },
  { label: 'Esc', what: 'toolOff' },
];

const ARROWS: Readonly<Record<string, [number, number]>> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

/**
 * A key while a tool is on: arrows move the spotlight, the pointer or the pen (the pen
 * draws as it moves; with Shift it moves a small step, and the pen lifts), + and − resize
 * the spotlight, Escape turns the tool off. Null: not a tool key (the usual shortcuts apply).
 */
export function toolKeyFor(tool: 'spotlight' | 'pointer' | 'pen', k: KeyInfo & { shiftKey: boolean }): ToolKey | null {
  if (k.ctrlKey || k.altKey || k.metaKey || TYPING.has(k.targetTag) || k.targetEditable) return null;
  if (k.key === 'Escape') return { kind: 'off' };
  if (k.targetRole === 'slider' || k.targetRole === 'tab') return null;
  const a = ARROWS[k.key];
  if (a !== undefined) {
    const step = k.shiftKey ? 0.01 : 0.04;
    return { kind: 'move', dx: a[0] * step, dy: a[1] * step, ink: tool === 'pen' && !k.shiftKey };
  }
  if (tool === 'spotlight' && (k.key === '+' || k.key === '=')) return { kind: 'size', d: 1 };
  if (tool === 'spotlight' && (k.key === '-' || k.key === '_')) return { kind: 'size', d: -1 };
  return null;
}

export interface KeyInfo {
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  /** Tag name of the focused element, upper case (e.g. 'INPUT'). */
  targetTag: string;
  targetRole: string | null;
  targetEditable: boolean;
}

const TYPING = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
const ACTIVATES = new Set(['BUTTON', 'A', 'SUMMARY']);

/** The action for a key press, or null when the key belongs to someone else. */
export function shortcutFor(k: KeyInfo, dialogOpen: boolean): ShortcutAction | null {
  if (dialogOpen || k.ctrlKey || k.altKey || k.metaKey) return null;
  if (TYPING.has(k.targetTag) || k.targetEditable) return null;
  if (k.targetRole === 'slider' || k.targetRole === 'tab') {
    if (k.key.startsWith('Arrow') || k.key.startsWith('Page') || k.key === 'Home' || k.key === 'End') return null;
  }
  if ((k.key === ' ' || k.key === 'Enter') && ACTIVATES.has(k.targetTag)) return null;
  return SHORTCUTS.find((s) => s.keys.includes(k.key))?.action ?? null;
}
