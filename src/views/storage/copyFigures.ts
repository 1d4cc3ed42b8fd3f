/**
 * The copy traffic an array's row in the SAN picture names, as two figures that say which
 * is which: replica copies written into it (rebuilds after an array failure and rebalance
 * moves; the engine's smoothed `rebuildMiBps` in, MiB/s) and its own RAID disk rebuild (the
 * MiB/s the engine wrote onto its replaced disk in the last storage period, with the disk;
 * as much is read from each disk it reads). Each is null when nothing of that kind runs
 * (a disk rebuild also before its first period, when it has no rate yet).
 * Pure, so tested alone.
 */
import type { StorageSnapshot } from '../../engine';

/** Below this a smoothed inbound rate is the tail of copies that have ended, not a copy. */
const SHOWN_MIBPS = 1;

export interface CopyFigures {
  copiesIn: number | null;
  diskRebuild: { disk: number; mibps: number } | null;
}

export function copyFigures(st: StorageSnapshot, index: number): CopyFigures {
  const a = st.arrays[index];
  const inbound = st.load.rebuildMiBps[index] ?? 0;
  const run = a?.disks;
  const rebuilding = a !== undefined && !a.failed && run !== undefined && run.rebuilt !== null && run.failedDisk !== null;
  return {
    copiesIn: inbound > SHOWN_MIBPS ? inbound : null,
    // Before its first storage period a rebuild has no rate yet (the RAID panel says it is starting).
    diskRebuild: rebuilding && run.copyMiBps > 0 ? { disk: run.failedDisk ?? 0, mibps: run.copyMiBps } : null,
  };
}
