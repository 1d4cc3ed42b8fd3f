/**
 * The snapshot at a human rate: `useSnapshot(select, hz)` gives a component `select(snapshot)`
 * and re-renders it at most `hz` times a second, and only when the selected value changed.
 * Text, tables and charts people read use it (2-10 Hz); pictures that move every frame
 * draw to a canvas instead (useCanvasFrame), outside React.
 *
 * Components asking for the same rate share one subscription to the store (a channel),
 * so one publication updates them together in one React render, and that render is a
 * transition: React renders it in slices and yields to input between them, so a long
 * table never blocks a click. While the world is paused (stepping, seeking, a command)
 * every new snapshot is published at once, and so is one with a new topology (so a view
 * never pairs the store's topology with an older snapshot); while it plays, at most `hz`
 * times a second, the newest one always arriving last. On a device that cannot keep up
 * (the frame loop is leaving frames out between its passes) publications spread out in
 * step, down to a quarter of `hz`, so React's renders never crowd out the frames.
 */
import { startTransition, useEffect, useLayoutEffect, useMemo, useReducer, useRef } from 'react';
import type { Snapshot } from '../../engine';
import { getAppState, useStore, type AppState } from '../../store';
import { frameLoop, MAX_GAP_MS } from './frameLoop';

type Listener = () => void;

export class RateChannel {
  private readonly listeners = new Set<Listener>();
  private unsubscribe: (() => void) | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private last = -Infinity;
  /** The snapshot most recently published on this channel. */
  current: Snapshot | null = useStore.getState().snapshot;

  constructor(readonly hz: number) {}

  /** What a component should draw now: the last publication, or the store's snapshot before any. */
  read(): Snapshot | null {
    return this.unsubscribe === null ? useStore.getState().snapshot : this.current;
  }

  subscribe(l: Listener): () => void {
    this.listeners.add(l);
    if (this.unsubscribe === null) {
      this.current = useStore.getState().snapshot;
      this.unsubscribe = useStore.subscribe((s, prev) => this.onStore(s, prev));
    }
    return () => {
      this.listeners.delete(l);
      if (this.listeners.size > 0) return;
      this.unsubscribe?.();
      this.unsubscribe = null;
      if (this.timer !== null) clearTimeout(this.timer);
      this.timer = null;
    };
  }

  private onStore(s: AppState, prev: AppState): void {
    if (s.snapshot === prev.snapshot) return;
    const gap = (1000 / this.hz) * loadFactor();
    const wait = this.last + gap - performance.now();
    // Paused, due, or a new topology (views index the snapshot by the topology they hold): now.
    if (!s.playing || wait <= 0 || s.snapshot?.topology !== prev.snapshot?.topology) {
      if (this.timer !== null) clearTimeout(this.timer);
      this.timer = null;
      this.publish();
    } else {
      this.timer ??= setTimeout(() => {
        this.timer = null;
        this.publish();
      }, wait);
    }
  }

  private publish(): void {
    this.last = performance.now();
    this.current = useStore.getState().snapshot;
    startTransition(() => {
      for (const l of this.listeners) l();
    });
  }
}

const FRAME_MS = 1000 / 60;
/** How much slower than asked to publish: 1 while frames are on time, up to 4 as the frame loop's gap grows. */
function loadFactor(): number {
  const gap = frameLoop.stats().gapMs;
  return gap <= FRAME_MS ? 1 : 1 + (3 * (Math.min(gap, MAX_GAP_MS) - FRAME_MS)) / (MAX_GAP_MS - FRAME_MS);
}

const channels = new Map<number, RateChannel>();

/** The shared channel for a rate (hz is clamped to 1..60). */
export function rateChannel(hz: number): RateChannel {
  const rate = Math.max(1, Math.min(60, Math.round(hz)));
  let ch = channels.get(rate);
  if (ch === undefined) {
    ch = new RateChannel(rate);
    channels.set(rate, ch);
  }
  return ch;
}

/** Shallow equality for arrays and plain objects (one level), for selectors that build them. */
export function shallowEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && Object.is((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Arrays equal element by element under shallowEqual (rows of a table built by a selector). */
export function rowsEqual(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => shallowEqual(x, b[i]));
}

/** The whole snapshot, for containers that hand it to several children (leaves select less). */
export const wholeSnapshot = (s: Snapshot): Snapshot => s;

const same = (a: unknown, b: unknown): boolean => Object.is(a, b);

/**
 * `select(snapshot, state)` at most `hz` times a second (null before the first snapshot).
 * The selector runs on each publication, and in each render (so a change of props shows
 * at once; a module-level selector is memoised per snapshot); it should be cheap. `equal`
 * decides whether a new value is worth a render. `state` is the store at that moment, for the few numbers kept
 * beside the snapshot (the furthest tick reached, whether it plays).
 */
export function useSnapshot<T>(select: (s: Snapshot, state: AppState) => T, hz = 4, equal: (a: T, b: T) => boolean = same): T | null {
  const ch = rateChannel(hz);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  // The channel's last publication, read as React reads any external store.
  const snap = ch.read();
  const value = useMemo(() => (snap === null ? null : select(snap, getAppState())), [snap, select]);
  const live = useRef({ select, equal, value });
  useLayoutEffect(() => {
    live.current = { select, equal, value };
  });
  useEffect(
    () =>
      ch.subscribe(() => {
        const l = live.current;
        const next = ch.current === null ? null : l.select(ch.current, getAppState());
        if (next === null ? l.value === null : l.value !== null && l.equal(l.value, next)) return;
        rerender();
      }),
    [ch],
  );
  return value;
}
