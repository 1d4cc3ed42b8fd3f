/**
 * The three kinds of virtualization in the Overview, in real Chromium: server
 * virtualization is named; VDI shows processing and data in the data centre and a thin
 * client left blank when its desktop stops. (Application virtualization: appvirt.e2e.ts.)
 */
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { closeApps, closeBrowser, openApp, readText, settled, tid } from './harness';

const poll = { timeout: 15_000, interval: 50 };
afterEach(closeApps);
afterAll(closeBrowser);

describe('kinds of virtualization', () => {
  test('server virtualization is named and explained', async () => {
    const { page, errors } = await openApp('scenario=server-virtualization&lang=en&autoplay=0');
    await settled(page);
    await expect.poll(() => readText(page, 'kinds-panel'), poll).toContain('server virtualization');
    expect(errors).toEqual([]);
  });

  test('VDI: processing and data in the data centre; a stopped desktop leaves its client blank', async () => {
    const { page, errors } = await openApp('scenario=vdi&lang=en&autoplay=0&tick=6000');
    await settled(page, 6000);
    const panel = page.locator(tid('kinds-vdi'));
    await expect.poll(() => panel.textContent(), poll).toContain('data here: 60\u00a0GiB virtual disk on vdi-array');
    await expect.poll(() => readText(page, 'kinds-cpu-desktop-1'), poll).toMatch(/processing here: \d+\s%/);
    const client = page.locator('[data-client="Lab PC 1"]');
    expect(await client.textContent()).toContain('shows the screen of desktop-1');
    await page.locator(tid('kinds-power-desktop-1')).click();
    await expect.poll(() => client.textContent(), poll).toContain('blank');
    expect(errors).toEqual([]);
  });
});
