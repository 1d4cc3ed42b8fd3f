/**
 * Proof that the memory lens's frame grid really repaints while it is measured: read the
 * centre colour of every cell of the grid canvas, wait one second, read them again, and
 * count the cells that changed (at top speed on memory-16k, thousands of the 16,384 frames
 * change owner or state each second). A grid that skipped drawing would count 0. Used by
 * bench/browser.ts after the memory case's timed windows, so the read-back costs them nothing.
 */
import type { Page } from 'playwright-core';

export interface GridChange {
  gridFrames: number;
  framesChangedIn1s: number | null;
}

/** Cell-centre colours of the grid canvas, one per frame (runs in the page). */
const SAMPLE_CELLS = `(() => {
  const c = document.querySelector('[data-testid="memory-grid"]');
  if (!c) return null;
  const n = Number(c.getAttribute('data-frames'));
  const ctx = c.getContext('2d');
  const img = ctx.getImageData(0, 0, c.width, c.height).data;
  let cell = 24;
  for (; cell > 2; cell--) { const cols = Math.floor(c.width / cell); if (cols * cell === c.width && Math.ceil(n / cols) * cell === c.height) break; }
  const cols = Math.floor(c.width / cell);
  const out = [];
  for (let f = 0; f < n; f++) {
    const x = (f % cols) * cell + Math.floor(cell / 2) - 1, y = Math.floor(f / cols) * cell + Math.max(0, cell - 2);
    const i = (y * c.width + x) * 4;
    out.push((img[i] << 16) | (img[i + 1] << 8) | img[i + 2]);
  }
  return out;
})()`;

export async function sampleGridChange(page: Page): Promise<GridChange> {
  const grid = page.locator('[data-testid="memory-grid"]').first();
  const gridFrames = Number(await grid.getAttribute('data-frames', { timeout: 5000 }));
  const a = (await page.evaluate(SAMPLE_CELLS)) as number[] | null;
  await page.waitForTimeout(1000);
  const b = (await page.evaluate(SAMPLE_CELLS)) as number[] | null;
  return { gridFrames, framesChangedIn1s: a === null || b === null ? null : a.reduce((n, x, i) => n + (x === b[i] ? 0 : 1), 0) };
}
