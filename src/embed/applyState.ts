/**
 * Open a shared state (from a link, a state file or the embed API): language, theme,
 * lens, selection and speed in the store, then the scenario with its commands at its
 * tick through simClient, and the tour step that was on screen (without resetting the
 * world the link carries). One function, so every way in reproduces the same picture.
 * `openStateParam` opens a `state=` link, refusing a bad one with a notice (the default
 * world stays).
 */
import { isPresetId } from '../engine';
import { simClient } from '../client/simClient';
import { changeLanguage, t } from '../i18n';
import { resumeStep } from '../lessons/runner';
import { addNotice, select, setLens, setTheme, useStore } from '../store';
import { isKnownLens } from '../views/lensIds';
import { decodeState, type SharedState } from './shareState';

export function applySharedState(st: SharedState): void {
  void changeLanguage(st.lang);
  setTheme(st.theme);
  if (isKnownLens(st.lens)) setLens(st.lens);
  else addNotice('warning', { key: 'lecture.state.noLens', params: { lens: st.lens } });
  select(st.selection);
  simClient.setSpeed(st.speed);
  // A shared world with changes (its own scenario or commands) is kept like the person's own
  // when something replaces it; a tour step's is the tour's.
  const origin = st.tour !== undefined ? 'lesson' : st.log.length > 0 || !isPresetId(st.preset) ? 'own' : 'preset';
  if (st.scenario !== undefined) simClient.restore(st.scenario, st.preset, st.log, st.tick, st.playing, origin);
  if (st.tour !== undefined) resumeStep(st.tour.id, st.tour.step);
}

/** Open a `state=` URL parameter; a bad one is refused with a translated notice. */
export function openStateParam(raw: string): void {
  const r = decodeState(raw);
  if (r.ok) return applySharedState(r.state);
  const lang = useStore.getState().lang;
  const reason = r.detail === undefined ? '' : t(lang, r.detail.key, r.detail.params);
  addNotice('warning', { key: r.error.key, params: { ...r.error.params, ...(reason === '' ? {} : { reason }) } });
}
