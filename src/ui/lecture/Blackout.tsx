/**
 * Blackout (key B): covers the whole app with the background colour so the class looks
 * at the speaker; the simulation pauses with it. Any key or a click brings it back.
 * The cover takes the focus, so Enter or Space on it works as well.
 */
import { useEffect } from 'react';
import { simClient } from '../../client/simClient';
import { useT } from '../../i18n';
import { selectBlackout, setLecture, useStore } from '../../store';

export function Blackout() {
  const t = useT();
  const on = useStore(selectBlackout);
  useEffect(() => {
    if (on && useStore.getState().playing) simClient.pause();
    // Everything behind the cover is hidden and inert too, so neither a screen reader nor
    // the Tab key reaches controls nobody can see.
    const root = document.documentElement;
    if (on) root.dataset['blackout'] = '1';
    else delete root.dataset['blackout'];
    return () => {
      delete root.dataset['blackout'];
    };
  }, [on]);
  if (!on) return null;
  return (
    <div className="blackout" data-testid="blackout" role="button" tabIndex={0} aria-label={t('lecture.blackout')} ref={(el) => el?.focus()} onClick={() => setLecture({ blackout: false })}>
      <span className="visually-hidden">{t('lecture.blackout')}</span>
    </div>
  );
}
