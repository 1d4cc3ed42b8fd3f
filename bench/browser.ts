/**
 * The app's cost in a real browser: serves the production build under a sub-path (as the
 * e2e tests do; it builds first when dist/ is missing), opens it at `?autoplay=1&speed=max`
 * (the heaviest steady state: the worker runs flat out and every animation frame draws a
 * new snapshot), and measures for 5 s inside the page: frames per second by counting
 * requestAnimationFrame callbacks, and the longest main-thread task reported by a
 * PerformanceObserver for 'longtask' (0 when no task exceeded the 50 ms long-task
 * threshold). It also reports the initial JavaScript a visitor downloads, gzipped: the
 * files named by dist/index.html's script and modulepreload tags. Prints one JSON object.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../tests/e2e/browser';
import { DIST_DIR, initialScripts, ROOT, serveDist } from '../tests/e2e/server';
import { measureMemoryGrid, type MemoryGridResult } from './memoryGrid';

const MEASURE_MS = 5000;

export interface BrowserResult {
  fps: number;
  longestTaskMs: number | null;
  initialJsGzipKiB: number;
  /** Simulation ticks per second the page showed while measuring (null if unreadable). */
  simTicksPerSecond: number | null;
  /** The CPU lens (canvas Gantt, queues, charts) on cpu-overcommit at speed=max, measured the same way. */
  cpuLens: LensResult | null;
  /** The memory lens's 16,384-frame grid at speed=max (bench/memoryGrid.ts). */
  memoryGrid: MemoryGridResult | null;
}

export interface LensResult {
  query: string;
  fps: number;
  longestTaskMs: number | null;
  simTicksPerSecond: number | null;
}

const CPU_LENS_QUERY = 'lens=cpu&scenario=cpu-overcommit&autoplay=1&speed=max';

/** Open `query` in a fresh page, let it settle, then count frames and long tasks for MEASURE_MS. */
async function measurePage(browser: Awaited<ReturnType<typeof launchBrowser>>, baseUrl: string, query: string): Promise<LensResult> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  page.on('pageerror', (err) => console.error(`[bench] page error: ${err.message}`));
  await page.goto(`${baseUrl}?${query}`, { waitUntil: 'load' });
  await page.locator('[data-testid="app-ready"]').first().waitFor({ state: 'attached', timeout: 30_000 });
  await page.waitForTimeout(1000);
  const tick0 = await readTickOrNull(page);
  const m = (await page.evaluate(MEASURE_IN_PAGE)) as { frames: number; elapsedMs: number; longest: number | null };
  const tick1 = await readTickOrNull(page);
  const seconds = m.elapsedMs / 1000;
  await page.context().close();
  return {
    query,
    fps: Math.round((m.frames / seconds) * 10) / 10,
    longestTaskMs: m.longest === null ? null : Math.round(m.longest),
    simTicksPerSecond: tick0 === null || tick1 === null ? null : Math.round((tick1 - tick0) / seconds),
  };
}

/** Runs in the page. A string, not a function, so no bundler helper leaks into it. */
const MEASURE_IN_PAGE = `new Promise((resolve) => {
  let frames = 0;
  let longest = PerformanceObserver.supportedEntryTypes.includes('longtask') ? 0 : null;
  const obs = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longest = Math.max(longest ?? 0, e.duration);
  });
  if (longest !== null) obs.observe({ type: 'longtask' });
  const start = performance.now();
  const onFrame = (now) => {
    frames += 1;
    if (now - start < ${MEASURE_MS}) return requestAnimationFrame(onFrame);
    obs.disconnect();
    resolve({ frames, elapsedMs: performance.now() - start, longest });
  };
  requestAnimationFrame(onFrame);
})`;

/** Sum of the gzipped sizes (default zlib level, like most servers) of the initial JS, in KiB. */
export function initialJsGzipKiB(): number {
  const html = readFileSync(join(DIST_DIR, 'index.html'), 'utf8');
  let bytes = 0;
  for (const url of initialScripts(html)) {
    const file = join(DIST_DIR, new URL(url, 'http://x/').pathname);
    bytes += gzipSync(readFileSync(file)).length;
  }
  return Math.round((bytes / 1024) * 10) / 10;
}

function buildIfMissing(): void {
  if (existsSync(join(DIST_DIR, 'index.html'))) return;
  console.error('[bench] dist/ missing: building');
  // stdout goes to stderr: our stdout is the JSON result only.
  const r = spawnSync(join(ROOT, 'node_modules', '.bin', 'vite'), ['build'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
  if (r.status !== 0) throw new Error(`vite build failed (exit ${r.status ?? r.signal})`);
}

async function readTickOrNull(page: import('playwright-core').Page): Promise<number | null> {
  const text = (await page.locator('[data-testid="tick"]').first().textContent({ timeout: 2000 }).catch(() => null)) ?? '';
  return /^\d+$/.test(text.trim()) ? Number(text.trim()) : null;
}

export async function benchBrowser(): Promise<BrowserResult> {
  buildIfMissing();
  const served = await serveDist();
  const browser = await launchBrowser();
  try {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    page.on('pageerror', (err) => console.error(`[bench] page error: ${err.message}`));
    await page.goto(`${served.baseUrl}?autoplay=1&speed=max`, { waitUntil: 'load' });
    await page.locator('[data-testid="app-ready"]').first().waitFor({ state: 'attached', timeout: 30_000 });
    await page.waitForTimeout(1000); // past start-up: lazy chunks, worker boot, first layouts
    const tick0 = await readTickOrNull(page);
    const m = (await page.evaluate(MEASURE_IN_PAGE)) as { frames: number; elapsedMs: number; longest: number | null };
    const tick1 = await readTickOrNull(page);
    const seconds = m.elapsedMs / 1000;
    const memoryGrid = await measureMemoryGrid(page, served.baseUrl, MEASURE_IN_PAGE, readTickOrNull).catch((err: unknown) => {
      console.error(`[bench] memory grid: ${String(err)}`);
      return null;
    });
    await page.context().close();
    const cpuLens = await measurePage(browser, served.baseUrl, CPU_LENS_QUERY).catch((err: unknown) => {
      console.error(`[bench] CPU lens measurement failed: ${String(err)}`);
      return null;
    });
    return {
      memoryGrid,
      fps: Math.round((m.frames / seconds) * 10) / 10,
      longestTaskMs: m.longest === null ? null : Math.round(m.longest),
      initialJsGzipKiB: initialJsGzipKiB(),
      simTicksPerSecond: tick0 === null || tick1 === null ? null : Math.round((tick1 - tick0) / seconds),
      cpuLens,
    };
  } finally {
    await browser.close();
    await served.close();
  }
}

process.stdout.write(`${JSON.stringify(await benchBrowser())}\n`);
