/**
 * "Undo" after a world that held the person's work was replaced (see store/worldUndo.ts):
 * a quiet notice over the page, never a question in the way. It says which world was put
 * aside and brings it back exactly, scenario, commands and tick, the way share links
 * rebuild a world; the world it replaces is kept in turn when it holds work of its own,
 * so Undo can be undone. It stays until used or dismissed; the live region is always in
 * the page, so its coming is announced.
 */
import { simClient } from '../client/simClient';
import { useT } from '../i18n';
import './worldUndo.css';
import { select, selectKeptWorld, setSim, setUi, takeKeptWorld, useStore, type KeptWorld } from '../store';

/** Put the kept world back on screen (paused at its tick) and focus the scenario picker that now names it. */
export async function undoWorldSwitch(): Promise<void> {
  // The lesson runner came with the boot module (loaded by now): this resolves at once, and
  // keeps the engine's presets out of the first screen's download.
  const { exitTour } = await import('../lessons/runner');
  const k = takeKeptWorld();
  if (k === null) return;
  exitTour();
  select(null);
  simClient.restore(k.scenario, k.scenarioId, k.log, k.tick, false, k.origin);
  setSim({ changed: k.changed });
  setUi({ scenarioFile: k.scenarioFile });
  document.querySelector<HTMLElement>('[data-testid="scenario"]')?.focus();
}

function useKeptName(k: KeptWorld | null): string {
  const t = useT();
  if (k === null) return '';
  if (k.scenarioId !== 'custom') return t(`preset.${k.scenarioId}.title`);
  return k.scenarioFile === null ? t('header.customScenario') : t('header.customScenarioFile', { file: k.scenarioFile });
}

export function WorldUndo() {
  const t = useT();
  const kept = useStore(selectKeptWorld);
  const name = useKeptName(kept);
  return (
    <div className="world-undo-dock" role="status">
      {kept !== null && (
        <div className="notice notice-info world-undo" data-testid="world-undo">
          <span id="world-undo-text">{t('worldUndo.text', { name })}</span>
          <span className="world-undo-actions">
            <button type="button" data-testid="world-undo-button" aria-describedby="world-undo-text" onClick={() => void undoWorldSwitch()}>
              {t('worldUndo.undo')}
            </button>
            <button type="button" data-testid="world-undo-dismiss" onClick={() => takeKeptWorld()} aria-label={t('notice.dismiss')}>
              ×
            </button>
          </span>
        </div>
      )}
    </div>
  );
}
