/**
 * The Gantt chart's long memory. A snapshot carries only the newest 2048 slices, so the
 * lens keeps its own bounded list, appending slices by their number. It starts over
 * when time goes backwards (step-back, seek) or the topology changes (entity numbers
 * may change), because then the engine's own log is the truth again. Mutates in place:
 * it is called once per animation frame.
 */
import type { Snapshot } from '../../engine';
import { snapshotSlices, type Slice } from './layoutCpu';

export const HISTORY_MAX = 30_000;

export interface SliceHistory {
  rev: number;
  lastTick: number;
  next: number;
  slices: Slice[];
}

export function emptyHistory(): SliceHistory {
  return { rev: -1, lastTick: -1, next: 0, slices: [] };
}

export function mergeSlices(h: SliceHistory, snap: Snapshot): void {
  const l = snap.cpu.slices;
  if (h.rev !== snap.topology.rev || snap.tick < h.lastTick || l.first > h.next) {
    h.slices = snapshotSlices(snap);
  } else if (l.n > h.next) {
    const all = snapshotSlices(snap);
    for (const s of all) if (s.n >= h.next) h.slices.push(s);
    if (h.slices.length > HISTORY_MAX) h.slices.splice(0, h.slices.length - HISTORY_MAX);
  }
  h.rev = snap.topology.rev;
  h.lastTick = snap.tick;
  h.next = l.n;
}
