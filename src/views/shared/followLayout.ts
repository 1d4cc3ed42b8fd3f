/**
 * Following a layout as it settles: something is shown again (scrolled into view) each time the parts it depends on
 * change size, until none has changed for a moment, at most for a while, or at once when the reader acts. For what
 * appears under the reader's eyes and takes its place a few frames later (a room measured by a ResizeObserver, laid out
 * in the next render), later still on a loaded machine, so a fixed window from the start would miss it.
 */

/** What the reader does that ends a following at once: their own scroll (a wheel, a finger's drag), a key, a press (the layout does not move under their pointer). */
export const READER_INPUT = ['wheel', 'touchmove', 'keydown', 'pointerdown'] as const;

/** A quiet's end run this much after it was due: the page was held up by a task, and the layout was not watched meanwhile. */
const LATE_MS = 250;

/**
 * "Quiet for a while": `restart(ms)` on each change, `end` when none came for `ms`. Layout observers report a change only
 * at the rendering after it, so an end run late (a task held the page; a change made in it and the end, both due
 * meanwhile, ran one after the other) has not seen what changed: it waits `ms` again, the page free, while `mayWait()`.
 */
export function quietTimer(end: () => void, mayWait: () => boolean): { restart: (ms: number) => void; cancel: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let due = 0;
  let wait = 0;
  const restart = (ms: number): void => {
    clearTimeout(timer);
    wait = ms;
    due = performance.now() + ms;
    timer = setTimeout(() => (performance.now() - due > LATE_MS && mayWait() ? restart(wait) : end()), ms);
  };
  return { restart, cancel: () => clearTimeout(timer) };
}

/**
 * Call `show` each time one of `parts` changes size (first as each is first laid out), until none has changed for
 * `quietMs`, at most `mostMs` from now, or until the reader's own input. Returns the stop (call it on cleanup).
 */
export function followLayout(parts: readonly (Element | null)[], show: () => void, quietMs: number, mostMs: number): () => void {
  const ends = performance.now() + mostMs;
  const quiet = quietTimer(stop, () => performance.now() < ends);
  const ro = new ResizeObserver(() => {
    show();
    quiet.restart(quietMs);
  });
  const most = setTimeout(stop, mostMs);
  function stop(): void {
    ro.disconnect();
    quiet.cancel();
    clearTimeout(most);
    for (const type of READER_INPUT) removeEventListener(type, stop, { capture: true });
  }
  for (const part of parts) if (part !== null) ro.observe(part);
  for (const type of READER_INPUT) addEventListener(type, stop, { capture: true, passive: true });
  return stop;
}
