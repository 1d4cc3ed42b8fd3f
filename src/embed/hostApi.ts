/**
 * The postMessage API, wired to the app. Only messages whose source is the parent
 * window are considered, only from allowed origins when `origins=` is given, and only
 * after parseHostMessage validates them; anything else is ignored with a console
 * warning. Accepted commands go through simClient (so they are logged and replayed
 * like a click); refused ones answer with an `error` event and show a notice. Events
 * go to the origin of the host's first accepted message, or to the allowed origins.
 * Messages that came before this code loaded were held (heldMessages.ts) and are handled
 * first, in order.
 */
import { parseScenario, type Message } from '../engine';
import { simClient } from '../client/simClient';
import { t, tMessage } from '../i18n';
import { addNotice, getLecture, select, setLens, useStore, worldTick, type AppState } from '../store';
import { isTourId } from '../tours';
import { findLesson } from '../lessons/catalogue';
import { exitTour, goToStep } from '../lessons/runner';
import { isKnownLens } from '../views/lensIds';
import { API_VERSION, COMMAND_NAMES, originAllowed, parseHostMessage, type EventName, type HostCommand } from './hostMessages';
import { takeHeldMessages } from './heldMessages';
import { MAX_FILE_BYTES } from './limits';

const STATE_EVERY_MS = 250;
/** Console warnings are for the host page's developer: always English. */
const LOG_LANG = 'en';

function stateData(s: AppState): Record<string, unknown> {
  return { tick: worldTick(s), playing: s.playing, lens: s.lens, scenario: s.scenarioId, scenarioName: s.scenario?.name ?? '', speed: s.speed };
}

export function startHostApi(origins: readonly string[] | null): () => void {
  if (window.parent === window) return () => undefined;
  let replyTo: string | null = null;
  const post = (name: EventName, data: unknown, id?: string | number): void => {
    const msg = { virtlab: API_VERSION, kind: 'event', name, data, ...(id === undefined ? {} : { id }) };
    const targets = replyTo !== null ? [replyTo] : (origins ?? ['*']);
    for (const o of targets) window.parent.postMessage(msg, o);
  };
  const refuse = (reason: Message, name?: string, id?: string | number): void => {
    const lang = useStore.getState().lang;
    console.warn(`[virtlab] refused a host message: ${tMessage(LOG_LANG, reason)}`);
    addNotice('error', { key: 'lecture.api.refused', params: { reason: tMessage(lang, reason) } });
    post('error', { command: name ?? null, key: reason.key, params: reason.params ?? {}, message: tMessage(lang, reason) }, id);
  };
  const run = (c: HostCommand, id?: string | number): void => {
    const reason = dispatch(c, () => post('state', stateData(useStore.getState()), id));
    if (reason !== null) refuse(reason, c.name, id);
  };
  const onMessage = (e: MessageEvent): void => {
    if (e.source !== window.parent) return;
    if (!originAllowed(e.origin, origins)) {
      console.warn(`[virtlab] ignored a message from ${e.origin}: not in origins=`);
      return;
    }
    const p = parseHostMessage(e.data);
    if (p.kind === 'notOurs') {
      console.warn('[virtlab] ignored a message that is not a VirtLab API message');
      return;
    }
    replyTo ??= e.origin;
    if (p.kind === 'bad') refuse(p.reason, p.name, p.id);
    else run(p.command, p.id);
  };
  // What came before this code did, in order, then what comes next.
  for (const e of takeHeldMessages()) onMessage(e);
  window.addEventListener('message', onMessage);
  const stopEvents = watchEvents(post);
  return () => {
    window.removeEventListener('message', onMessage);
    stopEvents();
  };
}

const done = (f: () => void): null => {
  f();
  return null;
};

/** Carry out one validated command; a refusal reason, or null when done. */
function dispatch(c: HostCommand, answerState: () => void): Message | null {
  switch (c.name) {
    case 'play':
      return done(() => simClient.play());
    case 'pause':
      return done(() => simClient.pause());
    case 'step':
      return done(() => simClient.stepBy(c.ticks));
    case 'seek':
      return done(() => simClient.seek(c.tick));
    case 'setSpeed':
      return done(() => simClient.setSpeed(c.speed));
    case 'getState':
      return done(() => answerState());
    case 'setLens':
      if (!isKnownLens(c.lens)) return { key: 'lecture.api.noLens', params: { lens: c.lens } };
      return done(() => setLens(c.lens));
    case 'startTour':
      if (!isTourId(c.tour)) return { key: 'lecture.api.noTour', params: { tour: c.tour } };
      return done(() => goToStep(c.tour, c.step - 1));
    case 'loadScenario':
      return loadScenario(c.scenario);
  }
}

function loadScenario(raw: unknown): Message | null {
  const lang = useStore.getState().lang;
  if (JSON.stringify(raw ?? null).length > MAX_FILE_BYTES) return { key: 'lecture.import.tooBig', params: { size: '>1024', max: 1024 } };
  const p = parseScenario(raw);
  if (!p.ok) {
    const e = p.errors[0];
    return { key: 'lecture.api.badScenario', params: { field: e?.path || '-', reason: e === undefined ? '' : t(lang, e.key, e.params) } };
  }
  exitTour();
  select(null);
  simClient.load(p.scenario, 'custom', 'own');
  return null;
}

/** `ready` once the first snapshot is drawn (at once if it already is), `state` on change (at most 4 a second), `tourStep` on every step. */
function watchEvents(post: (name: EventName, data: unknown) => void): () => void {
  let sentReady = false;
  let last = '';
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastTour = '';
  const flush = (): void => {
    timer = null;
    const data = stateData(useStore.getState());
    const key = JSON.stringify(data);
    if (key !== last) post('state', data);
    last = key;
  };
  const onChange = (s: AppState): void => {
    if (!sentReady && s.status === 'running') {
      sentReady = true;
      post('ready', { version: API_VERSION, commands: COMMAND_NAMES, ...stateData(s) });
    }
    if (sentReady && timer === null && JSON.stringify(stateData(s)) !== last) timer = setTimeout(flush, STATE_EVERY_MS);
    const tour = getLecture().tour;
    const tourKey = tour === null ? '' : `${tour.id}:${tour.step}:${tour.done}`;
    if (tourKey !== lastTour && tour !== null) {
      post('tourStep', { tour: tour.id, step: tour.step + 1, total: findLesson(tour.id)?.steps.length ?? 0, done: tour.done, degraded: tour.degraded });
    }
    lastTour = tourKey;
  };
  const unsub = useStore.subscribe(onChange);
  // The API starts once its code is here, which may be after the first picture or a tour's
  // first step: what already happened is told now.
  onChange(useStore.getState());
  return () => {
    unsub();
    if (timer !== null) clearTimeout(timer);
  };
}
