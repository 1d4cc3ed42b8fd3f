/**
 * A first visit paints at once and nothing moves when the app arrives. index.html holds the
 * page's shell and its one stylesheet; the app's code comes in its own chunk, asked for only
 * after the shell's frame. Here that chunk (and any stylesheet of its own, which would
 * restyle the shell when it came) is held back: the shell must have painted (first
 * contentful paint) while the app cannot have run; then, once it is let through and
 * the simulation has drawn, the page's layout shifts must add up to under 0.05 (the
 * Cumulative Layout Shift goal), on a phone, a tablet and a laptop. A plain link (no
 * parameters) draws its first working screen without the validator (zod) at all.
 * The first screen waits only for the words it shows (the core and shell catalogues and its
 * lens's own): it is ready while another lens's catalogue is still on its way, and no
 * catalogue key ever shows raw, on any lens, in either language, right after opening and
 * after switching lens or language.
 */
import type { Page, Route } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { attached, baseUrl, closeApps, closeBrowser, collectErrors, newContext, tid, waitForReady } from './harness';
import { LENS_ID_LIST } from '../../src/views/lensIds';
import { LENS_LESSONS } from '../../src/views/lensLessons';
import { allKeys } from '../words';
import cpuWords from '../../src/i18n/lenses/cpu.en';

afterEach(closeApps);
afterAll(closeBrowser);

/**
 * The screens, and one phone with its CPU slowed 4x (DevTools protocol), where the app lays its frames out over more
 * frames: the Overview's "More below" cue was drawn at the frame's first edge (8 px tall, 175 px down) and moved 365 px
 * with it (0.076 of layout shift, where the page's own was 0.013).
 */
const SCREENS = [
  { name: 'phone 390x844', viewport: { width: 390, height: 844 }, touch: true, cpu: 1 },
  { name: 'phone 390x844, CPU 4x slower', viewport: { width: 390, height: 844 }, touch: true, cpu: 4 },
  { name: 'tablet 768x1024', viewport: { width: 768, height: 1024 }, touch: true, cpu: 1 },
  { name: 'laptop 1280x800', viewport: { width: 1280, height: 800 }, touch: false, cpu: 1 },
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
      if (s.cpu > 1) {
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: s.cpu });
      }
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

let keys: Set<string>;
beforeAll(async () => {
  keys = await allKeys();
});

/** Catalogue keys the page shows as text (visible or not, labels and titles too), which would be words not yet loaded. */
async function rawKeys(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => {
    const parts = [document.body.innerText];
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]')) parts.push(el.getAttribute('aria-label') ?? '', el.getAttribute('title') ?? '', el.getAttribute('placeholder') ?? '');
    for (const el of document.querySelectorAll('svg text, svg title, option')) parts.push(el.textContent ?? '');
    return parts.join('\n');
  });
  return [...new Set([...text.matchAll(/\b[a-z][\w-]*(?:\.[\w-]+)+/g)].map((m) => m[0]))].filter((k) => keys.has(k));
}

/** Open the app at `query` and wait for its first screen (not for the words that follow it). */
async function openFirstScreen(query: string, lens: string): Promise<Page> {
  const context = await newContext();
  const page = await context.newPage();
  await page.goto(`${baseUrl()}?${query}`, { waitUntil: 'commit' });
  await attached(page, tid('app-ready'));
  await attached(page, `${tid(`lens-${lens}`)}, ${tid('lens-empty')}[data-lens="${lens}"]`);
  return page;
}

async function showLensNow(page: Page, id: string): Promise<void> {
  await page.locator(`#tab-${id}`).click();
  await attached(page, `${tid(`lens-${id}`)}, ${tid('lens-empty')}[data-lens="${id}"]`);
}

// A sentence only the CPU lens's own catalogue holds (ASCII, so the built file has it verbatim).
const CPU_ONLY = Object.values(cpuWords as Record<string, string>)
  .filter((v) => /^[ -~]+$/.test(v) && !/['"\\{]/.test(v))
  .toSorted((a, b) => b.length - a.length)[0] ?? '';

describe('words', () => {
  test('the first screen is ready while the CPU lens’s words are held back, and that lens waits for them while its code loads', async () => {
    expect(CPU_ONLY.length).toBeGreaterThan(40);
    const context = await newContext();
    const page = await context.newPage();
    const errors = collectErrors(page);
    let release: () => void = () => {};
    const released = new Promise<void>((r) => (release = r));
    const held: string[] = [];
    const asked: string[] = [];
    await page.route(/\/assets\/[^/]+\.js$/, async (route: Route) => {
      asked.push(route.request().url().split('/').pop() ?? '');
      const response = await route.fetch();
      const body = await response.text();
      if (body.includes(CPU_ONLY)) {
        held.push(route.request().url());
        await released;
      }
      await route.fulfill({ response, body });
    });
    await page.goto(`${baseUrl()}?lang=en`, { waitUntil: 'commit' });
    await attached(page, tid('app-ready'));
    await attached(page, '.lens-overview .legend');
    expect(await rawKeys(page)).toEqual([]);
    // The rest of the language is asked for by itself once the app has painted.
    await expect.poll(() => held.length, { timeout: 20_000 }).toBeGreaterThan(0);
    expect(asked.filter((u) => u.startsWith('CpuView-'))).toEqual([]);
    await page.locator('#tab-cpu').click();
    await attached(page, '#tab-cpu[aria-selected="true"]');
    // Its code is asked for beside its words, not after them .
    await expect.poll(() => asked.some((u) => u.startsWith('CpuView-')), { timeout: 20_000 }).toBe(true);
    // The lens waits for its words: in 1.5 s with them held back it has not drawn (its code alone would be here by then).
    const drawn = await page.waitForSelector(tid('lens-cpu'), { state: 'attached', timeout: 1500 }).then(
      () => true,
      () => false,
    );
    expect(drawn).toBe(false);
    expect(await rawKeys(page)).toEqual([]);
    release();
    await attached(page, tid('lens-cpu'));
    expect(await rawKeys(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  // One test per lens and language, each within the suite's 45 s bound (one for every lens ran 31-34 s of a 90 s bound).
  for (const lang of ['en', 'ko'] as const) {
    for (const lens of LENS_ID_LIST) {
      test(`${lang}: no key shows raw on the ${lens} lens opened first${lens === 'overview' ? ', nor on each lens switched to from it' : ''}`, async () => {
        const page = await openFirstScreen(`lang=${lang}&lens=${lens}&scenario=${LENS_LESSONS[lens][0]}&autoplay=0`, lens);
        expect(await rawKeys(page), `${lens} opened first`).toEqual([]);
        if (lens === 'overview') {
          for (const next of LENS_ID_LIST.slice(1)) {
            await showLensNow(page, next);
            expect(await rawKeys(page), `switched to ${next}`).toEqual([]);
          }
        }
        await page.context().close();
      });
    }
  }

  test('switching language shows no key, on the lens opened and on the next', async () => {
    const page = await openFirstScreen('lang=en&lens=storage&scenario=san-placement&autoplay=0', 'storage');
    await page.locator(tid('lang')).selectOption('ko');
    await expect.poll(() => page.locator('html').getAttribute('lang'), { timeout: 20_000 }).toBe('ko');
    expect(await rawKeys(page)).toEqual([]);
    await showLensNow(page, 'memory');
    expect(await rawKeys(page)).toEqual([]);
    await page.locator(tid('lang')).selectOption('en');
    await expect.poll(() => page.locator('html').getAttribute('lang'), { timeout: 20_000 }).toBe('en');
    expect(await rawKeys(page)).toEqual([]);
  });
});
