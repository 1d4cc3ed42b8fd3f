/**
 * Lecture tools from the keyboard, in real Chromium: the spotlight dims all but a circle
 * that the arrows move and +/− size; the pen draws over the lens with the arrows and its
 * ink is cleared on the next lesson step; the countdown timer starts and pauses with T
 * and says when time is up; Reset all (R) undoes every change; N opens the teacher notes
 * for the lens and scenario on screen, and printing shows only them; every key is in the
 * help dialog, in Korean too.
 */
import { violations } from './axe';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { closeApps, closeBrowser, openApp, readText, readTick, settled, tid, visible } from './harness';

const poll = { timeout: 15_000, interval: 50 };

/** The timer's digits (m:ss) as seconds. */
async function secondsLeft(page: Page): Promise<number> {
  const m = /^(\d+):(\d\d)$/.exec(await readText(page, 'timer-left'));
  if (m === null) throw new Error('timer digits are not m:ss');
  return Number(m[1]) * 60 + Number(m[2]);
}

afterEach(closeApps);
afterAll(closeBrowser);

describe('classroom tools', () => {
  test('spotlight, pen and timer work from the keyboard; the ink clears on the next step', async () => {
    const { page, errors } = await openApp('lang=en&tour=scheduling&step=1&autoplay=0');
    await expect.poll(() => readText(page, 'tour-step'), poll).toBe('step 1 of 4');
    await expect.poll(() => readTick(page), poll).toBe(1000);
    await page.locator(tid('tour-body')).click();

    await page.keyboard.press('s');
    const spot = page.locator(tid('tool-spotlight'));
    await spot.waitFor();
    const at = async (): Promise<string> => spot.evaluate((e) => `${(e as HTMLElement).style.getPropertyValue('--spot-x')} ${(e as HTMLElement).style.getPropertyValue('--spot-r')}`);
    const before = await at();
    const tick = await readTick(page);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('+');
    expect(await at()).not.toBe(before);
    // The arrow moved the spotlight, not the simulation.
    expect(await readTick(page)).toBe(tick);
    await page.keyboard.press('Escape');
    await expect.poll(() => spot.count(), poll).toBe(0);

    await page.keyboard.press('d');
    await expect.poll(() => page.locator(tid('tool-btn-pen')).getAttribute('aria-pressed'), poll).toBe('true');
    // The pen's layer loads on first use.
    await expect.poll(() => page.locator(tid('ink-layer')).getAttribute('class'), poll).toContain('ink-on');
    for (const k of ['ArrowRight', 'ArrowDown', 'ArrowRight']) await page.keyboard.press(k);
    await expect.poll(() => page.locator(tid('ink-layer')).getAttribute('data-strokes'), poll).toBe('3');
    await page.keyboard.press('Shift+ArrowLeft');
    expect(await page.locator(tid('ink-layer')).getAttribute('data-strokes')).toBe('3');
    await page.keyboard.press('Escape');
    await page.keyboard.press('PageDown');
    await expect.poll(() => readText(page, 'tour-step'), poll).toBe('step 2 of 4');
    await expect.poll(() => page.locator(tid('ink-layer')).getAttribute('data-strokes'), poll).toBe('0');

    // T starts a minute at once (the clock runs from the key, while the timer's code still
    // loads): it reads a minute or a few seconds less, running, then less again.
    await page.keyboard.press('t');
    await visible(page, tid('timer'));
    await expect.poll(() => page.locator(tid('timer')).getAttribute('data-state'), poll).toBe('running');
    const started = await secondsLeft(page);
    expect(started).toBeGreaterThanOrEqual(50);
    expect(started).toBeLessThanOrEqual(60);
    await expect.poll(() => secondsLeft(page), poll).toBeLessThan(started);
    await page.keyboard.press('t');
    // Paused: the timer says so, and its digits are the time left when paused (no clock drives them).
    await expect.poll(() => page.locator(tid('timer')).getAttribute('data-state'), poll).toBe('paused');
    const paused = await readText(page, 'timer-left');
    await visible(page, tid('timer-toggle'));
    expect(await page.locator(tid('timer-toggle')).textContent()).toBe('Start');
    expect(await readText(page, 'timer-left')).toBe(paused);
    // A length starts it again from that length.
    await page.locator(tid('timer-length')).selectOption('30');
    await expect.poll(() => page.locator(tid('timer')).getAttribute('data-state'), poll).toBe('running');
    const thirty = await secondsLeft(page);
    expect(thirty).toBeGreaterThanOrEqual(25);
    expect(thirty).toBeLessThanOrEqual(30);
    await expect.poll(() => secondsLeft(page), poll).toBeLessThan(thirty);
    expect(errors).toEqual([]);
  });

  test('Reset all undoes every change and goes back to the start; notes and help are one key away', async () => {
    const { page, errors } = await openApp('lang=en&autoplay=0&scenario=cpu-overcommit&lens=cpu');
    const digest0 = await readText(page, 'state-digest');
    for (let i = 0; i < 5; i++) await page.locator(tid('step-forward')).click();
    await page.locator('#tab-overview').click();
    await page.locator('[data-sel="vm-0"]').click();
    await page.locator(tid('inspector')).getByRole('button', { name: 'Stop' }).click();
    await expect.poll(() => readText(page, 'state-digest'), poll).not.toBe(digest0);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('r');
    await settled(page, 0);
    await expect.poll(() => readText(page, 'state-digest'), poll).toBe(digest0);
    expect(await page.locator(tid('notice')).first().textContent()).toContain('back at its start');

    await page.keyboard.press('n');
    await visible(page, tid('notes-body'));
    expect(await page.locator(tid('note-lens-overview')).textContent()).toContain('What to ask');
    expect(await page.locator(tid('note-preset-cpu-overcommit')).textContent()).toContain('Common misconceptions');
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => (document.documentElement.dataset['printing'] = 'notes'));
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await page.locator(tid('notes-print')).isVisible()).toBe(false);
    expect(await page.locator(tid('note-lens-overview')).isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    await page.locator(tid('dialog-close')).click();
    // Shortcuts wait while a dialog is open: press '?' once the notes are gone, then read the help once it is there.
    await expect.poll(() => page.locator(tid('notes-body')).count(), poll).toBe(0);

    await page.keyboard.press('?');
    const help = page.locator(tid('dialog-help'));
    await visible(page, tid('dialog-help'));
    for (const key of ['S', 'L', 'D', 'X', 'T', 'R', 'N', 'K']) await expect.poll(() => help.locator('kbd', { hasText: new RegExp(`^${key}$`) }).count(), poll).toBe(1);
    expect(await help.locator(tid('tool-keys')).textContent()).toContain('Esc');
    expect(errors).toEqual([]);
  });

  test('names out of sight stay names: the projector tool bar is icons only, a phone on its side hides the word "Scenario"', async () => {
    const hidden = (page: Page, sel: string): Promise<boolean> =>
      page.locator(sel).evaluate((el) => el.classList.contains('visually-hidden') && el.getBoundingClientRect().width <= 1);
    const a = await openApp('lang=en&theme=projector&autoplay=0', { viewport: { width: 1280, height: 720 } });
    await expect.poll(() => hidden(a.page, `${tid('tool-btn-notes')} > span`), poll).toBe(true);
    expect(await a.page.getByRole('button', { name: 'Notes', exact: true }).getAttribute('data-testid')).toBe('tool-btn-notes');
    const b = await openApp('lang=en&autoplay=0', { viewport: { width: 1280, height: 720 } });
    expect(await hidden(b.page, `${tid('tool-btn-notes')} > span`)).toBe(false);
    const c = await openApp('lang=en&autoplay=0', { viewport: { width: 844, height: 390 }, touch: true });
    await expect.poll(() => hidden(c.page, '.scenario-select > span'), poll).toBe(true);
    expect(await c.page.getByRole('combobox', { name: 'Scenario', exact: true }).getAttribute('data-testid')).toBe('scenario');
    const d = await openApp('lang=en&autoplay=0', { viewport: { width: 390, height: 844 }, touch: true });
    expect(await hidden(d.page, '.scenario-select > span')).toBe(false);
    expect([...a.errors, ...b.errors, ...c.errors, ...d.errors]).toEqual([]);
  });

  test('in Korean: the notes, the help and the tool names', async () => {
    const { page, errors } = await openApp('lang=ko&autoplay=0&scenario=balloon&lens=memory');
    await page.locator(tid('tool-btn-notes')).click();
    await visible(page, tid('notes-body'));
    expect(await page.locator(tid('note-lens-memory')).textContent()).toContain('흔한 오개념');
    expect(await page.locator(tid('note-preset-balloon')).textContent()).toContain('벌룬');
    await page.locator(tid('notes-all')).check();
    await expect.poll(() => page.locator('[data-testid^=note-]').count(), poll).toBeGreaterThan(30);
    await page.locator(tid('dialog-close')).click();
    expect(await page.locator(tid('tool-btn-spotlight')).getAttribute('title')).toBe('스포트라이트 (S)');
    expect(errors).toEqual([]);
  });
});


describe('classroom panels are accessible (axe, WCAG 2.2 AA)', () => {
  for (const [lang, theme] of [
    ['ko', 'projector'],
    ['en', 'contrast'],
  ] as const) {
    test(`${lang} / ${theme}: checks, timer, notes, lessons and the lesson editor`, async () => {
      const { page, errors } = await openApp(`lang=${lang}&theme=${theme}&autoplay=0`);
      await page.locator(tid('tool-btn-checks')).click();
      await visible(page, tid('check-question'), 30_000);
      await page.locator(`${tid('check-question')} input[type=radio]`).first().check();
      await page.locator(tid('check-reveal')).click();
      await visible(page, tid('check-result'));
      await page.locator(tid('tool-btn-timer')).click();
      await visible(page, tid('timer'));
      expect(await violations(page, 'classroom:')).toEqual([]);
      await page.locator(tid('tool-btn-notes')).click();
      await visible(page, tid('notes-body'));
      expect(await violations(page, 'classroom:')).toEqual([]);
      await page.locator(tid('dialog-close')).click();
      await page.locator(tid('open-tours')).click();
      await visible(page, tid('dialog-tours'));
      expect(await violations(page, 'classroom:')).toEqual([]);
      await page.locator(tid('lesson-new')).click();
      await page.locator(tid('lesson-add-step')).click();
      await page.locator(tid('lesson-step-1-task')).selectOption('state');
      expect(await violations(page, 'classroom:')).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
});
