/**
 * Following a layout as it settles: something is shown again (scrolled into view) each time the parts it depends on
 * change size, until none has changed for a moment, at most for a while, or at once when the reader acts. For what
 * appears under the reader's eyes and takes its place a few frames later (a room measured by a ResizeObserver, laid out
 * in the next render), later still on a loaded machine, so a fixed window from the start would miss it.
 */

/** What the reader does that ends a following at once: their own scroll (a wheel, a finger's drag), a key, a press (the layout does not move under their pointer). */
export const READER_INPUT = ['wheel', 'touchmove', 'keydown', 'pointerdown'] as const;

/**
 * "Quiet for a while": `restart(ms)` on each change, `end` when none came for `ms`. Layout observers report a change only
 * at the rendering after it, so a change made just before the time ran out, or while a long task held the page past it,
 * is not reported yet when the time runs out: the end waits for one rendering to pass (a frame, then a task after it) and
 * comes only if no change restarted it there. (In a hidden tab, with no frames, it waits for the tab to show.)
 */
export function quietTimer(
  end: () => void,
  frame: (cb: () => void) => number = requestAnimationFrame,
  cancelFrame: (id: number) => void = cancelAnimationFrame,
): { restart: (ms: number) => void; cancel: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let after: ReturnType<typeof setTimeout> | undefined;
  let drawn: number | undefined;
  const cancel = (): void => {
    clearTimeout(timer);
    clearTimeout(after);
    if (drawn !== undefined) cancelFrame(drawn);
    drawn = undefined;
  };
  const restart = (ms: number): void => {
    cancel();
    timer = setTimeout(() => {
      drawn = frame(() => {
        drawn = undefined;
        after = setTimeout(end, 0);
      });
    }, ms);
  };
  return { restart, cancel };
}

/**
 * Call `show` each time one of `parts` changes size (first as each is first laid out), until none has changed for
 * `quietMs`, at most `mostMs` from now, or until the reader's own input. Returns the stop (call it on cleanup).
 */
export function followLayout(parts: readonly (Element | null)[], show: () => void, quietMs: number, mostMs: number): () => void {
  const quiet = quietTimer(stop);
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
