/**
 * What the service worker says, in the header: a small "works offline" mark once the
 * whole build is stored, and, when a new version is waiting, an offer to update now or
 * later. Nothing reloads by itself: a lesson in progress is never interrupted.
 */
import { PartBoundary } from '../PartBoundary';
import { lazyPart } from '../../views/shared/lazyPart';
import { useT } from '../../i18n';
import { selectOffline, setClassroom, useStore } from '../../store';

const UpdateButton = lazyPart(() => import('./UpdateButton'));

export function OfflineStatus() {
  const t = useT();
  const state = useStore(selectOffline);
  if (state === 'ready') {
    return (
      <span className="offline-ready" data-testid="offline-ready" title={t('offline.readyLong')}>
        ✓ {t('offline.ready')}
      </span>
    );
  }
  if (state !== 'update') return null;
  return (
    <div className="update-banner" role="status" data-testid="update-banner">
      <span>{t('offline.update')}</span>
      <PartBoundary quiet>
        <UpdateButton />
      </PartBoundary>
      <button type="button" data-testid="update-later" onClick={() => setClassroom({ offline: 'ready' })}>
        {t('offline.later')}
      </button>
    </div>
  );
}
