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
    // Only the slices not seen yet become objects (this runs every frame at top speed).
    for (let i = Math.max(0, h.next - l.first); i < l.pcpu.length; i++) {
      h.slices.push({ n: l.first + i, pcpu: l.pcpu[i] ?? 0, ent: l.ent[i] ?? -1, start: l.start[i] ?? 0, end: l.end[i] ?? 0, why: l.why[i] ?? 0, endWhy: l.endWhy[i] ?? 0, detail: l.detail[i] ?? 0, mig: l.mig[i] ?? 0 });
    }
    if (h.slices.length > HISTORY_MAX) h.slices.splice(0, h.slices.length - HISTORY_MAX);
  }
  h.rev = snap.topology.rev;
  h.lastTick = snap.tick;
  h.next = l.n;
}

/**
 * The slices that can show in the window [from, now]: closed slices are kept in the
 * order they ended, so walk back from the newest and stop at the first that ended
 * before the window. Oldest first.
 */
export function recentSlices(h: SliceHistory, from: number): Slice[] {
  let i = h.slices.length;
  while (i > 0 && (h.slices[i - 1]?.end ?? 0) > from) i -= 1;
  return h.slices.slice(i);
}
