/**
 * Inside a RAID array (the Storage lens, raid-striping preset), in real Chromium: the
 * drawing opens on the RAID-5 array; its latest write shows the small-write penalty
 * (1 logical write → 2 reads + 2 writes, two cells read then written), and while the guests boot
 * the sentence names every block of a whole-stripe I/O that the grid lights; failing a disk
 * shows it degraded, replacing it shows the rebuild progressing (reached by seeking, not
 * by waiting) at a rate whose time left agrees with the share done, and the SAN picture names
 * that disk rebuild at the same rate; a RAID-1 rebuild says it reads only the mirror; the page
 * never scrolls sideways, on a projector or a phone, in Korean too.
 * axe-core finds no WCAG violation in the section in any theme.
 * Screenshots go to /tmp/raid when RAID_SHOTS is set.
 */
import { mkdirSync } from 'node:fs';
import { axe } from './axe';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { atRest, closeApps, closeBrowser, openApp, readText, seekTo, settled, tid } from './harness';

const poll = { timeout: 15_000, interval: 50 };
const SHOTS = process.env.RAID_SHOTS === undefined ? null : '/tmp/raid';

afterEach(closeApps);
afterAll(closeBrowser);

const pageWidth = (page: Page): Promise<number> => page.evaluate(() => document.documentElement.scrollWidth);
/** The page's width once it holds (the drawing lays itself out again to the room it measures). */
const pageWidthAtRest = (page: Page): Promise<number> => atRest(page, () => pageWidth(page), 'the page\'s width');

/**
 * An array's load line in the SAN picture with its copy figures, wherever they are drawn: after
 * the busy figures, or up on the title line when the box is too narrow for both (the projector).
 */
async function arrayLoad(page: Page, id: string): Promise<string> {
  const copies = page.locator(tid(`storage-array-copies-${id}`));
  return `${await readText(page, `storage-array-load-${id}`)}${(await copies.count()) > 0 ? `  ${(await copies.first().textContent()) ?? ''}` : ''}`;
}

/**
 * The data blocks the grid lights for the latest write or read (cells "9 W", "11 R"; parity cells left out), and
 * the blocks its sentence names: "(block 6)" or "(blocks 9–11)", in any language.
 */
async function litAndNamed(page: Page, show: 'write' | 'read'): Promise<{ lit: number[]; named: number[] }> {
  await page.locator(tid(`raid-show-${show}`)).click();
  await expect.poll(() => page.locator(tid(`raid-show-${show}`)).getAttribute('aria-pressed'), poll).toBe('true');
  const cells = await page.locator('[data-testid^="raid-cell-"] text').allTextContents();
  const lit = cells.map((c) => /^(\d+)\s/.exec(c.trim())?.[1]).filter((c) => c !== undefined).map(Number).toSorted((a, b) => a - b);
  const m = /\(\D*(\d+)(?:–(\d+))?\)/.exec(await readText(page, `raid-${show}-count`));
  const [from, to] = [Number(m?.[1]), Number(m?.[2] ?? m?.[1])];
  return { lit, named: m === null ? [] : Array.from({ length: to - from + 1 }, (_, k) => from + k) };
}

async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS === null) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
  await page.screenshot({ path: `${SHOTS}/${name}-full.png`, fullPage: true });
  await page.locator(tid('raid-inside')).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: `${SHOTS}/${name}-inside.png` });
}

describe('inside a RAID array', () => {
  test('a RAID-5 small write is 2 reads + 2 writes; a failed disk is degraded, then rebuilt', async () => {
    const { page, errors } = await openApp('scenario=raid-striping&lens=storage&lang=en&autoplay=0&tick=10000&theme=projector&debug=1', { viewport: { width: 1280, height: 720 } });
    await settled(page, 10000);
    await expect.poll(() => page.locator(tid('raid-grid')).isVisible(), poll).toBe(true);
    expect(await page.locator(tid('raid-pick-raid5')).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => readText(page, 'raid-write-count'), poll).toContain('→ 2 reads + 2 writes');
    expect(await page.locator(tid('raid-cell-rw')).count()).toBe(2);
    expect(await readText(page, 'raid-state')).toContain('All 4 disks are healthy');
    const placed = await atRest(page, async () => ({
      width: await pageWidth(page),
      grid: await page.locator(tid('raid-grid')).boundingBox(),
      bar: await page.locator('.playback').first().boundingBox(),
    }), 'the page, the grid and the playback bar');
    expect(placed.width).toBeLessThanOrEqual(1280);
    // Picture first: on a projector the drawing is whole above the playback bar.
    const grid = placed.grid!;
    const bar = placed.bar?.y ?? 720;
    expect(grid.y + grid.height).toBeLessThanOrEqual(bar);
    await shot(page, 'projector-1280x720');
    // RAID-1 on the same work: one logical write is two writes, no read.
    await page.locator(tid('raid-pick-raid1')).click();
    await expect.poll(() => readText(page, 'raid-write-count'), poll).toContain('→ 0 reads + 2 writes');
    await page.locator(tid('raid-pick-raid5')).click();
    // Fail disk 2: degraded, drawn on the disk.
    await page.locator(tid('raid-disk-pick')).selectOption('2');
    await page.locator(tid('raid-fail-disk')).click();
    await expect.poll(() => readText(page, 'raid-state'), poll).toContain('Degraded: disk 2 has failed');
    await expect.poll(() => page.locator(tid('raid-disk-2')).getAttribute('data-state'), poll).toBe('failed');
    // Step on: reads of the failed disk's blocks are now rebuilt from the other disks.
    await seekTo(page, 11000);
    expect(await page.locator(tid('raid-disk-2')).getAttribute('data-state')).toBe('failed');
    await page.locator(tid('raid-show-read')).click();
    await shot(page, 'projector-degraded');
    // Replace it, then step the world on: the rebuild progresses.
    await page.locator(tid('raid-replace-disk')).click();
    await expect.poll(() => page.locator(tid('raid-disk-2')).getAttribute('data-state'), poll).toBe('rebuilding');
    await seekTo(page, 13000);
    await expect.poll(() => readText(page, 'raid-state'), poll).toMatch(/Rebuilding disk 2: [1-9]\d?\s% done/);
    // The rebuild's rate (throttled to the room the VMs leave; this array has room for about its 200 MiB/s per disk
    // maximum) and the time left at it agree with the share done: 2 GiB per disk.
    const pct = Number(/(\d+)\s% done/.exec(await readText(page, 'raid-state'))?.[1]);
    const rate = await readText(page, 'raid-rebuild-rate');
    const m = /The rebuild writes (\d+)\sMiB\/s to the new disk.*about (\d+)\ss left.*at most 200\sMiB\/s per disk; raid5 is (\d+)\s% busy now/.exec(rate);
    expect(m, rate).not.toBeNull();
    const [mibps, s, busy] = [Number(m?.[1]), Number(m?.[2]), Number(m?.[3])];
    expect(mibps).toBeGreaterThan(100);
    expect(mibps).toBeLessThanOrEqual(200);
    // The rate is shown rounded to 1 MiB/s, the share done rounded down to 1 %.
    expect(s).toBeGreaterThanOrEqual(Math.ceil(((1 - (pct + 1) / 100) * 2048) / (mibps + 0.5)));
    expect(s).toBeLessThanOrEqual(Math.ceil(((1 - pct / 100) * 2048) / (mibps - 0.5)));
    expect(busy).toBeLessThanOrEqual(80);
    // RAID-5 reads the three other disks of the set, each at the new disk's rate.
    expect(rate).toMatch(new RegExp(`each of the 3 other disks \\(${3 * mibps}\\sMiB/s read in all\\)`));
    expect(await readText(page, 'raid-state')).toContain('every other disk of the set (disks 0, 1, 3)');
    // The SAN picture names the array's own disk rebuild, at the panel's rate (no replica copy comes in).
    // The row and the panel render from their own snapshot subscriptions: wait for the row to show the panel's figure.
    await expect.poll(() => arrayLoad(page, 'raid5'), poll).toMatch(new RegExp(`⟳ disk 2 rebuild ${mibps}\\sMiB/s`));
    expect(await arrayLoad(page, 'raid5')).not.toContain('copies in');
    await shot(page, 'projector-rebuilding');
    // RAID-1 rebuilds from the mirror alone, and says so.
    await page.locator(tid('raid-pick-raid1')).click();
    await page.locator(tid('raid-disk-pick')).selectOption('2');
    await page.locator(tid('raid-fail-disk')).click();
    await expect.poll(() => readText(page, 'raid-state'), poll).toContain('Its mirror serves every read');
    await page.locator(tid('raid-replace-disk')).click();
    await expect.poll(() => readText(page, 'raid-state'), poll).toContain('reads only its mirror, disk 3');
    expect(await readText(page, 'raid-state')).not.toContain('every other');
    await seekTo(page, 14000);
    await expect.poll(() => readText(page, 'raid-rebuild-rate'), poll).toMatch(/The rebuild writes (\d+)\sMiB\/s to the new disk and reads as much from its mirror \(disk 3\) only/);
    const m1 = /The rebuild writes (\d+)\sMiB\/s/.exec(await readText(page, 'raid-rebuild-rate'));
    await expect.poll(() => arrayLoad(page, 'raid1'), poll).toContain(`⟳ disk 2 rebuild ${m1?.[1]}`);
    await expect.poll(() => page.locator('.event-feed').textContent(), poll).toContain('Disk 2 of raid5 replaced');
    expect(errors).toEqual([]);
  });

  test('desktop, and in Korean on a phone without sideways scrolling', async () => {
    const desk = await openApp('scenario=raid-striping&lens=storage&lang=en&autoplay=0&tick=10000', { viewport: { width: 1280, height: 800 } });
    await settled(desk.page, 10000);
    await expect.poll(() => desk.page.locator(tid('raid-grid')).isVisible(), poll).toBe(true);
    expect(await pageWidthAtRest(desk.page)).toBeLessThanOrEqual(1280);
    await shot(desk.page, 'desktop-1280x800');
    expect(desk.errors).toEqual([]);
    const { page, errors } = await openApp('scenario=raid-striping&lens=storage&lang=ko&autoplay=0&tick=10000', { viewport: { width: 390, height: 844 }, touch: true });
    await settled(page, 10000);
    await expect.poll(() => readText(page, 'raid-write-count'), poll).toContain('디스크 읽기 2번 + 쓰기 2번');
    await shot(page, 'ko-390x844');
    expect(await pageWidthAtRest(page)).toBeLessThanOrEqual(390);
    expect(errors).toEqual([]);
  });

  for (const lang of ['en', 'ko'] as const) test(`projector 1280x720 (${lang}): the grid and its zoom controls end inside the lens frame, not under its bottom edge`, async () => {
    const { page, errors } = await openApp(`lens=storage&scenario=raid-striping&lang=${lang}&theme=projector&autoplay=0&tick=3000`, { viewport: { width: 1280, height: 720 } });
    await settled(page, 3000);
    await page.locator(`${tid('raid-zoom')}[data-fitted]`).waitFor();
    const at = async () => page.evaluate(() => {
      const panel = document.querySelector('#lens-panel') as HTMLElement;
      const end = panel.getBoundingClientRect().top + panel.clientTop + panel.clientHeight - (parseFloat(getComputedStyle(panel).paddingBottom) || 0);
      const bar = document.querySelector('[data-testid="raid-zoom"] ~ .zoom-bar')?.getBoundingClientRect();
      return { under: Math.round((bar?.bottom ?? Infinity) - end), scrolled: panel.scrollTop };
    });
    // Once the frame has its room (measured after it opens), its zoom controls end above the lens frame's content end.
    await expect.poll(async () => (await at()).under, poll).toBeLessThanOrEqual(0);
    const held = await atRest(page, at, 'the grid\'s zoom controls in the lens frame');
    expect(held.under).toBeLessThanOrEqual(0);
    expect(held.scrolled).toBe(0);
    // The guests boot: their 64 KiB I/Os light a whole stripe, and the sentence names every block lit, not the first alone
    // (it said "block 9" beside cells 9, 10, 11 and P written).
    expect(await litAndNamed(page, 'write')).toEqual({ lit: [9, 10, 11], named: [9, 10, 11] });
    expect(await readText(page, 'raid-write-count')).toContain(lang === 'en' ? '(blocks 9–11) → 0 reads + 4 writes' : '(블록 9–11) → 디스크 읽기 0번 + 쓰기 4번');
    expect(await litAndNamed(page, 'read')).toEqual({ lit: [11, 12, 13], named: [11, 12, 13] });
    expect(errors).toEqual([]);
  });

  // One test per theme (each within the 45 s bound on a slow machine: the three in one test took 35.9 s of it when idle).
  for (const theme of ['default', 'projector', 'contrast']) {
    test(`axe finds nothing wrong with the drawing and its controls, in the ${theme} theme`, async () => {
      const { page } = await openApp(`scenario=raid-striping&lens=storage&lang=ko&autoplay=0&tick=10000&theme=${theme}`);
      await settled(page, 10000);
      await expect.poll(() => page.locator(tid('raid-grid')).isVisible(), poll).toBe(true);
      const r = await axe(page).include(tid('raid-inside')).analyze();
      expect(r.violations.map((v) => `${theme} ${v.id}: ${v.nodes[0]?.target.join(' ')} ${v.help}`)).toEqual([]);
    });
  }
});
