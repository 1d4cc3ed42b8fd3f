/**
 * A first visit paints at once and nothing moves when the app arrives. index.html holds the
 * page's shell and its one stylesheet; the app's code comes in its own chunk, asked for only
 * after the shell's frame. Here that chunk (and any stylesheet of its own, which would
 * restyle the shell when it came) is held back: the shell must have painted (first
 * contentful paint) while the app cannot have run; then, once it is let through and
 * the simulation has drawn, the page's layout shifts must add up to under 0.05 (the
 * Cumulative Layout Shift goal), on a phone, a tablet and a laptop. A plain link (no
 * parameters) draws its first working screen without the validator (zod) at all.
 */
import type { Route } from 'playwright-core';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { attached, baseUrl, closeApps, closeBrowser, collectErrors, newContext, tid, waitForReady } from './harness';

afterEach(closeApps);
afterAll(closeBrowser);

const SCREENS = [
  { name: 'phone 390x844', viewport: { width: 390, height: 844 }, touch: true },
  { name: 'tablet 768x1024', viewport: { width: 768, height: 1024 }, touch: true },
  { name: 'laptop 1280x800', viewport: { width: 1280, height: 800 }, touch: false },
] as const;

/** Records every layout shift not caused by input, with what moved, from the first byte on. */
const SHIFTS = `
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.hadRecentInput) continue;
      window.__shifts.push({ value: e.value, at: Math.round(e.startTime), moved: e.sources.map((s) => s.node ? (s.node.nodeName + '.' + (s.node.className && s.node.className.baseVal !== undefined ? s.node.className.baseVal : s.node.className || '')) : '?') });
    }
  }).observe({ type: 'layout-shift', buffered: true });
`;

interface Shift {
  value: number;
  at: number;
  moved: string[];
}

describe('first visit', () => {
  for (const s of SCREENS) {
    test(`${s.name}: the shell paints before the app's code, and the app's arrival moves nothing`, async () => {
      const context = await newContext({ viewport: s.viewport, touch: s.touch });
      const page = await context.newPage();
      const errors = collectErrors(page);
      await page.addInitScript({ content: SHIFTS });
      let release: () => void = () => {};
      const released = new Promise<void>((r) => (release = r));
      let held = 0;
      await page.route(/\/assets\/start-[^/]*\.(js|css)$/, async (route: Route) => {
        held += 1;
        await released;
        await route.continue();
      });
      await page.goto(`${baseUrl()}?lang=en`, { waitUntil: 'commit' });
      // The app's chunk is asked for (after the shell's frame) and held: the shell has painted.
      await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, undefined, { timeout: 20_000 });
      await expect.poll(() => held, { timeout: 20_000 }).toBeGreaterThan(0);
      expect(await page.locator('.app-header h1').textContent()).toBe('VirtLab');
      release();
      await waitForReady(page, errors);
      // The Overview has drawn its world and its words, and the world has run a while.
      await attached(page, '.overview-svg');
      await attached(page, '.lens-overview .legend');
      await page.waitForFunction((sel) => Number(document.querySelector(sel)?.getAttribute('data-tick') ?? 0) >= 500, tid('tick'), { timeout: 20_000 });
      const shifts = (await page.evaluate('window.__shifts')) as Shift[];
      const total = shifts.reduce((n, x) => n + x.value, 0);
      expect(total, JSON.stringify(shifts.filter((x) => x.value > 0.001))).toBeLessThan(0.05);
      expect(errors).toEqual([]);
    });
  }
});

describe('a plain link', () => {
  test('draws its first working screen without the validator (zod), which is not even asked for', async () => {
    const context = await newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors = collectErrors(page);
    // Every page chunk that holds zod is held back for good and noted; the worker has its own bundle.
    const withZod: string[] = [];
    await page.route(/\/assets\/[^/]+\.js$/, async (route: Route) => {
      const url = route.request().url();
      if (/\.worker-[^/]*\.js$/.test(url)) return route.continue();
      const response = await route.fetch();
      if (!(await response.text()).includes('ZodError')) return route.fulfill({ response });
      withZod.push(url.split('/').pop() ?? url);
      return new Promise<void>(() => undefined);
    });
    await page.goto(baseUrl());
    await attached(page, tid('app-ready'), 20_000);
    await attached(page, '.overview-svg');
    await page.waitForFunction((sel) => Number(document.querySelector(sel)?.getAttribute('data-tick') ?? 0) >= 100, tid('tick'), { timeout: 20_000 });
    expect(withZod).toEqual([]);
    expect(errors).toEqual([]);
    await page.unrouteAll({ behavior: 'ignoreErrors' });
  });
});
