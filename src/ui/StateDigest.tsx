/**
 * A visually hidden digest of the current snapshot: tests compare it across reloads to
 * prove the same URL gives the same state. Hashing a big world takes a while, so while
 * the world plays it is refreshed twice a second. Once the picture is settled it is the
 * settled snapshot's digest, in the same render that marks the tick settled (the rate
 * channel renders in a transition, which a busy page may put off). The hashing code (the
 * engine's digest of every subsystem) loads after the first screen.
 */
import { lazy, Suspense, useMemo } from 'react';
import type { Snapshot } from '../engine';
import { useStore, type AppState } from '../store';
import { useSnapshot } from '../views/shared/useSnapshot';

const settledSnapshot = (s: AppState): Snapshot | null => (s.settled ? s.snapshot : null);

const Live = lazy(() =>
  import('./digest').then(({ snapshotDigest }) => ({
    default: function LiveDigest() {
      const live = useSnapshot((s: Snapshot) => snapshotDigest(s), 2) ?? '';
      const settled = useStore(settledSnapshot);
      const exact = useMemo(() => (settled === null ? null : snapshotDigest(settled)), [settled]);
      return <>{exact ?? live}</>;
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
