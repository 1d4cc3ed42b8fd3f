/**
 * Accessibility (WCAG 2.2 AA) with axe-core: every lens, in Korean and English, in the
 * default, projector and high-contrast themes, must have zero violations. The lens list
 * is read from the tab bar, so new lenses are covered as soon as they exist.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { closeApps, closeBrowser, openApp } from './harness';

afterEach(closeApps);
afterAll(closeBrowser);

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function lensIds(): Promise<string[]> {
  const { page } = await openApp('autoplay=0');
  const ids = await page.getByRole('tab').evaluateAll((tabs) => tabs.map((t) => t.id.replace(/^tab-/, '')));
  await closeApps();
  return ids;
}

describe('axe-core', async () => {
  const lenses = await lensIds();
  for (const lens of lenses) {
    for (const lang of ['en', 'ko']) {
      for (const theme of ['default', 'projector', 'contrast']) {
        test(`${lens} / ${lang} / ${theme}: no violations`, async () => {
          const { page, errors } = await openApp(`lens=${lens}&lang=${lang}&theme=${theme}&autoplay=0&tick=5000`);
          await page.waitForTimeout(800);
          const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
          const summary = result.violations.map((v) => `${v.id}: ${v.nodes.length} (${v.nodes[0]?.target.join(' ')}) ${v.help}`);
          expect(summary).toEqual([]);
          expect(errors).toEqual([]);
        });
      }
    }
  }
});
