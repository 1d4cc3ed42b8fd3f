/**
 * The Storage lens's titles and the RAID grid's stripe labels on a 1280x720 projector, in real Chromium, en and ko:
 * raised to the projector's 14 px in a drawing fitted small, each array's title stays inside its box (under its top
 * edge, above its bar) and each rack's title inside its outline (above its first array), at rack-awareness; and in
 * the course tour's step 19 (RAID inside an array) each stripe label ends before the first disk's cells.
 * Positions are read in the drawing's own units (getBBox of the text's em box against the outlines' attributes).
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { closeApps, closeBrowser, openApp, settled, tid, visible, whenStill } from './harness';

afterEach(closeApps);
afterAll(closeBrowser);

const P = { viewport: { width: 1280, height: 720 } };

/** Each title that leaves its room: "name: text top..bottom, room top..bottom". */
function storageOverlaps(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const svg = document.querySelector('svg.storage-svg');
    if (svg === null) return ['no storage drawing'];
    const num = (el: Element | null | undefined, a: string): number => Number(el?.getAttribute(a));
    const isArray = (words: string): boolean => /^r\d-[ab] · /.test(words);
    const boxTops = [...svg.querySelectorAll('text')].filter((t) => isArray(t.textContent ?? '')).map((t) => num(t.parentElement?.querySelector('rect'), 'y'));
    for (const title of svg.querySelectorAll<SVGTextElement>('text')) {
      const words = title.textContent ?? '';
      const b = title.getBBox();
      // An array's title: the first rect of its group is the box, the second its bar.
      const group = title.parentElement;
      const rects = group === null ? [] : [...group.children].filter((c) => c.tagName === 'rect');
      if (isArray(words) && rects.length >= 2) {
        const top = num(rects[0], 'y');
        const bar = num(rects[1], 'y');
        if (b.y < top || b.y + b.height > bar) out.push(`${words}: ${b.y.toFixed(1)}..${(b.y + b.height).toFixed(1)}, box ${top}..bar ${bar}`);
      }
      // A rack's title: its group's one rect is the rack's outline; its first array starts under the title.
      if (/rack-\d$/.test(words) && rects.length === 1) {
        const top = num(rects[0], 'y');
        const rackX = num(rects[0], 'x');
        const below = Math.min(...boxTops.filter((y) => y > top));
        if (b.y < top || b.y + b.height > below || b.x < rackX) out.push(`${words}: ${b.y.toFixed(1)}..${(b.y + b.height).toFixed(1)}, rack ${top}..first array ${below}`);
      }
    }
    return out;
  });
}

/** Each stripe label that runs into the first disk's cells: "label: right end x, cells from x". */
function stripeOverlaps(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const grid = document.querySelector('[data-testid="raid-grid"]');
    if (grid === null) return ['no RAID grid'];
    const cells = [...grid.querySelectorAll('rect')].filter((r) => Number(r.getAttribute('height')) > 10).map((r) => Number(r.getAttribute('x')));
    const first = Math.min(...cells);
    const out: string[] = [];
    for (const label of grid.querySelectorAll<SVGTextElement>('text')) {
      const b = label.getBBox();
      if (b.x < first - 20 && b.x + b.width > first) out.push(`${label.textContent}: ends ${(b.x + b.width).toFixed(1)}, cells from ${first}`);
    }
    return out;
  });
}

describe('titles and labels clear of their outlines on the projector', () => {
  for (const lang of ['en', 'ko']) {
    test(`${lang}: rack-awareness's array and rack titles sit inside their boxes, under the edge and above the bar`, async () => {
      const { page, errors } = await openApp(`lang=${lang}&theme=projector&scenario=rack-awareness&lens=storage&autoplay=0`, P);
      await settled(page);
      await visible(page, 'svg.storage-svg');
      // Read once the fitted drawing has stopped changing (its rows follow its titles' size, which follows its fit).
      const read = await whenStill(page, () => storageOverlaps(page));
      expect(read).toEqual({ still: [] });
      expect(await page.locator('svg.storage-svg text').filter({ hasText: /^r\d-[ab] · / }).count()).toBe(6);
      expect(errors).toEqual([]);
    });

    test(`${lang}: course step 19's stripe labels end before the first disk's cells`, async () => {
      const { page, errors } = await openApp(`lang=${lang}&theme=projector&tour=course&step=19`, P);
      await visible(page, tid('raid-grid'));
      const read = await whenStill(page, () => stripeOverlaps(page));
      expect(read).toEqual({ still: [] });
      expect(errors).toEqual([]);
    });
  }
});
