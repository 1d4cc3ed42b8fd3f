/**
 * What a person does with VirtLab, in real Chromium against the production build served
 * under a sub-path: load it, play and pause, step one tick either way, scrub the
 * timeline with the keyboard, read it in Korean, survive a bad URL parameter, and get
 * the same world back after a reload. Written against the UI contract (data-testid
 * hooks) in the test-infrastructure brief; see tests/e2e/harness.ts for the helpers.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { ROOT } from './server';
import { baseUrl, closeApps, closeBrowser, openApp, readText, readTick, stableTick, tid } from './harness';

const SCREENSHOT = join(ROOT, 'test-results', 'overview.png');
const poll = { timeout: 10_000, interval: 100 };

afterEach(closeApps);
afterAll(closeBrowser);

describe('VirtLab in the browser', () => {
  test('loads under a sub-path with no console error and no page error', async () => {
    const { page, errors } = await openApp('');
    expect(new URL(page.url()).pathname).toBe(new URL(baseUrl()).pathname);
    expect(new URL(page.url()).pathname).not.toBe('/');
    await readTick(page);
    await page.waitForTimeout(1000); // give lazy chunks and the worker time to fail, if they would
    expect(errors).toEqual([]);
  });

  test('README screenshot of the default app at 1280x800', async () => {
    const { page, errors } = await openApp('', { viewport: { width: 1280, height: 800 } });
    await page.waitForTimeout(1500); // let it draw a few seconds of the world
    mkdirSync(dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    expect(errors).toEqual([]);
  });

  test('time advances while playing and pause holds it', async () => {
    const { page, errors } = await openApp('autoplay=1');
    const toggle = page.locator(tid('play-toggle'));
    await expect.poll(() => toggle.getAttribute('aria-pressed'), poll).toBe('true');
    const t0 = await readTick(page);
    await expect.poll(() => readTick(page), poll).toBeGreaterThan(t0);

    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed'), poll).toBe('false');
    const held = await stableTick(page);
    await page.waitForTimeout(1000);
    expect(await readTick(page)).toBe(held);
    expect(errors).toEqual([]);
  });

  test('the play button starts time from a paused start', async () => {
    const { page, errors } = await openApp('autoplay=0');
    const toggle = page.locator(tid('play-toggle'));
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    const t0 = await stableTick(page);
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed'), poll).toBe('true');
    await expect.poll(() => readTick(page), poll).toBeGreaterThan(t0);
    expect(errors).toEqual([]);
  });

  test('step forward is exactly +1 tick and step back exactly -1', async () => {
    const { page, errors } = await openApp('autoplay=0');
    const t0 = await stableTick(page);
    const forward = page.locator(tid('step-forward'));
    const back = page.locator(tid('step-back'));
    await forward.click();
    await expect.poll(() => readTick(page), poll).toBe(t0 + 1);
    await forward.click();
    await expect.poll(() => readTick(page), poll).toBe(t0 + 2);
    await back.click();
    await expect.poll(() => readTick(page), poll).toBe(t0 + 1);
    expect(await stableTick(page)).toBe(t0 + 1); // and it stays there
    expect(errors).toEqual([]);
  });

  test('a step while playing pauses first', async () => {
    const { page, errors } = await openApp('autoplay=1');
    const toggle = page.locator(tid('play-toggle'));
    await expect.poll(() => toggle.getAttribute('aria-pressed'), poll).toBe('true');
    await page.locator(tid('step-forward')).click();
    await expect.poll(() => toggle.getAttribute('aria-pressed'), poll).toBe('false');
    const held = await stableTick(page);
    await page.waitForTimeout(500);
    expect(await readTick(page)).toBe(held);
    expect(errors).toEqual([]);
  });

  test('the timeline scrubber seeks with the keyboard', async () => {
    const { page, errors } = await openApp('autoplay=1');
    await expect.poll(() => readTick(page), poll).toBeGreaterThan(50);
    await page.locator(tid('play-toggle')).click();
    const reached = await stableTick(page);

    const slider = page.locator(tid('timeline'));
    expect(await slider.getAttribute('role')).toBe('slider');
    expect(await slider.getAttribute('aria-valuemin')).toBe('0');
    await expect.poll(() => slider.getAttribute('aria-valuenow'), poll).toBe(String(reached));
    const max = Number(await slider.getAttribute('aria-valuemax'));
    expect(max).toBeGreaterThanOrEqual(reached);

    await slider.focus();
    await page.keyboard.press('Home');
    await expect.poll(() => slider.getAttribute('aria-valuenow'), poll).toBe('0');
    await expect.poll(() => readTick(page), poll).toBe(0);

    await page.keyboard.press('End');
    await expect.poll(() => readTick(page), poll).toBe(max);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => readTick(page), poll).toBe(max - 1);
    expect(await slider.getAttribute('aria-valuenow')).toBe(String(max - 1));
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => readTick(page), poll).toBe(max);
    expect(errors).toEqual([]);
  });

  test('?lang=ko shows Korean, and the language picker switches to English', async () => {
    const { page, errors } = await openApp('lang=ko');
    expect(await page.evaluate('document.documentElement.lang')).toBe('ko');
    expect(await page.locator('body').innerText()).toMatch(/[가-힣]/);
    const lang = page.locator(tid('lang'));
    expect(await lang.inputValue()).toBe('ko');

    await lang.selectOption('en');
    await expect.poll(() => page.evaluate('document.documentElement.lang'), poll).toBe('en');
    expect(errors).toEqual([]);
  });

  test('an invalid URL parameter shows a notice and the app still runs', async () => {
    const { page, errors } = await openApp('speed=banana&autoplay=1');
    const notice = page.locator(tid('notice'));
    await notice.first().waitFor({ state: 'visible', timeout: 10_000 });
    expect((await notice.first().innerText()).trim()).not.toBe('');
    const t0 = await readTick(page);
    await expect.poll(() => readTick(page), poll).toBeGreaterThan(t0);
    // A rejected parameter is reported to the person, not thrown.
    expect(errors.filter((e) => e.startsWith('pageerror:'))).toEqual([]);
  });

  test('a reload with the same URL shows the same tick and the same state digest', async () => {
    const { page, errors } = await openApp('seed=5&tick=500&autoplay=0');
    await expect.poll(() => readTick(page), poll).toBe(500);
    const digest = await readText(page, 'state-digest');
    expect(digest).not.toBe('');

    await page.reload({ waitUntil: 'load' });
    await page.locator(tid('app-ready')).first().waitFor({ state: 'attached', timeout: 20_000 });
    await expect.poll(() => readTick(page), poll).toBe(500);
    expect(await readText(page, 'state-digest')).toBe(digest);
    expect(errors).toEqual([]);
  });
});
