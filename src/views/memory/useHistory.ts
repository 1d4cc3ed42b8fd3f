/**
 * A short client-side history of each VM's pages by part (private, shared, compressed,
 * swapped, ballooned, never touched), sampled every 250 simulated
 * ticks from the snapshots the lens sees. Going back in time (step back, scrubbing)
 * drops the samples from the abandoned future, so the line never shows what did not happen.
 * The samples live in a module-level record: only the mounted memory lens writes it.
 */
import { useEffect } from 'react';
import type { Snapshot } from '../../engine';
import type { PartSample } from './layoutMemory';
import { useStore } from '../../store';

const EVERY = 250;
const KEEP = 80;

const history = { tick: -1, ticks: [] as number[], series: new Map<string, PartSample[]>() };

function record(snap: Snapshot): void {
  if (snap.tick < history.tick) {
    let keep = history.ticks.findIndex((x) => x > snap.tick);
    if (keep < 0) keep = history.ticks.length;
    history.ticks = history.ticks.slice(0, keep);
    for (const [k, s] of history.series) history.series.set(k, s.slice(0, keep));
  }
  const last = history.ticks.at(-1) ?? -Infinity;
  if (snap.tick - last >= EVERY) {
    history.ticks.push(snap.tick);
    snap.topology.vms.forEach((vm, i) => {
      const s = history.series.get(vm.id) ?? [];
      const c = snap.memory.vms[i]?.counts;
      if (c !== undefined) s.push({ ...c });
      history.series.set(vm.id, s.slice(-KEEP));
    });
    history.ticks = history.ticks.slice(-KEEP);
  }
  history.tick = snap.tick;
}

/** Start recording while the lens is mounted; returns the series by VM id. */
export function useHistory(): ReadonlyMap<string, readonly PartSample[]> {
  useEffect(() => {
    history.tick = -1;
    history.ticks = [];
    history.series = new Map();
    const first = useStore.getState().snapshot;
    if (first !== null) record(first);
    return useStore.subscribe((s, prev) => {
      if (s.snapshot !== null && s.snapshot !== prev.snapshot) record(s.snapshot);
    });
  }, []);
  return history.series;
}
