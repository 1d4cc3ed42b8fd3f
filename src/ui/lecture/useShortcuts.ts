/**
 * Binds the shortcuts to the window. The window only sees keys while VirtLab's document
 * has focus (in an iframe: only when the iframe is focused), so a course page's own
 * keys are never taken. The `shortcuts` switch in the store turns all of them off.
 */
import { useEffect } from 'react';
import { simClient } from '../../client/simClient';
import { SPEEDS } from '../../protocol/messages';
import { addNotice, getClassroom, getLecture, setClassroom, setLecture, setTheme, useStore } from '../../store';
import { nextStep } from '../../lessons/runner';
import { resetAll } from '../../lessons/reset';
import { shortcutFor, toolKeyFor, type ShortcutAction } from './shortcuts';
import { moveSpot, resizeSpot } from './toolState';
import { clearInk, openNotes, toggleChecks, toggleTimer, toggleTool } from './tools';

function changeSpeed(dir: 1 | -1): void {
  const cur = useStore.getState().speed;
  const i = SPEEDS.indexOf(cur);
  const at = i >= 0 ? i : SPEEDS.indexOf(1);
  const next = SPEEDS[Math.min(Math.max(0, at + dir), SPEEDS.length - 1)];
  if (next !== undefined) simClient.setSpeed(next);
}

function toggleFullscreen(): void {
  const done = document.fullscreenElement === null ? document.documentElement.requestFullscreen?.() : document.exitFullscreen();
  void done?.catch(() => addNotice('warning', { key: 'lecture.notice.noFullscreen' }));
}

function toggleTheme(theme: 'projector' | 'contrast'): void {
  setTheme(useStore.getState().theme === theme ? 'default' : theme);
}

export function runShortcut(action: ShortcutAction): void {
  switch (action) {
    case 'togglePlay':
      return simClient.togglePlay();
    case 'stepForward':
      return simClient.stepBy(1);
    case 'stepBack':
      return simClient.stepBy(-1);
    case 'faster':
      return changeSpeed(1);
    case 'slower':
      return changeSpeed(-1);
    case 'nextStep':
      return nextStep(1);
    case 'prevStep':
      return nextStep(-1);
    case 'fullscreen':
      return toggleFullscreen();
    case 'projector':
      return toggleTheme('projector');
    case 'contrast':
      return toggleTheme('contrast');
    case 'blackout':
      return setLecture({ blackout: !getLecture().blackout });
    case 'help':
      return setLecture({ dialog: 'help' });
    case 'spotlight':
    case 'pointer':
    case 'pen':
      return toggleTool(action);
    case 'clearInk':
      return clearInk();
    case 'timer':
      return toggleTimer();
    case 'resetAll':
      return resetAll();
    case 'notes':
      return openNotes();
    case 'checks':
      return toggleChecks();
  }
}

/** While a tool is on, arrows, + / − and Escape steer it; true when the key was the tool's. */
function toolKey(e: KeyboardEvent, info: Parameters<typeof shortcutFor>[0]): boolean {
  const tool = getClassroom().tool;
  if (tool === null || getLecture().dialog !== null) return false;
  const k = toolKeyFor(tool, { ...info, shiftKey: e.shiftKey });
  if (k === null) return false;
  if (k.kind === 'off') setClassroom({ tool: null });
  else if (k.kind === 'size') resizeSpot(k.d);
  else moveSpot(k.dx, k.dy, k.ink);
  return true;
}

export function useShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      const lec = getLecture();
      if (!lec.shortcuts || e.defaultPrevented) return;
      const el = e.target instanceof HTMLElement ? e.target : null;
      // While blacked out, any key but the modifier keys brings the picture back.
      if (lec.blackout && !['Shift', 'Control', 'Alt', 'Meta'].includes(e.key)) {
        setLecture({ blackout: false });
        e.preventDefault();
        return;
      }
      const info = {
        key: e.key,
        ctrlKey: e.ctrlKey,
        altKey: e.altKey,
        metaKey: e.metaKey,
        targetTag: el?.tagName ?? 'BODY',
        targetRole: el?.getAttribute('role') ?? null,
        targetEditable: el?.isContentEditable ?? false,
      };
      if (toolKey(e, info)) {
        e.preventDefault();
        return;
      }
      const action = shortcutFor(info, lec.dialog !== null);
      if (action === null) return;
      e.preventDefault();
      runShortcut(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
