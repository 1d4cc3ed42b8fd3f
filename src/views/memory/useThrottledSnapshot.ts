/**
 * The snapshot for the lens's React parts, at most every `ms` milliseconds (the latest
 * one always arrives, trailing). At speed=max a new snapshot comes every animation
 * frame; numbers and bars that change 10 times a second are as readable and cost a
 * sixth of the main thread, while the canvas grid keeps drawing every frame itself.
 */
import { useEffect, useState } from 'react';
import type { Snapshot } from '../../engine';
import { useStore } from '../../store';

export function useThrottledSnapshot(ms: number): Snapshot | null {
  const [snap, setSnap] = useState(() => useStore.getState().snapshot);
  useEffect(() => {
    let last = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const flush = (): void => {
      timer = undefined;
      last = performance.now();
      setSnap(useStore.getState().snapshot);
    };
    const unsub = useStore.subscribe((s, prev) => {
      if (s.snapshot === prev.snapshot || timer !== undefined) return;
      const wait = last + ms - performance.now();
      if (wait <= 0) flush();
      else timer = setTimeout(flush, wait);
    });
    return () => {
      unsub();
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [ms]);
  return snap;
}
