/**
 * The memory lens's frame grid under load, measured in real Chromium on the production
 * build: `memory-16k` (one host, 16,384 frames, 1.5x overcommitted) at speed=max with
 * the memory lens open, so every animation frame repaints all 16,384 cells from a new
 * snapshot. Reports frames per second and the longest main-thread task over 5 s, the
 * grid's frame count, the simulated ticks per second, and how many frames changed owner
 * or state within one second (read back from the canvas, after the timed window so the
 * read-back does not slow the measurement). Used by bench/browser.ts.
 */
import type { Page } from 'playwright-core';

export interface MemoryGridResult {
  fps: number;
  longestTaskMs: number | null;
  gridFrames: number;
  simTicksPerSecond: number | null;
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

export async function measureMemoryGrid(page: Page, baseUrl: string, measureInPage: string, readTick: (p: Page) => Promise<number | null>): Promise<MemoryGridResult> {
  await page.goto(`${baseUrl}?scenario=memory-16k&lens=memory&autoplay=1&speed=max`, { waitUntil: 'load' });
  await page.locator('[data-testid="memory-grid"]').first().waitFor({ timeout: 30_000 });
  await page.waitForTimeout(1500);
  const gridFrames = Number(await page.locator('[data-testid="memory-grid"]').getAttribute('data-frames'));
  const tick0 = await readTick(page);
  const m = (await page.evaluate(measureInPage)) as { frames: number; elapsedMs: number; longest: number | null };
  const tick1 = await readTick(page);
  const a = (await page.evaluate(SAMPLE_CELLS)) as number[] | null;
  await page.waitForTimeout(1000);
  const b = (await page.evaluate(SAMPLE_CELLS)) as number[] | null;
  const seconds = m.elapsedMs / 1000;
  return {
    fps: Math.round((m.frames / seconds) * 10) / 10,
    longestTaskMs: m.longest === null ? null : Math.round(m.longest),
    gridFrames,
    simTicksPerSecond: tick0 === null || tick1 === null ? null : Math.round((tick1 - tick0) / seconds),
    framesChangedIn1s: a === null || b === null ? null : a.reduce((n, x, i) => n + (x === b[i] ? 0 : 1), 0),
  };
}
