/**
 * Instances on request in the Cluster lens, in real Chromium: instances-on-demand draws
 * each request's time line (queue, clone, boot) with where it landed; a linked clone's
 * disk is made in 0.5 s against a full clone's 20.5 s, and the sentence says so; a request
 * from the form queues, lands and is ready, with its row saying why it went where it did;
 * in Korean on a phone the panel fits. States are reached by seeking, never by waiting.
 */
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { atRest, closeApps, closeBrowser, openApp, seekTo, settled, tid } from './harness';

const poll = { timeout: 15_000, interval: 50 };

afterEach(closeApps);
afterAll(closeBrowser);

describe('instances on request', () => {
  test('the preset’s requests, then one from the form, from queue to ready', async () => {
    const { page, errors } = await openApp('scenario=instances-on-demand&lens=cluster&lang=en&autoplay=0&tick=30000&debug=1', { viewport: { width: 1280, height: 800 } });
    await settled(page, 30_000);
    await expect.poll(() => page.locator(tid('inst-line-web-2')).getAttribute('data-state'), poll).toBe('ready');
    expect(await page.locator(tid('inst-line-big-1')).getAttribute('data-state')).toBe('failed');
    expect(await page.locator(tid('inst-says')).textContent()).toContain('Making the disk took 0.5\u00a0s for a linked clone and 20.5\u00a0s for a full clone');
    expect(await page.locator(tid('inst-row-web-1')).textContent()).toContain('host-3');
    // A small Windows linked clone from the form (a medium one fits on no host by now): named vm-1, placed, cloned and booted.
    await page.locator(tid('inst-type')).selectOption('small');
    await page.locator(tid('inst-template')).selectOption('windows-2022');
    await page.locator(tid('inst-clone-linked')).check();
    await page.locator(tid('inst-request')).click();
    await expect.poll(() => page.locator(tid('inst-line-vm-1')).count(), poll).toBe(1);
    await seekTo(page, 37_000);
    await expect.poll(() => page.locator(tid('inst-line-vm-1')).getAttribute('data-state'), poll).toBe('ready');
    expect(await page.locator(tid('inst-row-vm-1')).textContent()).toMatch(/small, windows-2022, linked clone.*host-\d/);
    expect(errors).toEqual([]);
  });

  test('in Korean on a phone: the panel fits the screen', async () => {
    const { page, errors } = await openApp('scenario=instances-on-demand&lens=cluster&lang=ko&autoplay=0&tick=30000', { viewport: { width: 390, height: 844 }, touch: true });
    await settled(page, 30_000);
    await expect.poll(() => page.locator(tid('inst-says')).textContent(), poll).toContain('연결 복제는 0.5초');
    const box = await atRest(page, () => page.locator(tid('inst-panel')).boundingBox(), 'the instances panel');
    expect(box !== null && box.x >= 0 && box.x + box.width <= 390, JSON.stringify(box)).toBe(true);
    expect(errors).toEqual([]);
  });
});
