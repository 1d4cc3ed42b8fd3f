/**
 * Open a shared state (from a link, a state file or the embed API): language, theme,
 * lens, selection and speed in the store, then the scenario with its commands at its
 * tick through simClient, and the tour step that was on screen (without resetting the
 * world the link carries). One function, so every way in reproduces the same picture.
 */
import { simClient } from '../../client/simClient';
import type { SharedState } from '../../embed/shareState';
import { addNotice, select, setLens, setTheme } from '../../store';
import { changeLanguage } from '../../i18n';
import { isLensId } from '../../views/registry';
import { resumeStep } from './tourRunner';

export function applySharedState(st: SharedState): void {
  void changeLanguage(st.lang);
  setTheme(st.theme);
  if (isLensId(st.lens)) setLens(st.lens);
  else addNotice('warning', { key: 'lecture.state.noLens', params: { lens: st.lens } });
  select(st.selection);
  simClient.setSpeed(st.speed);
  if (st.scenario !== undefined) simClient.restore(st.scenario, st.preset, st.log, st.tick, st.playing);
  if (st.tour !== undefined) resumeStep(st.tour.id, st.tour.step);
}
