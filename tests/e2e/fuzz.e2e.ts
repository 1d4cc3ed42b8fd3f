/**
 * A seeded UI fuzzer: thousands of random clicks, selections, key presses, drags and URL
 * changes across every lens and theme, with invariant checks on (debug=1). It passes only
 * with zero uncaught errors, zero console errors and no invariant violation. The seed and
 * the action list are printed on failure so a run can be replayed (FUZZ_SEED, FUZZ_ACTIONS).
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { createRng, nextFloat, nextInt, type RngState } from '../../src/engine';
import { baseUrl, closeApps, closeBrowser, openApp, waitForReady } from './harness';

afterEach(closeApps);
afterAll(closeBrowser);

const SEED = Number(process.env['FUZZ_SEED'] ?? 20261126);
const ACTIONS = Number(process.env['FUZZ_ACTIONS'] ?? 1500);
const KEYS = ['Space', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown', 'Tab', 'Shift+Tab', 'Enter', 'Escape', '+', '-', 'p', 'b', '?', 'k', 'x'];
const PARAMS = [
  'lang=ko', 'lang=en', 'theme=projector', 'theme=contrast', 'theme=default', 'speed=max', 'speed=0.25', 'speed=banana', 'autoplay=1', 'autoplay=0',
  'tick=1234', 'tick=-5', 'seed=7', 'scenario=datacenter-32', 'scenario=nope', 'embed=1', 'lens=__proto__', 'lens=overview', 'step=99', 'tour=x',
];
const CLICKABLE = 'button:visible:not([disabled]), [role=tab]:visible, [role=button]:visible, [role=slider]:visible, select:visible, input[type=radio]:visible, input[type=checkbox]:visible';

const pick = <T,>(rng: RngState, xs: readonly T[]): T => xs[nextInt(rng, 0, xs.length - 1)] as T;

async function randomUrl(rng: RngState, lenses: readonly string[]): Promise<string> {
  const parts = ['debug=1', `lens=${pick(rng, lenses)}`];
  for (let i = nextInt(rng, 0, 3); i > 0; i--) parts.push(pick(rng, PARAMS));
  return `${baseUrl()}?${parts.join('&')}`;
}

async function act(page: Page, rng: RngState, lenses: readonly string[], log: string[]): Promise<void> {
  const r = nextFloat(rng);
  if (r < 0.03) {
    const url = await randomUrl(rng, lenses);
    log.push(`goto ${url}`);
    await page.goto(url);
    await page.locator('[data-testid=app-ready]').waitFor({ state: 'attached', timeout: 15_000 });
    return;
  }
  if (r < 0.35) {
    const key = pick(rng, KEYS);
    log.push(`key ${key}`);
    await page.keyboard.press(key);
    return;
  }
  // A modal dialog takes the keyboard and the pointer: act inside it (as a person would).
  const dialog = page.locator('[role=dialog]:visible, dialog[open]');
  const scope = (await dialog.count()) > 0 ? dialog.last() : page.locator('body');
  const targets = scope.locator(CLICKABLE);
  const n = await targets.count();
  if (n === 0) return;
  const i = nextInt(rng, 0, n - 1);
  const el = targets.nth(i);
  const tag = await el.evaluate((e) => e.tagName.toLowerCase()).catch(() => '');
  log.push(`click #${i} ${tag}`);
  if (tag === 'select') {
    const values = await el.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    if (values.length > 0) await el.selectOption(pick(rng, values), { timeout: 1000 }).catch(() => undefined);
    return;
  }
  if (r > 0.95) {
    const box = await el.boundingBox();
    if (box !== null) {
      await page.mouse.move(box.x + 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width * nextFloat(rng), box.y + box.height / 2, { steps: 4 });
      await page.mouse.up();
    }
    return;
  }
  await el.click({ timeout: 1000 }).catch(() => undefined);
}

describe('UI fuzzer', () => {
  test(`survives ${ACTIONS} random actions (seed ${SEED})`, async () => {
    const { page, errors } = await openApp('debug=1&autoplay=1&lang=en');
    const lenses = await page.getByRole('tab').evaluateAll((tabs) => tabs.map((t) => t.id.replace(/^tab-/, '')));
    page.on('dialog', (d) => void d.dismiss());
    page.on('filechooser', () => undefined);
    const rng = createRng(SEED);
    const log: string[] = [];
    for (let k = 0; k < ACTIONS; k++) {
      await act(page, rng, lenses, log);
      if (errors.length > 0) break;
    }
    await waitForReady(page, errors);
    const invariants = await page.locator('[data-testid=notice]', { hasText: /Debug check failed|디버그 검사 실패/ }).count();
    const context = `seed ${SEED}; last actions:\n${log.slice(-15).join('\n')}`;
    expect(errors, context).toEqual([]);
    expect(invariants, context).toBe(0);
  }, 600_000);
});
