/**
 * One lens under a slowed-down CPU, in real Chromium on the production build: open the
 * case's lens and world at top speed, wait until the app runs, slow the page's CPU down
 * with the DevTools Protocol (Emulation.setCPUThrottlingRate), let it settle, and count for
 * MEASURE_MS inside the page: animation frames per second, the longest main-thread task
 * (PerformanceObserver 'longtask'; 0 when none passed 50 ms), how many long tasks, and the
 * longest gap between two frames. It also reads how fast the simulation ran and how often
 * the tick on screen changed, so a lens cannot look smooth by showing a frozen world.
 */
import type { Browser, Page } from 'playwright-core';
import { presets } from '../src/engine/index';
import { encodeState } from '../src/embed/shareState';
import type { LensCase, ThrottleRate } from './cases';
import { storageBenchScenario } from './storageScenario';

const SETTLE_MS = 1500;
export const MEASURE_MS = 5000;

export interface FrameFigures {
  fps: number;
  /** Longest main-thread task in ms (0: none over the 50 ms long-task threshold). */
  longestTaskMs: number;
  longTasks: number;
  /** Longest time between two animation frames, ms. */
  worstFrameMs: number;
  /** Simulated ticks per second while measuring (null if the tick could not be read). */
  simTicksPerSecond: number | null;
  /** How many times a second the tick shown in the playback bar changed. */
  tickRedrawsPerSecond: number;
}

export interface LensRun {
  name: string;
  lens: string;
  rate: ThrottleRate;
  figures: FrameFigures | null;
  error?: string;
}

/** The query string that opens a case at top speed. */
export function caseQuery(c: LensCase): string {
  if (c.state === 'storage-64x2000') {
    const base = presets['datacenter-32'];
    const state = encodeState({
      preset: 'custom',
      scenario: storageBenchScenario(),
      seed: base.seed,
      log: [],
      tick: 0,
      lens: c.lens,
      selection: null,
      speed: 'max',
      theme: 'default',
      lang: 'en',
      playing: true,
    });
    return `lang=en&state=${state}`;
  }
  return `lang=en&lens=${c.lens}&scenario=${c.preset ?? 'basic'}&autoplay=1&speed=max`;
}

/** Runs in the page. A string, not a function, so no bundler helper leaks into it. */
const MEASURE_IN_PAGE = `new Promise((resolve) => {
  let frames = 0, longest = 0, longTasks = 0, worst = 0, tickChanges = 0;
  const obs = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) { longest = Math.max(longest, e.duration); longTasks += 1; }
  });
  obs.observe({ type: 'longtask' });
  const tickEl = document.querySelector('[data-testid="tick"]');
  const mo = new MutationObserver(() => { tickChanges += 1; });
  if (tickEl) mo.observe(tickEl, { childList: true, characterData: true, subtree: true });
  const start = performance.now();
  let last = start;
  const onFrame = (now) => {
    frames += 1;
    worst = Math.max(worst, now - last);
    last = now;
    if (now - start < ${MEASURE_MS}) return requestAnimationFrame(onFrame);
    obs.disconnect();
    mo.disconnect();
    resolve({ frames, elapsedMs: performance.now() - start, longest, longTasks, worst, tickChanges });
  };
  requestAnimationFrame(onFrame);
})`;

interface InPage {
  frames: number;
  elapsedMs: number;
  longest: number;
  longTasks: number;
  worst: number;
  tickChanges: number;
}

async function readTick(page: Page): Promise<number | null> {
  const text = (await page.locator('[data-testid="tick"]').first().textContent({ timeout: 5000 }).catch(() => null)) ?? '';
  const digits = text.replaceAll(/[^\d]/g, '');
  return digits === '' ? null : Number(digits);
}

async function measure(page: Page): Promise<FrameFigures> {
  const tick0 = await readTick(page);
  const m = (await page.evaluate(MEASURE_IN_PAGE)) as InPage;
  const tick1 = await readTick(page);
  const seconds = m.elapsedMs / 1000;
  return {
    fps: Math.round((m.frames / seconds) * 10) / 10,
    longestTaskMs: Math.round(m.longest),
    longTasks: m.longTasks,
    worstFrameMs: Math.round(m.worst),
    simTicksPerSecond: tick0 === null || tick1 === null ? null : Math.round((tick1 - tick0) / seconds),
    tickRedrawsPerSecond: Math.round((m.tickChanges / seconds) * 10) / 10,
  };
}

/**
 * Measure one case at every rate in `rates`, in one page (slowest last): loading the app
 * is not what is measured, so it loads once, unthrottled, then each rate gets its own
 * settle time and window.
 */
export async function measureCase<T>(
  browser: Browser,
  baseUrl: string,
  c: LensCase,
  rates: readonly ThrottleRate[],
  after?: (page: Page) => Promise<T>,
): Promise<{ runs: LensRun[]; after: T | null }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.on('pageerror', (err) => console.error(`[bench] ${c.name}: page error: ${err.message}`));
  const out: LensRun[] = [];
  let extra: T | null = null;
  try {
    await page.goto(`${baseUrl}?${caseQuery(c)}`, { waitUntil: 'load' });
    await page.locator('[data-testid="app-ready"]').first().waitFor({ state: 'attached', timeout: 60_000 });
    await page.locator(`[data-testid="lens-${c.lens}"]`).first().waitFor({ state: 'attached', timeout: 60_000 });
    const cdp = await context.newCDPSession(page);
    for (const rate of rates) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      await page.waitForTimeout(SETTLE_MS);
      try {
        out.push({ name: c.name, lens: c.lens, rate, figures: await measure(page) });
      } catch (err) {
        out.push({ name: c.name, lens: c.lens, rate, figures: null, error: String(err).slice(0, 300) });
      }
    }
    if (after !== undefined) extra = await after(page).catch((err: unknown) => (console.error(`[bench] ${c.name}: ${String(err)}`), null));
  } catch (err) {
    for (const rate of rates.slice(out.length)) out.push({ name: c.name, lens: c.lens, rate, figures: null, error: String(err).slice(0, 300) });
  } finally {
    await context.close();
  }
  return { runs: out, after: extra };
}
