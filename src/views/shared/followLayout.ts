/**
 * Following a layout as it settles: something is shown again (scrolled into view) each time the parts it depends on
 * change size, until none has changed for a moment, at most for a while, or at once when the reader acts. For what
 * appears under the reader's eyes and takes its place a few frames later (a room measured by a ResizeObserver, laid out
 * in the next render), later still on a loaded machine, so a fixed window from the start would miss it.
 */

/** What the reader does that ends a following at once: their own scroll (a wheel, a finger's drag), a key, a press (the layout does not move under their pointer). */
export const READER_INPUT = ['wheel', 'touchmove', 'keydown', 'pointerdown'] as const;

/**
 * Call `show` each time one of `parts` changes size (first as each is first laid out), until none has changed for
 * `quietMs`, at most `mostMs` from now, or until the reader's own input. Returns the stop (call it on cleanup).
 */
export function followLayout(parts: readonly (Element | null)[], show: () => void, quietMs: number, mostMs: number): () => void {
  let quiet: ReturnType<typeof setTimeout> | undefined;
  const ro = new ResizeObserver(() => {
    show();
    clearTimeout(quiet);
    quiet = setTimeout(stop, quietMs);
  });
  const most = setTimeout(stop, mostMs);
  function stop(): void {
    ro.disconnect();
    clearTimeout(quiet);
    clearTimeout(most);
    for (const type of READER_INPUT) removeEventListener(type, stop, { capture: true });
  }
  for (const part of parts) if (part !== null) ro.observe(part);
  for (const type of READER_INPUT) addEventListener(type, stop, { capture: true, passive: true });
  return stop;
}
