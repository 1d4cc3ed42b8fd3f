/**
 * The snapshot at most `hz` times a second. Tables, queues and charts that people read
 * (and framer-motion layouts that must not be re-targeted every frame) use this instead
 * of re-rendering on every snapshot at top speed; the canvas Gantt draws every frame.
 */
import { useEffect, useState } from 'react';
import type { Snapshot } from '../../engine';
import { useStore } from '../../store';

export function useThrottledSnapshot(hz = 4): Snapshot | null {
  const [snap, setSnap] = useState<Snapshot | null>(() => useStore.getState().snapshot);
  useEffect(() => {
    let last = 0;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const gap = 1000 / hz;
    const push = (): void => {
      timer = null;
      last = performance.now();
      setSnap(useStore.getState().snapshot);
    };
    const unsub = useStore.subscribe((s, prev) => {
      if (s.snapshot === prev.snapshot || timer !== null) return;
      const wait = gap - (performance.now() - last);
      if (wait <= 0) push();
      else timer = setTimeout(push, Math.max(0, wait));
    });
    return () => {
      unsub();
      if (timer !== null) clearTimeout(timer);
    };
  }, [hz]);
  return snap;
}
