/**
 * The Overview lens as a student uses it, in real Chromium: select the hypervisor and
 * switch it to type 2 (the host-OS layer appears, the event feed says why), select a VM
 * and stop it (its vCPUs leave the pCPUs), and the app surviving a killed, crashed or
 * hung worker with its scenario, commands and tick intact.
 */
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { closeApps, closeBrowser, openApp, readText, readTick, stableTick, tid } from './harness';

const poll = { timeout: 10_000, interval: 100 };

afterEach(closeApps);
afterAll(closeBrowser);

describe('Overview lens', () => {
  test('switching the hypervisor to type 2 adds the host-OS layer and narrates it', async () => {
    const { page, errors } = await openApp('lang=en&autoplay=0&tick=300');
    const svg = page.locator('.overview-svg');
    await expect.poll(() => svg.textContent(), poll).not.toContain('Host OS');
    await page.locator('[data-sel="hypervisor-0"]').click();
    await expect.poll(() => page.locator(tid('inspector')).textContent(), poll).toContain('Hypervisor on host-1');
    await page.locator(tid('hvtype-type2')).click();
    await expect.poll(() => svg.textContent(), poll).toContain('Host OS');
    await expect.poll(() => page.locator('.event-feed').textContent(), poll).toContain('now Type 2 (hosted)');
    // Stepping back before the change takes the layer away again: the change is part of history.
    await page.locator(tid('step-back')).click();
    await expect.poll(() => readTick(page), poll).toBe(299);
    await expect.poll(() => svg.textContent(), poll).not.toContain('Host OS');
    expect(errors).toEqual([]);
  });

  test('selecting a VM explains its vCPUs, and stopping it frees the pCPUs', async () => {
    const { page, errors } = await openApp('lang=en&autoplay=0&tick=5000');
    await page.locator('[data-sel="vm-2"]').click();
    const inspector = page.locator(tid('inspector'));
    await expect.poll(() => inspector.textContent(), poll).toContain('VM batch-1');
    await expect.poll(() => inspector.textContent(), poll).toMatch(/vCPU0 (is running on pCPU|is ready|is waiting for I\/O)/);
    await inspector.getByRole('button', { name: 'Stop' }).click();
    await expect.poll(() => inspector.textContent(), poll).toContain('vCPU0 is off');
    await expect.poll(() => page.locator('.overview-svg').textContent(), poll).not.toContain('batch-1:0');
    await page.keyboard.press('Tab');
    expect(errors).toEqual([]);
  });

  test('clicking a pCPU tells which vCPU runs there and where it sits in the hardware', async () => {
    const { page, errors } = await openApp('lang=ko&autoplay=0&tick=5000');
    await page.locator('[data-sel="pcpu-1"]').click();
    const text = await page.locator(tid('inspector')).textContent();
    expect(text).toContain('소켓 0, 코어 0, 하드웨어 스레드 1');
    expect(text).toMatch(/하이퍼스레딩/);
    expect(errors).toEqual([]);
  });

  test('keyboard users can select with Enter', async () => {
    const { page, errors } = await openApp('lang=en&autoplay=0');
    await page.locator('[data-sel="host-0"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(tid('inspector')).textContent(), poll).toContain('Host host-1: hardware');
    expect(errors).toEqual([]);
  });
});

describe('worker faults', () => {
  for (const kind of ['kill', 'throw', 'hang'] as const) {
    test(`a ${kind} is noticed within two seconds and the world comes back as it was`, async () => {
      const { page } = await openApp('lang=en&autoplay=0&tick=700&debug=1');
      // Select the VM (retrying the click until the inspector shows it), then stop it.
      await expect
        .poll(
          async () => {
            await page.locator('[data-sel="vm-0"]').click();
            return page.locator(tid('inspector')).textContent();
          },
          { timeout: 15_000, interval: 300 },
        )
        .toContain('VM web-1');
      await page.locator(tid('inspector')).getByRole('button', { name: 'Stop' }).click();
      await expect.poll(() => page.locator(tid('inspector')).textContent(), poll).toContain('vCPU0 is off');
      const tick = await stableTick(page);
      const digest = await readText(page, 'state-digest');
      const started = Date.now();
      await page.evaluate(`window.virtlab.fault(${JSON.stringify(kind)})`);
      await page.locator(tid('notice')).filter({ hasText: 'restarted' }).waitFor({ timeout: 5000 });
      expect(Date.now() - started).toBeLessThan(3500);
      await page.locator(tid('app-ready')).waitFor({ state: 'attached', timeout: 10_000 });
      await expect.poll(() => readTick(page), poll).toBe(tick);
      await expect.poll(() => readText(page, 'state-digest'), poll).toBe(digest);
      await page.locator(tid('step-forward')).click();
      await expect.poll(() => readTick(page), poll).toBe(tick + 1);
    });
  }
});

describe('debug mode', () => {
  test('an invariant violation is shown, not swallowed, and playback stops', async () => {
    const { page } = await openApp('lang=en&autoplay=0&tick=200&debug=1');
    await page.evaluate(`window.virtlab.fault('corrupt')`);
    await page.locator(tid('step-forward')).click();
    await page.locator(tid('notice')).filter({ hasText: 'Debug check failed' }).waitFor({ timeout: 5000 });
    expect(await page.locator(tid('play-toggle')).getAttribute('aria-pressed')).toBe('false');
  });
});

describe('no Worker available', () => {
  test('the same loop runs in-thread: time advances, step back works', async () => {
    const { page, errors, context } = await openApp('lang=en&autoplay=0&tick=50');
    await context.addInitScript('delete window.Worker;');
    await page.reload();
    await page.locator(tid('app-ready')).waitFor({ state: 'attached', timeout: 15_000 });
    await expect.poll(() => readTick(page), poll).toBe(50);
    await page.locator(tid('play-toggle')).click();
    await expect.poll(() => readTick(page), poll).toBeGreaterThan(200);
    await page.locator(tid('play-toggle')).click();
    const t = await stableTick(page);
    await page.locator(tid('step-back')).click();
    await expect.poll(() => readTick(page), poll).toBe(t - 1);
    expect(await page.evaluate('typeof window.Worker')).toBe('undefined');
    expect(errors).toEqual([]);
  });
});
