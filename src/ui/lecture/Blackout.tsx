/**
 * Blackout (key B): covers the whole app with the background colour so the class looks
 * at the speaker; the simulation pauses with it. Any key or a click brings it back, as it
 * was: a simulation that was playing plays on, and the focus returns to where it was (or
 * to the play button when it was nowhere), so the keyboard lecture goes on.
 * The cover takes the focus, so Enter or Space on it works as well.
 */
import { useEffect, useRef } from 'react';
import { simClient } from '../../client/simClient';
import { useT } from '../../i18n';
import { selectBlackout, setLecture, useStore } from '../../store';

export function Blackout() {
  const t = useT();
  const on = useStore(selectBlackout);
  // Where the focus was, taken as the cover mounts and before it takes the focus itself.
  const returnTo = useRef<HTMLElement | null>(null);
  const cover = (el: HTMLDivElement | null): void => {
    if (el === null || el === document.activeElement) return;
    const was = document.activeElement;
    returnTo.current = was instanceof HTMLElement && was !== document.body ? was : null;
    el.focus();
  };
  useEffect(() => {
    if (!on) return;
    const wasPlaying = useStore.getState().playing;
    if (wasPlaying) simClient.pause();
    // Everything behind the cover is hidden and inert too, so neither a screen reader nor
    // the Tab key reaches controls nobody can see.
    const root = document.documentElement;
    root.dataset['blackout'] = '1';
    return () => {
      delete root.dataset['blackout'];
      if (wasPlaying && !useStore.getState().playing) simClient.play();
      const focused = returnTo.current;
      const back = focused?.isConnected === true ? focused : document.querySelector<HTMLElement>('[data-testid="play-toggle"]');
      back?.focus();
    };
  }, [on]);
  if (!on) return null;
  return (
    <div className="blackout" data-testid="blackout" role="button" tabIndex={0} aria-label={t('lecture.blackout')} ref={cover} onClick={() => setLecture({ blackout: false })}>
      <span className="visually-hidden">{t('lecture.blackout')}</span>
    </div>
  );
}
