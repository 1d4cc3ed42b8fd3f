/**
 * A visually hidden digest of the current snapshot: tests compare it across reloads to
 * prove the same URL gives the same state. The worker hashes the snapshot it sends (every
 * settled one, and twice a second while the world plays), so hashing a big world never
 * takes the main thread's time; a settled snapshot's digest arrives with it, in the same
 * store update that marks the tick settled.
 */
import { useStore, type AppState } from '../store';

const selectDigest = (s: AppState): string => s.digest;

export function StateDigest() {
  const digest = useStore(selectDigest);
  return (
    <span className="visually-hidden" data-testid="state-digest">
      {digest}
    </span>
  );
}
