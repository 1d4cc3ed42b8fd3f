/**
 * Every lens opens on something to see: on `basic` (one host, one array) the Storage and
 * Cluster lenses say plainly that this world has nothing for them and offer their lesson
 * presets (Storage first lists the host's local disk and whose I/O it serves); one click
 * loads the preset, as the scenario picker does, and the lens draws.
 * On a phone in Korean the lens tabs are one scrolling line (no label broken one
 * syllable per line) and the page never scrolls sideways.
 */
import { axe } from './axe';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { presets } from '../../src/engine';
import { encodeState } from '../../src/embed/shareState';
import { atRest, closeApps, closeBrowser, openApp, showLens, tid, visible } from './harness';

afterEach(closeApps);
afterAll(closeBrowser);

const poll = { timeout: 20_000, interval: 50 };

async function emptyCard(page: Page, lens: string): Promise<string> {
  const card = page.locator(`${tid('lens-empty')}[data-lens="${lens}"]`);
  await card.waitFor();
  return (await card.textContent()) ?? '';
}

describe('a lens with nothing to show', () => {
  test('Storage and Cluster on basic say so and open a lesson preset in one click', async () => {
    const { page, errors } = await openApp('scenario=basic&lang=en&autoplay=0');
    await showLens(page, 'storage');
    // basic's SAN has one array (the Overview draws it): the card says so, never "no SAN".
    const card = await emptyCard(page, 'storage');
    expect(card).toContain('This scenario’s SAN has one storage array, array-a, and every volume is on it');
    expect(card).not.toContain('no SAN');
    await expect.poll(() => page.locator(tid('storage-one-array')).textContent(), poll).toMatch(/^The SAN’s one array, array-a · rack-1: \d+\sof 4096\sGiB used, by web-1-disk, db-1-disk, batch-1-disk\.$/);
    expect(await page.locator(tid('lens-storage')).count()).toBe(0);

    await showLens(page, 'cluster');
    expect(await emptyCard(page, 'cluster')).toContain('only one host');
    // "Show this lens anyway" shows the lens on this world; focus stays on the lens's tab.
    await page.locator(tid('lens-empty-anyway')).click();
    await visible(page, tid('lens-cluster'));
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-cluster');

    await showLens(page, 'storage');
    await page.locator(tid('lens-empty-preset-array-failure')).click();
    // The preset loads as from the scenario picker: the picker says so and the SAN is drawn.
    await expect.poll(() => page.locator(tid('scenario')).inputValue(), poll).toBe('array-failure');
    await visible(page, `${tid('lens-storage')} .storage-svg`);
    expect(await page.locator(tid('lens-empty')).count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-storage');

    // Back on a one-host world, Cluster offers its presets again, and one of them draws hosts.
    await page.locator(tid('scenario')).selectOption('basic');
    await showLens(page, 'cluster');
    expect(await emptyCard(page, 'cluster')).toContain('Open a lesson preset that uses it');
    await page.locator(tid('lens-empty-preset-drs-balance')).click();
    await visible(page, tid('cl-host-host-3'));
    expect(errors).toEqual([]);
  });

  test('Storage on a one-array world with no volume yet says so, in en and ko: never "every volume is on it" nor "used, by —"', async () => {
    // basic with its VMs' disks taken off: one array, nothing on it (an edit a student can make).
    const basic = presets['basic'];
    if (basic === undefined) throw new Error('no basic preset');
    const scenario = { ...basic, vms: basic.vms.map((vm) => ({ ...vm, disks: [] })), volumes: [] };
    for (const [lang, why, partial] of [
      ['en', 'This scenario’s SAN has one storage array, array-a, and no volume on it yet', /^The SAN’s one array, array-a · rack-1: 4096\sGiB, with no volume on it yet\.$/],
      ['ko', '이 시나리오의 SAN에는 스토리지 어레이가 array-a 하나뿐이고 아직 볼륨이 없습니다', /^SAN의 하나뿐인 어레이 array-a · rack-1: 4096\sGiB, 아직 볼륨이 없습니다\.$/],
    ] as const) {
      const state = encodeState({ preset: 'basic', scenario, seed: basic.seed, log: [], tick: 0, lens: 'storage', selection: null, speed: 1, theme: 'default', lang, playing: false });
      const { page, errors } = await openApp(`state=${state}`);
      const card = await emptyCard(page, 'storage');
      expect(card).toContain(why);
      expect(card).not.toMatch(/every volume|모든 볼륨|—/);
      await expect.poll(() => page.locator(tid('storage-one-array')).textContent(), poll).toMatch(partial);
      expect(errors).toEqual([]);
    }
  });

  test('Storage on basic lists the host\'s local disk, its I/O rate and latency and who uses it, above the lesson presets', async () => {
    const { page, errors } = await openApp('scenario=basic&lang=en&lens=storage&autoplay=0&tick=6000');
    await emptyCard(page, 'storage');
    const disk = page.locator(tid('storage-local-host-1'));
    await disk.waitFor();
    // basic's VMs all have volumes on array-a; its two bare-host containers use host-1's SSD.
    expect(await disk.getAttribute('data-containers')).toBe('api,cache');
    expect(await disk.getAttribute('data-vms')).toBe('');
    expect(Number(await disk.getAttribute('data-iops'))).toBeGreaterThan(0);
    expect(Number(await disk.getAttribute('data-ms'))).toBeGreaterThanOrEqual(0.5);
    expect(await disk.textContent()).toMatch(/host-1: \d+\sI\/O\/s, [\d.]+\sMiB\/s \(\d+\s% busy\), \d\.\d\d\sms per I\/O of its mean size; VMs: —; containers: api, cache/);
    // The offer stays: the storage lessons are still one click away.
    await visible(page, tid('lens-empty-preset-san-placement'));
    const { list, offer } = await atRest(page, async () => ({ list: await page.locator(tid('storage-partial')).boundingBox(), offer: await page.locator(tid('lens-empty-preset-san-placement')).boundingBox() }), 'the local disks\' list and the lesson presets');
    expect(list !== null && offer !== null && list.y < offer.y).toBe(true);
    expect(errors).toEqual([]);
  });

  test('the card is in Korean, with the presets keyboard operable', async () => {
    const { page, errors } = await openApp('scenario=basic&lang=ko&lens=storage&autoplay=0');
    expect(await emptyCard(page, 'storage')).toContain('이 시나리오의 SAN에는 스토리지 어레이가 array-a 하나뿐이고');
    await expect.poll(() => page.locator(tid('storage-one-array')).textContent(), poll).toMatch(/^SAN의 하나뿐인 어레이 array-a · rack-1: 4096\sGiB 중 \d+\sGiB 사용, 볼륨: web-1-disk, db-1-disk, batch-1-disk\.$/);
    const first = page.locator(tid('lens-empty-preset-san-placement'));
    await first.focus();
    await page.keyboard.press('Enter');
    await visible(page, `${tid('lens-storage')} .storage-svg`);
    expect(errors).toEqual([]);
  });
});

describe('accessibility of the card and the strip', () => {
  const SCREENS = [
    { q: 'lang=en&theme=default', viewport: { width: 1280, height: 800 }, touch: false },
    { q: 'lang=ko&theme=projector', viewport: { width: 1280, height: 720 }, touch: false },
    { q: 'lang=ko&theme=contrast', viewport: { width: 390, height: 844 }, touch: true },
  ];
  for (const s of SCREENS) {
    test(`${s.q} at ${s.viewport.width}x${s.viewport.height}: no axe violation on the Storage card`, async () => {
      const { page, errors } = await openApp(`scenario=basic&lens=storage&autoplay=0&${s.q}`, { viewport: s.viewport, touch: s.touch });
      await emptyCard(page, 'storage');
      const r = await axe(page).analyze();
      expect(r.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')} ${v.help}`)).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
});

describe('lens tabs on a phone', () => {
  test('390x844 in Korean: every tab is one line, the strip scrolls, the page does not', async () => {
    const { page, errors } = await openApp('lang=ko&autoplay=0', { viewport: { width: 390, height: 844 }, touch: true });
    const tabs = page.getByRole('tab');
    await tabs.first().waitFor();
    // Read once the strip holds: each tab's lines and height, the page's width and whether the strip scrolls.
    const strip = page.getByRole('tablist');
    const read = async () => ({
      lines: await tabs.evaluateAll((els) =>
        els.map((el) => {
          const range = document.createRange();
          range.selectNodeContents(el);
          const text = range.getBoundingClientRect().height;
          const cs = getComputedStyle(el);
          const line = cs.lineHeight === 'normal' ? parseFloat(cs.fontSize) * 1.4 : parseFloat(cs.lineHeight);
          return { id: el.id, lines: Math.round(text / line), height: el.getBoundingClientRect().height };
        }),
      ),
      pageWidth: await page.evaluate(() => document.documentElement.scrollWidth),
      stripScrolls: await strip.evaluate((el) => el.scrollWidth > el.clientWidth),
    });
    const at = await atRest(page, read, 'the lens tabs');
    for (const l of at.lines) {
      expect(l.lines, l.id).toBe(1);
      expect(l.height, l.id).toBeGreaterThanOrEqual(24);
    }
    expect(at.pageWidth).toBeLessThanOrEqual(390);
    // The strip holds more than the screen: choosing the last tab by keys scrolls it into view.
    expect(at.stripScrolls).toBe(true);
    await page.locator('#tab-overview').focus();
    await page.keyboard.press('End');
    await expect.poll(() => page.locator('#tab-cluster').getAttribute('aria-selected'), poll).toBe('true');
    await expect
      .poll(() => page.locator('#tab-cluster').evaluate((el) => { const s = el.parentElement?.getBoundingClientRect(); const r = el.getBoundingClientRect(); return s !== undefined && r.left >= s.left - 1 && r.right <= s.right + 1; }), poll)
      .toBe(true);
    expect((await atRest(page, read, 'the lens tabs, the last one chosen')).pageWidth).toBeLessThanOrEqual(390);
    expect(errors).toEqual([]);
  });
});
