/**
 * Boot: read the URL parameters once, apply language and theme, start the simulation
 * client with the chosen preset, open what the link carries (a shared state, a lesson,
 * a tour step), start the postMessage API inside a host page, and render the app. Bad
 * parameters, links and files become translated notices and change nothing.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { presets, isPresetId, DEFAULT_PRESET } from './engine';
import { simClient } from './client/simClient';
import { parseBootParams } from './embed/urlParams';
import { addNotice, setLecture, setUi, useStore } from './store';
import { applyTheme } from './theme/tokens';
import { App } from './ui/App';
import { startHostApi } from './embed/hostApi';
import { goToStep, watchTours } from './lessons/runner';
import { loadLanguage } from './i18n';
import './ui/app.css';

const { params, notices } = parseBootParams(window.location.search, navigator.languages);
setUi({ lang: params.lang, theme: params.theme, lens: params.lens, embed: params.embed, debug: params.debug });
for (const n of notices) addNotice('warning', n);

const syncDocument = (): void => {
  const { lang, theme } = useStore.getState();
  document.documentElement.lang = lang;
  applyTheme(theme, document.documentElement);
};
syncDocument();
useStore.subscribe((s, prev) => {
  if (s.lang !== prev.lang || s.theme !== prev.theme) syncDocument();
});

const id = isPresetId(params.scenario) ? params.scenario : DEFAULT_PRESET;
const base = presets[id];
const scenario = params.seed === null ? base : { ...base, seed: params.seed };
simClient.start(scenario, id, { tick: params.tick, playing: params.autoplay, speed: params.speed, debug: params.debug });
setLecture({ shortcuts: params.keys });
watchTours();
const linkParams = new URLSearchParams(window.location.search);
const rawState = linkParams.get('state');
// The decoder (and its inflate code) loads only for links that carry a state.
if (rawState !== null) void import('./embed/applyState').then((m) => m.openStateParam(rawState));
const rawLesson = linkParams.get('lesson');
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
startHostApi(params.origins);
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

if (params.debug) {
  // Debug mode: a handle for fault-injection tests and for poking at the client by hand.
  (window as unknown as { virtlab: unknown }).virtlab = { fault: (k: 'kill' | 'throw' | 'hang' | 'corrupt') => simClient.fault(k), client: simClient };
}

// Render once the language in use has its catalogue (only that one is downloaded).
const root = document.getElementById('root');
void loadLanguage(params.lang).then(() => {
  if (root === null) return;
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
