/**
 * Lecture boot, called once from main.tsx after the simulation client starts: open a
 * shared `state=` link (refusing a bad one with a notice, leaving the default world),
 * start a tour at `tour=` / `step=`, set the shortcut switch from `keys=`, watch tour
 * tasks, and start the postMessage API when VirtLab runs inside a host page.
 */
import { startHostApi } from '../../embed/hostApi';
import type { BootParams } from '../../embed/urlParams';
import { t } from '../../i18n';
import { addNotice, setLecture, useStore } from '../../store';
import { goToStep, watchTours } from './tourRunner';

type Decode = typeof import('../../embed/shareState').decodeState;
type Apply = typeof import('./applyState').applySharedState;

function openState(raw: string, decodeState: Decode, applySharedState: Apply): void {
  const r = decodeState(raw);
  if (r.ok) return applySharedState(r.state);
  const lang = useStore.getState().lang;
  const reason = r.detail === undefined ? '' : t(lang, r.detail.key, r.detail.params);
  addNotice('warning', { key: r.error.key, params: { ...r.error.params, ...(reason === '' ? {} : { reason }) } });
}

export function bootLecture(params: BootParams, search: string): void {
  setLecture({ shortcuts: params.keys });
  watchTours();
  const raw = new URLSearchParams(search).get('state');
  // The decoder (and its inflate code) loads only for links that carry a state.
  if (raw !== null) void Promise.all([import('../../embed/shareState'), import('./applyState')]).then(([m, a]) => openState(raw, m.decodeState, a.applySharedState));
  const tour = params.tour;
  if (tour !== null) {
    // Open the step once the boot world has drawn, so that world's snapshots can never be
    // taken for the step's own (they would complete a "wait until tick N" task at once).
    const unsub = useStore.subscribe((s) => {
      if (s.snapshot === null) return;
      unsub();
      goToStep(tour, params.step - 1);
    });
  }
  startHostApi(params.origins);
}
