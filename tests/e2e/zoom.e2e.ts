/**
 * Zoom and pan on the drawings: the Overview of `datacenter-32` (four hosts, 32 VMs) fits
 * its frame in one press and is read by zooming in; keys, buttons and Ctrl + wheel zoom;
 * a part of the drawing is still selected by a click at any scale; the same frame is on
 * the Network, Storage, Containers and Techniques drawings, in Korean on a phone too, and
 * on the RAID, I/O path and GPU drawings, where + and Ctrl + wheel scale the drawing (its
 * transform changes) and Fit shows it whole again.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { baseUrl, closeApps, closeBrowser, openApp, selectThing, settled, tid, visible } from './harness';

afterEach(closeApps);
afterAll(closeBrowser);

const poll = { timeout: 20_000, interval: 50 };
const zoomOf = async (page: Page, frame: string): Promise<number> => Number(await page.locator(tid(frame)).getAttribute('data-zoom'));

describe('zoom and pan', () => {
  test('datacenter-32: Fit shows the whole data centre, zooming in makes it readable, clicks still select', async () => {
    const { page, errors } = await openApp('scenario=datacenter-32&lang=en&autoplay=0&tick=6000', { viewport: { width: 1280, height: 800 } });
    await settled(page, 6000);
    const frame = page.locator(tid('overview-zoom'));
    // At 100 % the drawing is taller than its frame: the data centre does not fit.
    const sizes = () => frame.evaluate((f) => ({ frameH: f.clientHeight, frameW: f.clientWidth, drawnH: f.scrollHeight, drawnW: f.scrollWidth }));
    const before = await sizes();
    expect(before.drawnH).toBeGreaterThan(before.frameH * 2);

    await page.locator(tid('zoom-fit')).first().click();
    await expect.poll(() => zoomOf(page, 'overview-zoom'), poll).toBeLessThan(0.5);
    const fitted = await sizes();
    expect(fitted.drawnH).toBeLessThanOrEqual(fitted.frameH + 1);
    expect(fitted.drawnW).toBeLessThanOrEqual(fitted.frameW + 1);
    expect(await page.locator(tid('zoom-level')).first().textContent()).toBe(`${Math.round((await zoomOf(page, 'overview-zoom')) * 100)} %`);

    // Keys on the focused frame: + zooms in by a quarter, 0 goes back to 100 %.
    const fit = await zoomOf(page, 'overview-zoom');
    await frame.focus();
    await page.keyboard.press('+');
    await expect.poll(() => zoomOf(page, 'overview-zoom'), poll).toBeCloseTo(fit * 1.25, 2);
    await page.keyboard.press('0');
    await expect.poll(() => zoomOf(page, 'overview-zoom'), poll).toBe(1);

    // Zoomed in to 200 % by the button, labels are twice their size, and a click on a VM still selects it.
    const label = page.locator('.overview-svg text', { hasText: 'vm-9' }).first();
    const h1 = (await label.boundingBox())?.height ?? 0;
    for (let i = 0; i < 3; i++) await page.locator(tid('zoom-in')).first().click();
    await expect.poll(() => zoomOf(page, 'overview-zoom'), poll).toBeCloseTo(1.953, 2);
    await label.scrollIntoViewIfNeeded();
    const h2 = (await label.boundingBox())?.height ?? 0;
    expect(h2 / h1).toBeGreaterThan(1.8);
    await selectThing(page, 'vm-8', 'VM vm-9');

    // Ctrl + wheel over the frame zooms out (a trackpad pinch arrives the same way).
    const box = await frame.boundingBox();
    if (box === null) throw new Error('no frame');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const z = await zoomOf(page, 'overview-zoom');
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, 200);
    await page.keyboard.up('Control');
    await expect.poll(() => zoomOf(page, 'overview-zoom'), poll).toBeLessThan(z);
    // The page itself was not zoomed by the browser.
    expect(await page.evaluate(() => window.visualViewport?.scale ?? 1)).toBe(1);
    expect(errors).toEqual([]);
  });

  test('every drawing has the frame, in Korean on a phone, and the page never scrolls sideways', async () => {
    const { page, errors } = await openApp('scenario=vlan-isolation&lang=ko&autoplay=0', { viewport: { width: 390, height: 844 }, touch: true });
    for (const [lens, preset, frame] of [
      ['network', 'vlan-isolation', 'net-zoom-frame'],
      ['storage', 'san-placement', 'storage-zoom'],
      ['containers', 'vm-vs-container', 'ct-zoom'],
      ['techniques', 'bt-vs-para-vs-hw', 'tq-zoom'],
      ['overview', 'datacenter-32', 'overview-zoom'],
    ] as const) {
      await page.goto(`${baseUrl()}?scenario=${preset}&lens=${lens}&lang=ko&autoplay=0&tick=6000`);
      await settled(page, 6000);
      await visible(page, tid(frame));
      expect(await page.locator(tid('zoom-fit')).first().textContent()).toBe('전체 보기');
      // Most drawings open at 100 %; the Storage one opens fitted to the phone (below 100 %).
      const z0 = await zoomOf(page, frame);
      await page.locator(tid('zoom-in')).first().click();
      await expect.poll(() => zoomOf(page, frame), poll).toBeCloseTo(z0 * 1.25, 2);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    }
    expect(errors).toEqual([]);
  });

  for (const [lens, preset, frame] of [
    ['storage', 'raid-striping', 'raid-zoom'],
    ['techniques', 'io-paths', 'io-zoom'],
    ['techniques', 'gpu-sharing', 'gpu-zoom-gpu-pass'],
  ] as const) {
    test(`${preset}: + and Ctrl + wheel zoom the drawing, Fit shows it whole`, async () => {
      const { page, errors } = await openApp(`scenario=${preset}&lens=${lens}&lang=en&autoplay=0&tick=6000`, { viewport: { width: 1280, height: 800 } });
      await settled(page, 6000);
      await visible(page, tid(frame));
      const pan = page.locator('.zoom-pan', { has: page.locator(tid(frame)) });
      const transform = () => pan.locator('.zoom-content').first().evaluate((e) => getComputedStyle(e).transform);
      const sizes = () => page.locator(tid(frame)).evaluate((f) => ({ frameW: f.clientWidth, drawnW: f.scrollWidth }));
      // It opens whole: as wide as its frame at most.
      const z0 = await zoomOf(page, frame);
      const open = await sizes();
      expect(open.drawnW).toBeLessThanOrEqual(open.frameW + 1);
      const t0 = await transform();
      await pan.locator(tid('zoom-in')).click();
      await expect.poll(() => zoomOf(page, frame), poll).toBeCloseTo(z0 * 1.25, 2);
      expect(await transform()).not.toBe(t0);
      // Ctrl + wheel over the drawing zooms in further (a trackpad pinch arrives the same way).
      const box = await page.locator(tid(frame)).boundingBox();
      if (box === null) throw new Error('no frame');
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.keyboard.down('Control');
      await page.mouse.wheel(0, -200);
      await page.keyboard.up('Control');
      await expect.poll(() => zoomOf(page, frame), poll).toBeGreaterThan(z0 * 1.26);
      expect((await sizes()).drawnW).toBeGreaterThan(open.frameW + 1);
      // Fit: whole in its frame again, at the scale it opened at.
      await pan.locator(tid('zoom-fit')).click();
      await expect.poll(() => zoomOf(page, frame), poll).toBe(z0);
      expect(await transform()).toBe(t0);
      expect((await sizes()).drawnW).toBeLessThanOrEqual(open.frameW + 1);
      expect(await page.evaluate(() => window.visualViewport?.scale ?? 1)).toBe(1);
      expect(errors).toEqual([]);
    });
  }
});
