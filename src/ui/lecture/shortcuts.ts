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
  | 'help';

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
  { keys: ['?'], label: '?', action: 'help' },
];

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
