/**
 * "Reset all": back to the start of what is on screen, with its settings restored. In a
 * lesson that is the step's own start (its world, lens, tick, selection, speed); else
 * the scenario as it was loaded (every change undone, tick 0, speed 1, paused). Lecture
 * tools are put away and the ink cleared.
 */
import { simClient } from '../client/simClient';
import { addNotice, clearInk, getLecture, select, setClassroom, useStore } from '../store';
import { goToStep } from './runner';

export function resetAll(): void {
  setClassroom({ tool: null });
  clearInk();
  const pos = getLecture().tour;
  if (pos !== null && goToStep(pos.id, pos.step)) {
    addNotice('info', { key: 'tools.resetStep', params: { n: pos.step + 1 } });
    return;
  }
  const s = useStore.getState();
  if (s.scenario === null) return;
  select(null);
  simClient.setSpeed(1);
  simClient.restore(s.scenario, s.scenarioId, [], 0, false, s.origin);
  addNotice('info', { key: 'tools.resetDone', params: { name: s.scenario.name } });
}
