/**
 * No sideways page scroll: on a laptop, a projector and a phone, with the simulation at
 * the far end of its timeline (where the playback thumb sits at the right edge), the
 * page is never wider than the screen, on every lens.
 */
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { closeApps, closeBrowser, openApp, settled, showLens } from './harness';

afterEach(closeApps);
afterAll(closeBrowser);

const SCREENS = [
  { name: 'laptop 1280x800', viewport: { width: 1280, height: 800 }, touch: false, theme: 'default' },
  { name: 'projector 1280x720', viewport: { width: 1280, height: 720 }, touch: false, theme: 'projector' },
] as const;
const LENSES = ['overview', 'cpu', 'memory', 'storage', 'network', 'techniques', 'containers', 'cluster'];

describe('page width', () => {
  for (const s of SCREENS) {
    test(`${s.name}: no lens scrolls sideways`, async () => {
      const { page } = await openApp(`lang=en&autoplay=0&tick=5000&theme=${s.theme}`, { viewport: s.viewport, touch: s.touch });
      await settled(page, 5000);
      const wide: string[] = [];
      for (const lens of LENSES) {
        await showLens(page, lens);
        const w = await page.evaluate(() => document.documentElement.scrollWidth);
        if (w > s.viewport.width) wide.push(`${lens}: ${w} px`);
      }
      expect(wide).toEqual([]);
    });
  }
});
