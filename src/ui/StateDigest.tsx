/**
 * A visually hidden digest of the current snapshot: tests compare it across reloads to
 * prove the same URL gives the same state. Hashing a big world takes a while, so while
 * the world plays it is refreshed twice a second; paused, at once. The hashing code
 * (the engine's digest of every subsystem) loads after the first screen.
 */
import { lazy, Suspense } from 'react';
import type { Snapshot } from '../engine';
import { useSnapshot } from '../views/shared/useSnapshot';

const Live = lazy(() =>
  import('./digest').then(({ snapshotDigest }) => ({
    default: function LiveDigest() {
      const digest = useSnapshot((s: Snapshot) => snapshotDigest(s), 2) ?? '';
      return <>{digest}</>;
    },
  })),
);

export function StateDigest() {
  return (
    <span className="visually-hidden" data-testid="state-digest">
      <Suspense fallback={null}>
        <Live />
      </Suspense>
    </span>
  );
}
