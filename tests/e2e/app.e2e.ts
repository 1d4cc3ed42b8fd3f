/**
 * What a person does with VirtLab, in real Chromium against the production build served
 * under a sub-path: load it, play and pause, step one tick either way, scrub the
 * timeline with the keyboard, read it in Korean, survive a bad URL parameter, and get
 * the same world back after a reload. Written against the UI contract (data-testid
 * hooks) in the test-infrastructure brief; see tests/e2e/harness.ts for the helpers.
 * "Pause holds it" is checked the only way that needs no waiting: after the pause is
 * confirmed, another request (a speed change) is handled and the tick has not moved.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { ROOT } from './server';
import { attached, baseUrl, closeApps, closeBrowser, openApp, pause, readText, readTick, settled, tid, visible } from './harness';

const SCREENSHOT = join(ROOT, 'test-results', 'overview.png');
const poll = { timeout: 10_000, interval: 50 };

afterEach(closeApps);
afterAll(closeBrowser);

/** The paused picture holds: another request is handled (a speed change) and the tick is still `tick`. */
async function holds(page: Page, tick: number): Promise<void> {
  const speed = page.locator(tid('speed'));
  await speed.selectOption((await speed.inputValue()) === '2' ? '4' : '2');
  expect(await settled(page)).toBe(tick);
}

describe('VirtLab in the browser', () => {
  test('loads under a sub-path with no console error and no page error', async () => {
    const { page, errors } = await openApp('');
    expect(new URL(page.url()).pathname).toBe(new URL(baseUrl()).pathname);
    expect(new URL(page.url()).pathname).not.toBe('/');
    // The worker runs and the lens has drawn: the lazy chunks and the worker loaded.
    const t0 = await readTick(page);
    await expect.poll(() => readTick(page), poll).toBeGreaterThan(t0);
    await visible(page, '.overview-svg');
    expect(errors).toEqual([]);
  });

  test('README screenshot of the default app at 1280x800', async () => {
    // A few seconds into the default world, paused there so the picture is exactly this one.
    const { page, errors } = await openApp('tick=3000&autoplay=0', { viewport: { width: 1280, height: 800 } });
    await settled(page, 3000);
    await visible(page, '.overview-svg');
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

    const held = await pause(page);
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await holds(page, held);
    expect(errors).toEqual([]);
  });

  test('the play button starts time from a paused start', async () => {
    const { page, errors } = await openApp('autoplay=0');
    const toggle = page.locator(tid('play-toggle'));
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    const t0 = await settled(page);
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed'), poll).toBe('true');
    await expect.poll(() => readTick(page), poll).toBeGreaterThan(t0);
    expect(errors).toEqual([]);
  });

  test('step forward is exactly +1 tick and step back exactly -1', async () => {
    const { page, errors } = await openApp('autoplay=0');
    const t0 = await settled(page);
    const forward = page.locator(tid('step-forward'));
    const back = page.locator(tid('step-back'));
    await forward.click();
    await settled(page, t0 + 1);
    await forward.click();
    await settled(page, t0 + 2);
    await back.click();
    await settled(page, t0 + 1);
    await holds(page, t0 + 1); // and it stays there
    expect(errors).toEqual([]);
  });

  test('a step while playing pauses first', async () => {
    const { page, errors } = await openApp('autoplay=1');
    const toggle = page.locator(tid('play-toggle'));
    await expect.poll(() => toggle.getAttribute('aria-pressed'), poll).toBe('true');
    await page.locator(tid('step-forward')).click();
    const held = await settled(page);
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await holds(page, held);
    expect(errors).toEqual([]);
  });

  test('the timeline scrubber seeks with the keyboard', async () => {
    const { page, errors } = await openApp('autoplay=1');
    await expect.poll(() => readTick(page), poll).toBeGreaterThan(50);
    const reached = await pause(page);

    const slider = page.locator(tid('timeline'));
    expect(await slider.getAttribute('role')).toBe('slider');
    expect(await slider.getAttribute('aria-valuemin')).toBe('0');
    await expect.poll(() => slider.getAttribute('aria-valuenow'), poll).toBe(String(reached));
    const max = Number(await slider.getAttribute('aria-valuemax'));
    expect(max).toBeGreaterThanOrEqual(reached);

    await slider.focus();
    await page.keyboard.press('Home');
    await settled(page, 0);
    await expect.poll(() => slider.getAttribute('aria-valuenow'), poll).toBe('0');

    await page.keyboard.press('End');
    await settled(page, max);
    await page.keyboard.press('ArrowLeft');
    await settled(page, max - 1);
    expect(await slider.getAttribute('aria-valuenow')).toBe(String(max - 1));
    await page.keyboard.press('ArrowRight');
    await settled(page, max);
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
    await settled(page, 500);
    const digest = await readText(page, 'state-digest');
    expect(digest).not.toBe('');

    await page.reload({ waitUntil: 'load' });
    await attached(page, tid('app-ready'), 20_000);
    await settled(page, 500);
    expect(await readText(page, 'state-digest')).toBe(digest);
    expect(errors).toEqual([]);
  });
});
