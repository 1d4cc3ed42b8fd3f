/**
 * A visually hidden digest of the current snapshot: tests compare it across reloads to
 * prove the same URL gives the same state.
 */
import { useMemo } from 'react';
import { snapshotDigest } from '../engine';
import { selectSnapshot, useStore } from '../store';

export function StateDigest() {
  const snap = useStore(selectSnapshot);
  const digest = useMemo(() => (snap === null ? '' : snapshotDigest(snap)), [snap]);
  return (
    <span className="visually-hidden" data-testid="state-digest">
      {digest}
    </span>
  );
}
