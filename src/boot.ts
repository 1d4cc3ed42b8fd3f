/**
 * Boot: read the URL parameters once, apply language and theme, start the simulation
 * client with the chosen preset, and start the lecture tools (shared links, tours, the
 * embed API). main.tsx loads this module beside the language catalogue, so its weight
 * (the parameter schema, the preset catalogue, the embed API) never delays the first
 * paint: the page shell is in index.html and React's own shell needs none of it.
 */
import { DEFAULT_PRESET, isPresetId, PRESET_IDS, presets } from './engine';
import { simClient } from './client/simClient';
import { parseBootParams, type BootParams } from './embed/urlParams';
import { addNotice, connectCommands, select, setUi, useStore } from './store';
import { applyTheme } from './theme/tokens';
import { bootLecture } from './ui/lecture/boot';
import { requestFrame } from './views/shared/frameLoop';

function syncDocument(): void {
  const { lang, theme } = useStore.getState();
  document.documentElement.lang = lang;
  applyTheme(theme, document.documentElement);
}

/** Start everything but the React tree; returns the parameters it started with. */
export function boot(search: string, languages: readonly string[]): BootParams {
  const { params, notices } = parseBootParams(search, languages);
  setUi({ lang: params.lang, theme: params.theme, lens: params.lens, embed: params.embed, debug: params.debug, presetIds: PRESET_IDS });
  for (const n of notices) addNotice('warning', n);
  syncDocument();
  useStore.subscribe((s, prev) => {
    if (s.lang !== prev.lang || s.theme !== prev.theme) syncDocument();
  });

  // Views send commands through the store; snapshots are applied in the app's adaptive frame loop.
  connectCommands((command) => simClient.command(command));
  simClient.setFrameScheduler(requestFrame);

  const id = isPresetId(params.scenario) ? params.scenario : DEFAULT_PRESET;
  const base = presets[id];
  const scenario = params.seed === null ? base : { ...base, seed: params.seed };
  simClient.start(scenario, id, { tick: params.tick, playing: params.autoplay, speed: params.speed, debug: params.debug });
  bootLecture(params, search);

  if (params.debug) {
    // Debug mode: a handle for fault-injection tests and for poking at the client by hand.
    (window as unknown as { virtlab: unknown }).virtlab = { fault: (k: 'kill' | 'throw' | 'hang' | 'corrupt') => simClient.fault(k), client: simClient };
  }
  return params;
}

/** Open a preset from the scenario picker. */
export function loadPreset(id: string): void {
  if (!isPresetId(id)) return;
  select(null);
  simClient.load(presets[id], id);
}
