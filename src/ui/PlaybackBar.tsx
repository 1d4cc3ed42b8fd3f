/**
 * The playback bar: step back, play/pause, step forward, speed, and the timeline.
 * Stepping pauses first, so one press always moves exactly one tick.
 */
import { simClient } from '../client/simClient';
import { useT } from '../i18n';
import { SPEEDS, type Speed } from '../protocol/messages';
import { selectPlaying, selectSettled, selectSpeed, selectTick, useStore, type AppState } from '../store';
import { useSnapshot } from '../views/shared/useSnapshot';
import { Icon } from './Icon';
import { Timeline } from './Timeline';
import { useMediaQuery } from './useMediaQuery';

const snapTick = (s: { tick: number }): number => s.tick;
const selectSettledTick = (s: AppState): number => (s.settled ? selectTick(s) : -1);

function speedLabel(s: Speed, max: string): string {
  return s === 'max' ? max : `${s}×`;
}

export function PlaybackBar({ minimal = false }: { minimal?: boolean }) {
  const t = useT();
  const playing = useStore(selectPlaying);
  const speed = useStore(selectSpeed);
  // Phones and tablets name top speed in one short word, so the list (as wide as the speed it shows) keeps the bar's rows.
  const narrow = useMediaQuery('(max-width: 900px)');
  // Ten times a second while playing (nobody reads a number changing every frame); the exact
  // tick at once when the picture has settled (what tests and the step buttons wait for).
  const liveTick = useSnapshot(snapTick, 10) ?? 0;
  const settled = useStore(selectSettled);
  const settledTick = useStore(selectSettledTick);
  const tick = settled ? settledTick : liveTick;
  const speeds = SPEEDS.includes(speed) ? SPEEDS : [...SPEEDS, speed];
  return (
    <div className="playback" role="toolbar" aria-label={t('playback.label')}>
      <button type="button" data-testid="step-back" onClick={() => simClient.stepBy(-1)} aria-label={t('playback.stepBack')} title={t('playback.stepBack')}>
        <Icon name="stepBack" />
      </button>
      <button
        type="button"
        className="primary"
        data-testid="play-toggle"
        aria-pressed={playing}
        onClick={() => simClient.togglePlay()}
        aria-label={playing ? t('playback.pause') : t('playback.play')}
      >
        <Icon name={playing ? 'pause' : 'play'} /> {playing ? t('playback.pause') : t('playback.play')}
      </button>
      <button type="button" data-testid="step-forward" onClick={() => simClient.stepBy(1)} aria-label={t('playback.stepForward')} title={t('playback.stepForward')}>
        <Icon name="stepForward" />
      </button>
      {!minimal && (
        <label className="speed">
          <span>{t('playback.speed')}</span>
          <select data-testid="speed" value={String(speed)} onChange={(e) => simClient.setSpeed(e.target.value === 'max' ? 'max' : Number(e.target.value))}>
            {speeds.map((s) => (
              <option key={String(s)} value={String(s)}>
                {speedLabel(s, t(narrow ? 'playback.maxShort' : 'playback.max'))}
              </option>
            ))}
          </select>
        </label>
      )}
      <Timeline />
      <output className="tick" aria-live="off">
        {t('playback.tickLabel')} <span data-testid="tick" data-tick={tick} data-settled={settled}>
          {tick}
        </span>
        <span className="muted"> ({(tick / 1000).toFixed(3)} s)</span>
      </output>
    </div>
  );
}
