/**
 * Boot: read the URL parameters once, apply language and theme, start the simulation
 * client with the chosen preset, open what the link carries (a shared state, a lesson,
 * a tour step), start the postMessage API and reporting inside a host page, and register
 * the service worker once the first picture is drawn. Bad parameters, links and files
 * become translated notices and change nothing. The app (start.tsx) loads this module beside
 * the language catalogue once index.html's shell has painted, so its weight never delays the
 * first paint. A plain link loads no validator (zod): the parameter schema loads only for a
 * link with parameters, the embed API only inside a host page, the built page's presets
 * were parsed by the build (vite.config.ts), and the other decoders only when used.
 */
import { DEFAULT_PRESET, isPresetId, PRESET_IDS, presets, type Message } from './engine';
import { simClient } from './client/simClient';
import { defaultParams, hasParams, type BootParams } from './embed/bootParams';
import { goToStep, watchTours } from './lessons/runner';
import { watchTourUrl } from './lessons/tourUrl';
import { addNotice, connectCommands, select, setLecture, setUi, useStore } from './store';
import { applyTheme } from './theme/tokens';
import { requestFrame } from './views/shared/frameLoop';

function syncDocument(): void {
  const { lang, theme } = useStore.getState();
  document.documentElement.lang = lang;
  applyTheme(theme, document.documentElement);
}

/**
 * A link's parameters and the notices about bad ones. Their schema (zod) loads only for a
 * link that carries parameters: a plain link starts from the defaults without it.
 */
async function readParams(search: string, languages: readonly string[]): Promise<{ params: BootParams; notices: Message[] }> {
  if (!hasParams(search)) return { params: defaultParams(languages), notices: [] };
  const { parseBootParams } = await import('./embed/urlParams');
  return parseBootParams(search, languages);
}

/** Start everything but the React tree; returns the parameters it started with. */
export async function boot(search: string, languages: readonly string[]): Promise<BootParams> {
  const { params, notices } = await readParams(search, languages);
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
  openLinks(params, search);

  if (params.debug) {
    // Debug mode: a handle for fault-injection tests and for poking at the client by hand.
    (window as unknown as { virtlab: unknown }).virtlab = { fault: (k: 'kill' | 'throw' | 'hang' | 'corrupt') => simClient.fault(k), client: simClient };
  }
  return params;
}

/** Lecture tools and what the link carries; the decoders load only for links that need them. */
function openLinks(params: BootParams, search: string): void {
  setLecture({ shortcuts: params.keys });
  watchTours();
  watchTourUrl();
  const link = new URLSearchParams(search);
  const rawState = link.get('state');
  if (rawState !== null) void import('./embed/applyState').then((m) => m.openStateParam(rawState));
  const rawLesson = link.get('lesson');
  const tour = params.tour;
  if (tour !== null || rawLesson !== null) {
    // Open the step once the boot world has drawn, so that world's snapshots can never be
    // taken for the step's own (they would complete a "wait until tick N" task at once).
    const unsub = useStore.subscribe((s) => {
      if (s.snapshot === null) return;
      unsub();
      if (rawLesson !== null) void import('./lessons/own').then((m) => m.openLessonParam(rawLesson, params.step));
      else if (tour !== null) goToStep(tour, params.step - 1);
    });
  }
  // The postMessage API answers only a host page: a page on its own never loads its code.
  if (window.parent !== window) void import('./embed/hostApi').then((m) => m.startHostApi(params.origins));
  if (params.report.xapi || params.report.height) void import('./embed/report').then((m) => m.startReporting(params.report, params.origins));

  // The service worker (offline use) registers once the first picture is drawn, so it never
  // competes with the boot for the network; the dev server has none.
  if (!import.meta.env.DEV) {
    const unsubSw = useStore.subscribe((s) => {
      if (s.status !== 'running') return;
      unsubSw();
      void import('./offline/register').then((m) => m.startServiceWorker());
    });
  }
}

/** Open a preset from the scenario picker. */
export function loadPreset(id: string): void {
  if (!isPresetId(id)) return;
  select(null);
  simClient.load(presets[id], id, 'preset');
}
