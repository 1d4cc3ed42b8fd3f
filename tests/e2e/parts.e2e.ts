/**
 * A part of the page whose code does not arrive (a dropped connection in a lecture hall,
 * offline before the app was saved) fails alone: the lens says so in the reader's language
 * and that the world is safe, the tabs and the playback bar keep working, and "Try again"
 * (or switching lens) asks for the code once more and shows the lens when it arrives.
 */
import type { BrowserContext } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { attached, baseUrl, collectErrors, closeApps, holdChunk, openApp, selectThing, sharedBrowser, tid, visible, waitForReady } from './harness';

const poll = { timeout: 20_000, interval: 50 };

const contexts: BrowserContext[] = [];
afterAll(async () => {
  await Promise.all(contexts.map((c) => c.close().catch(() => undefined)));
  await closeApps();
});

describe('a part whose code fails to load', () => {
  test('says so in its own place, keeps the rest working, and loads on "Try again"', async () => {
    // No service worker: every request for the CPU lens's code goes to the network (and to the route).
    const context = await (await sharedBrowser()).newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
    contexts.push(context);
    let down = true;
    let asked = 0;
    await context.route(/\/assets\/CpuView-[^/]*\.js$/, async (route) => {
      asked += 1;
      if (down) await route.abort('internetdisconnected');
      else await route.continue();
    });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${baseUrl()}?lang=ko&scenario=cpu-overcommit&autoplay=0&tick=2000`);
    await waitForReady(page, errors);

    await page.click('#tab-cpu');
    const failed = page.locator(tid('part-failed'));
    await visible(page, tid('part-failed'));
    expect(await failed.getAttribute('data-reason')).toBe('load');
    expect(await failed.innerText()).toContain('불러오지 못했습니다');
    expect(await failed.innerText()).toContain('시뮬레이션과 직접 만든 것은 그대로');
    // The rest of the page works: another lens opens, and the playback bar still steps the world.
    await page.click('#tab-overview');
    await visible(page, tid('lens-overview'));
    const before = await page.getAttribute(tid('tick'), 'data-tick');
    await page.click(tid('step-forward'));
    await expect.poll(() => page.getAttribute(tid('tick'), 'data-tick'), poll).not.toBe(before);

    // Back to CPU while still offline: asked again (switching lens renews the part), still failing.
    const askedBefore = asked;
    await page.click('#tab-cpu');
    await visible(page, tid('part-failed'));
    expect(asked).toBeGreaterThan(askedBefore);

    // Back online: "Try again" loads the lens.
    down = false;
    await page.click(tid('part-retry'));
    await visible(page, tid('lens-cpu'));
    expect(await page.locator(tid('part-failed')).count()).toBe(0);
  });

  test('a lens whose code is on the way says "Loading…" in its place; a part inside a drawn lens adds nothing while it loads', async () => {
    const context = await (await sharedBrowser()).newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
    contexts.push(context);
    // Held until released: the Overview's zoom gestures (a part inside its drawing) and the CPU lens's code.
    const held = { gestures: await holdChunk(context, 'ZoomGestures'), cpu: await holdChunk(context, 'CpuView') };
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${baseUrl()}?lang=en&scenario=basic&lens=overview&autoplay=0&tick=2000`);
    await waitForReady(page, errors);
    await visible(page, '[data-testid="overview-zoom"] svg');
    // The gestures' code has not come: the drawing says nothing of it (it said "Loading…" inside its frame, 41 px).
    expect(await page.locator('#lens-panel .status').allInnerTexts()).toEqual([]);
    held.gestures.release();

    // The CPU lens's words are here (they load once the page is idle): what says "Loading…" is the lens's own place, not
    // the words' Suspense fallback, which says the same.
    await expect.poll(() => page.evaluate(() => performance.getEntriesByType('resource').some((e) => /\/assets\/cpu\.en-[^/]*\.js$/.test(e.name))), poll).toBe(true);
    await page.click('#tab-cpu');
    await visible(page, '#lens-panel .status');
    expect(await page.locator('#lens-panel .status').innerText()).toBe('Loading…');
    held.cpu.release();
    await visible(page, tid('lens-cpu'));
    expect(await page.locator('#lens-panel .status').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  test.each([
    ['en', 'Loading…'],
    ['ko', '불러오는 중…'],
  ])('(%s) the inspector says "%s" while the code of a selection\'s panel is on the way, then shows the panel', async (lang, words) => {
    const context = await (await sharedBrowser()).newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
    contexts.push(context);
    // Every lens's inspector panels are a chunk named panels-*: held until released.
    const held = await holdChunk(context, 'panels');
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${baseUrl()}?lang=${lang}&scenario=basic&lens=overview&autoplay=0&tick=2000`);
    await waitForReady(page, errors);
    await visible(page, '[data-testid="overview-zoom"] svg');
    const inspector = page.locator(tid('inspector'));
    const loading = inspector.locator(tid('panel-loading'));
    // A click may land on a neighbour while the drawing fits itself; any selection of the Overview waits for the same chunk.
    await expect
      .poll(async () => {
        if ((await loading.count()) === 0) await page.locator('[data-sel="vm-2"]').first().click();
        return loading.count();
      }, poll)
      .toBe(1);
    expect(await loading.innerText()).toBe(words);
    held.release();
    await selectThing(page, 'vm-2', 'batch-1');
    expect(await loading.count()).toBe(0);
    expect(errors).toEqual([]);
  });

  test('switching to a VDI scenario never blanks the Overview: its panel was fetched once the page was idle', async () => {
    const { page } = await openApp('lang=en&scenario=basic&autoplay=0');
    await visible(page, tid('overview-zoom'));
    // The panel's code arrives while the page is idle, before anyone asks for it.
    const fetched = (): Promise<boolean> =>
      page.evaluate(() => performance.getEntriesByType('resource').some((e) => /\/assets\/VdiPanel-[^/]*\.js$/.test(e.name)));
    await expect.poll(fetched, { timeout: 20_000, interval: 50 }).toBe(true);
    // Watch the drawing: any moment without it is recorded.
    await page.evaluate(() => {
      const w = window as unknown as { blanked: boolean };
      w.blanked = false;
      // React hides a suspended boundary's content (display: none) rather than removing it.
      new MutationObserver(() => {
        const svg = document.querySelector('[data-testid="lens-overview"] svg');
        if (svg === null || !svg.checkVisibility()) w.blanked = true;
      }).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'hidden'] });
    });
    await page.locator(tid('scenario')).selectOption('vdi');
    // Its card is folded (the drawing first): the panel is there, under its one line.
    await attached(page, tid('kinds-vdi'));
    expect(await page.evaluate(() => (window as unknown as { blanked: boolean }).blanked)).toBe(false);
  });
});
