/**
 * How soon a part that loads on demand is drawn after the click that asks for it, on a
 * page that has not shown it yet: a lens's first visit (its tab: CPU, Memory, Network), the
 * Share dialog's first opening, and the lecture layer's keyboard shortcuts after the first
 * picture. Its code is in the browser's cache (a second page of the same context, as a
 * student's next visit), so what is measured is the app's own wait. A part under React's
 * Suspense was held back until 300 ms after the last fallback shown (about 320 ms a
 * click); lazyPart draws it when its code arrives. Median of `PAGES` pages, at 1x CPU.
 */
import type { Browser } from 'playwright-core';

export interface PartShown {
  /** Median ms from the click to the part in the page, per part. */
  parts: Record<string, number>;
  /** Median ms from the first settled picture to the keyboard shortcuts listening (negative: before it). */
  keysAfterPictureMs: number;
  /** The slowest part's median. */
  slowestMs: number;
}

const PAGES = 5;

/** Click `click` (an element id or a data-testid) and time until `shown` matches, in the page (ms). */
const TIME_CLICK = `(async ([click, shown]) => {
  const t0 = performance.now();
  (document.getElementById(click) ?? document.querySelector('[data-testid="' + click + '"]')).click();
  await new Promise((done, fail) => { function f() { if (document.querySelector(shown)) done(); else if (performance.now() - t0 > 10000) fail(new Error(shown + ' not shown in 10 s')); else requestAnimationFrame(f); } f(); });
  return performance.now() - t0;
})`;

/** performance.now() when the first settled tick and the shortcuts' marker appeared (an init script watches). */
const WATCH = `(() => {
  const seen = {}; window.__partShown = seen;
  const mo = new MutationObserver(() => {
    if (seen.picture === undefined && document.querySelector('[data-testid="tick"][data-settled="true"]')) seen.picture = performance.now();
    if (seen.keys === undefined && document.querySelector('[data-testid="keys-ready"]')) seen.keys = performance.now();
    if (seen.picture !== undefined && seen.keys !== undefined) mo.disconnect();
  });
  mo.observe(document, { subtree: true, childList: true, attributes: true });
})()`;

const PARTS: readonly [name: string, click: string, shown: string][] = [
  ['lens:cpu', 'tab-cpu', '[data-testid="lens-cpu"], [data-testid="lens-empty"][data-lens="cpu"]'],
  ['lens:memory', 'tab-memory', '[data-testid="lens-memory"], [data-testid="lens-empty"][data-lens="memory"]'],
  ['lens:network', 'tab-network', '[data-testid="lens-network"], [data-testid="lens-empty"][data-lens="network"]'],
  ['dialog:share', 'open-share', '[data-testid="share-full"]'],
];

const median = (xs: number[]): number => {
  const s = xs.toSorted((a, b) => a - b);
  return Math.round(s[Math.floor(s.length / 2)] ?? NaN);
};

export async function measurePartShown(browser: Browser, baseUrl: string): Promise<PartShown> {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 800 } });
  try {
    await context.addInitScript(WATCH);
    const times = new Map<string, number[]>();
    const keys: number[] = [];
    // The first page fills the cache; it is not counted.
    for (let i = 0; i <= PAGES; i++) {
      const page = await context.newPage();
      await page.goto(`${baseUrl}?scenario=basic&lens=overview&lang=en&autoplay=0&tick=3000`);
      await page.waitForSelector('[data-testid="keys-ready"]', { state: 'attached', timeout: 30_000 });
      await page.waitForSelector('[data-testid="tick"][data-settled="true"]', { state: 'attached', timeout: 30_000 });
      for (const [name, click, shown] of PARTS) {
        const ms = (await page.evaluate(`${TIME_CLICK}(${JSON.stringify([click, shown])})`)) as number;
        if (i > 0) times.set(name, [...(times.get(name) ?? []), ms]);
        await page.keyboard.press('Escape');
      }
      const seen = (await page.evaluate('window.__partShown')) as { picture: number; keys: number };
      if (i > 0) keys.push(seen.keys - seen.picture);
      await page.close();
    }
    const parts = Object.fromEntries([...times].map(([k, v]) => [k, median(v)]));
    return { parts, keysAfterPictureMs: median(keys), slowestMs: Math.max(...Object.values(parts)) };
  } finally {
    await context.close();
  }
}
