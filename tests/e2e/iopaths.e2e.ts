/**
 * The I/O paths tab of the Techniques lens, in real Chromium: the io-paths preset opens
 * on it; the drawing comes first and is the largest part; the three VMs' figures stand
 * side by side (exits per I/O: 6, 1 per batch of 8, none); switching a VM's path is a
 * command the engine takes (the figures and the event log follow), in English and Korean.
 * Screenshots go to /tmp/iopaths when IOPATHS_SHOTS is set.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { closeApps, closeBrowser, openApp, readText, settled, showLens, tid } from './harness';

const poll = { timeout: 15_000, interval: 50 };
const SHOTS = process.env.IOPATHS_SHOTS === undefined ? null : '/tmp/iopaths';

afterEach(closeApps);
afterAll(closeBrowser);

describe('I/O paths', () => {
  test('the preset opens on the drawing; figures side by side; switching a path changes them', async () => {
    const { page, errors } = await openApp('scenario=io-paths&lens=techniques&lang=en&autoplay=0&tick=6000&theme=projector', { viewport: { width: 1280, height: 720 } });
    await settled(page, 6000);
    await expect.poll(() => page.locator(tid('io-drawing')).isVisible(), poll).toBe(true);
    expect(await page.locator(tid('tq-tab-io')).getAttribute('aria-pressed')).toBe('true');
    if (SHOTS !== null) {
      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: `${SHOTS}/projector-1280x720.png` });
      await page.screenshot({ path: `${SHOTS}/projector-1280x720-full.png`, fullPage: true });
    }
    // Picture first: on a projector screen the drawing is whole in view and most of the lens there.
    const drawing = (await page.locator(tid('io-drawing')).boundingBox())!;
    const lens = (await page.locator(tid('lens-techniques')).boundingBox())!;
    const bar = (await page.locator('.playback').first().boundingBox())?.y ?? 720;
    expect(drawing.y + drawing.height).toBeLessThanOrEqual(bar);
    const lensInView = lens.width * (Math.min(720, lens.y + lens.height) - lens.y);
    expect((drawing.width * drawing.height) / lensInView).toBeGreaterThan(0.5);
    expect(await readText(page, 'io-exits-vm-emulated')).toBe('6');
    expect(await readText(page, 'io-exits-vm-virtio')).toBe('0.125');
    expect(await readText(page, 'io-exits-vm-passthrough')).toBe('0');
    const us = (s: string): number => Number(/([\d.]+)\sµs/.exec(s)?.[1] ?? NaN);
    expect(us(await readText(page, 'io-cpu-vm-emulated'))).toBeGreaterThan(us(await readText(page, 'io-cpu-vm-virtio')));
    expect(us(await readText(page, 'io-latency-vm-virtio'))).toBeGreaterThan(us(await readText(page, 'io-latency-vm-passthrough')));
    // Switch the emulated VM to virtio: a command; the engine's figures and its log follow.
    await page.locator(tid('io-path-vm-emulated')).selectOption('virtio');
    await expect.poll(() => readText(page, 'io-exits-vm-emulated'), poll).toBe('0.125');
    await expect.poll(() => page.locator(tid('io-col-vm-emulated')).getAttribute('data-path'), poll).toBe('virtio');
    await expect.poll(() => page.locator('.event-feed').textContent(), poll).toContain('The I/O path of vm-emulated is now');
    // The CPU tab is one click away and still works.
    await page.locator(tid('tq-tab-cpu')).click();
    await expect.poll(() => page.locator(tid('tq-independent')).isVisible(), poll).toBe(true);
    // Passthrough refuses live migration, with the reason, and nothing moves.
    await showLens(page, 'cluster');
    await page.locator(tid('cl-mig-vm')).selectOption('vm-passthrough');
    await page.locator(tid('cl-mig-to')).selectOption('host-2');
    await page.locator(tid('cl-migrate')).click();
    await expect.poll(() => page.locator(tid('notice')).last().textContent(), poll).toContain('cannot be live-migrated');
    expect(errors).toEqual([]);
  });

  test('in Korean, on a phone', async () => {
    const { page, errors } = await openApp('scenario=io-paths&lens=techniques&lang=ko&autoplay=0&tick=3000', { viewport: { width: 390, height: 844 }, touch: true });
    await settled(page, 3000);
    await expect.poll(() => page.locator(tid('tq-tab-io')).textContent(), poll).toBe('I/O 경로');
    await expect.poll(() => readText(page, 'io-paths'), poll).toContain('에뮬레이션 장치');
    if (SHOTS !== null) await page.screenshot({ path: `${SHOTS}/ko-390x844.png`, fullPage: true });
    expect(errors).toEqual([]);
  });
});
