/**
 * The snapshot a lens should draw now. At slow speeds that is every snapshot; when the
 * simulation runs fast (10x and up, or "max") hundreds of ticks pass per frame, so a
 * heavy SVG lens redraws at most `maxHz` times a second: the eye cannot follow more,
 * and the main thread stays free for input and smooth frames.
 */
import { useEffect, useRef, useState } from 'react';
import type { Snapshot } from '../engine';
import { useStore, type AppState } from '../store';

const FAST_SPEED = 10;

function isFast(s: AppState): boolean {
  return s.playing && (s.speed === 'max' || s.speed >= FAST_SPEED);
}

export function useLensSnapshot(maxHz = 20): Snapshot | null {
  const [snap, setSnap] = useState<Snapshot | null>(() => useStore.getState().snapshot);
  const last = useRef(0);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => {
    const gap = 1000 / maxHz;
    const unsub = useStore.subscribe((s, prev) => {
      if (s.snapshot === prev.snapshot) return;
      const now = performance.now();
      if (!isFast(s) || now - last.current >= gap) {
        last.current = now;
        setSnap(s.snapshot);
        return;
      }
      // Too soon: draw the newest one when the gap has passed (trailing edge).
      pending.current ??= setTimeout(() => {
        pending.current = null;
        last.current = performance.now();
        setSnap(useStore.getState().snapshot);
      }, gap - (now - last.current));
    });
    return () => {
      unsub();
      if (pending.current !== null) clearTimeout(pending.current);
    };
  }, [maxHz]);
  return snap;
}
