/**
 * The current picture as a SharedState, and links to it: the full link (`state=`, with
 * every edit and command) and, when nothing was edited, a short readable link made of
 * the public URL parameters. Links keep the page's own path, so they work from any
 * sub-path of any host.
 */
import { isPresetId, presets } from '../engine';
import { getLecture, useStore, worldTick } from '../store';
import { encodeState, type SharedState } from './shareState';

export function currentState(): SharedState | null {
  const s = useStore.getState();
  if (s.scenario === null) return null;
  const tour = getLecture().tour;
  const st: SharedState = {
    preset: s.scenarioId,
    scenario: s.scenario,
    seed: s.scenario.seed,
    log: s.log,
    // The scenario and log are the newest world's; so is this tick, even before its first snapshot is drawn.
    tick: worldTick(s),
    lens: s.lens,
    selection: s.selection,
    speed: s.speed,
    theme: s.theme,
    lang: s.lang,
    playing: false,
  };
  if (tour !== null) st.tour = { id: tour.id, step: tour.step };
  return st;
}

export function pageBase(): string {
  return `${window.location.origin}${window.location.pathname}`;
}

export function fullLink(st: SharedState, extra = ''): string {
  return `${pageBase()}?state=${encodeState(st)}${extra}`;
}

/** Readable parameters when the state is an unedited preset without commands, else null. */
export function shortParams(st: SharedState): URLSearchParams | null {
  if (st.log.length > 0 || st.selection !== null || !isPresetId(st.preset)) return null;
  const base = presets[st.preset];
  if (st.scenario !== undefined && JSON.stringify({ ...st.scenario, seed: base.seed }) !== JSON.stringify(base)) return null;
  const q = new URLSearchParams({ scenario: st.preset });
  if (st.seed !== base.seed) q.set('seed', String(st.seed));
  if (st.tick !== 0) q.set('tick', String(st.tick));
  if (st.lens !== 'overview') q.set('lens', st.lens);
  if (st.speed !== 1) q.set('speed', String(st.speed));
  if (st.theme !== 'default') q.set('theme', st.theme);
  q.set('lang', st.lang);
  q.set('autoplay', '0');
  const tour = getLecture().tour;
  if (tour !== null) {
    q.set('tour', tour.id);
    q.set('step', String(tour.step + 1));
  }
  return q;
}

export function shortLink(st: SharedState): string | null {
  const q = shortParams(st);
  return q === null ? null : `${pageBase()}?${q.toString()}`;
}
