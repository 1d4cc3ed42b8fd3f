/**
 * Accessibility (WCAG 2.2 AA) with axe-core: every lens, in Korean and English, in the
 * default, projector and high-contrast themes, paused and while the simulation runs at
 * 1x (text, charts and controls change under the checker), must have zero violations.
 * `label-content-name-mismatch` (visible label text must be part of the accessible name)
 * is experimental in axe and switched on here; `target-size` comes with the 2.2 AA tag.
 * Each lens opens on a preset that gives it something to show. The lens list comes from
 * the lens folders, so a new lens is covered as soon as it exists.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { closeApps, closeBrowser, openApp, pause, readTick, settled, tid, visible } from './harness';
import { ROOT } from './server';
import { axe, EXTRA_RULES, violations } from './axe';

afterEach(closeApps);
afterAll(closeBrowser);

const THEMES = ['default', 'projector', 'contrast'] as const;
/** A preset that gives each lens something to show (others open on the default one). */
const PRESET: Record<string, string> = {
  cpu: 'cpu-overcommit',
  memory: 'memory-overcommit',
  storage: 'array-failure',
  network: 'vlan-isolation',
  techniques: 'bt-vs-para-vs-hw',
  containers: 'vm-vs-container',
  cluster: 'live-migration',
};

const views = join(ROOT, 'src', 'views');
const lenses = readdirSync(views).filter((d) => existsSync(join(views, d, 'lens.ts')));

describe('axe-core', () => {
  test('the lens list is read from the lens folders, and the extra rules really run', async () => {
    expect(lenses).toContain('overview');
    expect(lenses.length).toBeGreaterThanOrEqual(8);
    const { page } = await openApp('lang=en&autoplay=0');
    await settled(page, 0);
    const r = await axe(page).analyze();
    const ran = new Set([...r.passes, ...r.violations, ...r.incomplete].map((x) => x.id));
    for (const rule of [...EXTRA_RULES, 'color-contrast']) expect(ran).toContain(rule);
    // Best-practice rules stay out: the tags decide, the extra rules only add.
    expect(ran).not.toContain('region');
  });

  for (const lens of lenses) {
    for (const lang of ['en', 'ko']) {
      test(`${lens} / ${lang}: no violations in any theme, paused or running at 1x`, async () => {
        const scenario = PRESET[lens] === undefined ? '' : `&scenario=${PRESET[lens]}`;
        const { page, errors } = await openApp(`lens=${lens}&lang=${lang}&autoplay=0&tick=5000&speed=1${scenario}`);
        await settled(page, 5000);
        await visible(page, tid(`lens-${lens}`));
        const found: string[] = [];
        for (const theme of THEMES) {
          await page.locator(tid('theme')).selectOption(theme);
          await expect.poll(() => page.evaluate(() => document.documentElement.dataset['theme'])).toBe(theme);
          found.push(...(await violations(page, `${theme}, paused:`)));
          const t0 = await readTick(page);
          await page.locator(tid('play-toggle')).click();
          await expect.poll(() => readTick(page), { timeout: 10_000, interval: 50 }).toBeGreaterThan(t0);
          found.push(...(await violations(page, `${theme}, running:`)));
          await pause(page);
        }
        expect(found).toEqual([]);
        expect(errors).toEqual([]);
      });
    }
  }
});
