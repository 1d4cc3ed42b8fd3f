/**
 * Records each host's memory state (stateHistory.ts) from every snapshot while the memory
 * lens is mounted. Module-level, like useHistory: only the mounted lens writes it.
 */
import { useEffect } from 'react';
import { useStore } from '../../store';
import { emptyRecord, recordSnapshot, type Stretch } from './stateHistory';

let rec = emptyRecord();

/** Start recording while the lens is mounted. */
export function useStateHistory(): void {
  useEffect(() => {
    rec = emptyRecord();
    const first = useStore.getState().snapshot;
    if (first !== null) recordSnapshot(rec, first);
    return useStore.subscribe((s, prev) => {
      if (s.snapshot !== null && s.snapshot !== prev.snapshot) recordSnapshot(rec, s.snapshot);
    });
  }, []);
}

/** A host's recorded stretches (by host id). */
export function stateHistoryOf(host: string): readonly Stretch[] {
  return rec.byHost.get(host) ?? [];
}
