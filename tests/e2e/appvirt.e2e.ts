/**
 * Application virtualization in the Overview, in real Chromium, drawn from the engine's
 * sandbox model: PhotoEdit 1.0 and 2.0 hold different values at the same path, each in
 * its own layer, while the OS layer below stays exactly as installed; a read falls
 * through to the OS where the sandbox has no copy; a write goes into the layer; removing
 * a sandbox discards its layer and the OS is still unchanged; an OS entry a sandbox's copy
 * hides says from which app in words, not in a tooltip. At 1280x720 on the
 * projector theme, opened with "more", the picture is whole above the playback bar; in Korean on a phone it
 * fits the screen; axe-core finds no WCAG violation in the panel in any theme. States are reached by ticks in the URL and commands, never by waiting.
 */
import { axe } from './axe';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { findCheck } from '../../src/checks';
import { atRest, closeApps, closeBrowser, openApp, readText, settled, tid, visible } from './harness';

const poll = { timeout: 15_000, interval: 50 };
afterEach(closeApps);
afterAll(closeBrowser);

const row = (page: Page, box: string, leaf: string) => page.locator(`${tid(`appv-layer-${box}`)} [data-path$="${leaf}"]`);
/** The boxes of the two sandboxes and the OS layer (by test id), read together. */
const layerBoxes = async (page: Page) => Object.fromEntries(await Promise.all(['appv-box-photo-v1', 'appv-box-photo-v2', 'appv-os'].map(async (id) => [id, await page.locator(tid(id)).boundingBox()] as const)));
const osSame = async (page: Page): Promise<string> => {
  const s = page.locator(tid('appv-os-state'));
  return `${await s.getAttribute('data-same')}/${await s.getAttribute('data-n')}`;
};

describe('application virtualization', () => {
  // Audit 17, 17: the full paths were only the rows' titles (hover), which a touch screen cannot show.
  for (const lang of ['en', 'ko'] as const) test(`every shortened path is written in full on the page, no title (tablet 768x1024, ${lang})`, async () => {
    const { page, errors } = await openApp(`scenario=app-virtualization&lens=overview&lang=${lang}&autoplay=0&tick=14000`, { viewport: { width: 768, height: 1024 }, touch: true });
    await settled(page, 14000);
    // The card opens folded to its gist on every screen (the drawing first): its paths are one tap away.
    await page.locator(tid('kinds-summary')).tap();
    await expect.poll(() => page.locator('.kinds-apps [data-path]').count(), poll).toBeGreaterThan(0);
    expect(await page.locator('.kinds-apps [title]').evaluateAll((els) => els.map((e) => e.getAttribute('title')))).toEqual([]);
    const full = page.locator(tid('appv-full-paths'));
    await expect.poll(() => full.isVisible(), poll).toBe(true);
    const written = (await full.textContent()) ?? '';
    const paths = await page.locator('.kinds-apps [data-path]').evaluateAll((els) => els.map((e) => e.getAttribute('data-path') ?? ''));
    const shortened = paths.filter((p) => p.split('\\').length > 2);
    expect(shortened.length).toBeGreaterThan(0);
    expect(shortened.filter((p) => !written.includes(p))).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('v1 and v2 hold different values at one path; reads fall through; a write stays in the layer; removal leaves the OS unchanged', async () => {
    const { page, errors } = await openApp('scenario=app-virtualization&lens=overview&lang=en&autoplay=0&tick=14000&theme=projector', { viewport: { width: 1280, height: 720 } });
    await settled(page, 14000);
    // On the projector the kinds card opens folded to one line over the host drawing (audit 17): "more" opens the layers.
    await page.locator(tid('kinds-summary')).click();
    await expect.poll(() => page.locator(tid('appv-os')).isVisible(), poll).toBe(true);
    await expect.poll(() => row(page, 'photo-v1', 'settings.ini').textContent(), poll).toContain('theme=light');
    expect(await row(page, 'photo-v2', 'settings.ini').textContent()).toContain('theme=dark');
    expect(await row(page, 'photo-v1', 'Version').textContent()).toContain('1.0');
    expect(await row(page, 'photo-v2', 'Version').textContent()).toContain('2.0');
    expect(await osSame(page)).toBe('5/5');
    // The picture is whole at 1280x720: both sandboxes and the OS layer above the playback bar.
    const { bar, boxes } = await atRest(page, async () => ({ bar: await page.locator(tid('play-toggle')).boundingBox(), boxes: await layerBoxes(page) }), 'the layers and the playback bar');
    for (const [id, b] of Object.entries(boxes)) {
      expect(b !== null && bar !== null && b.y >= 0 && b.y + b.height <= bar.y, id).toBe(true);
    }
    // A read of a path the sandbox has no copy of falls through to the OS.
    await page.locator(tid('appv-path-photo-v1')).selectOption('C:\\Windows\\Fonts\\malgun.ttf');
    await page.locator(tid('appv-readbtn-photo-v1')).click();
    await expect.poll(() => page.locator(tid('appv-read-photo-v1')).getAttribute('data-from'), poll).toBe('os');
    expect(await readText(page, 'appv-read-photo-v1')).toContain('Malgun Gothic 6.2');
    // A write of an OS file goes into v1's layer as its own copy; v2 and the OS keep theirs.
    await page.locator(tid('appv-write-photo-v1')).click();
    await expect.poll(() => row(page, 'photo-v1', 'malgun.ttf').textContent(), poll).toContain('PhotoEdit 1.0 #3');
    expect(await row(page, 'photo-v2', 'malgun.ttf').textContent()).toContain('Malgun Gothic 6.2');
    expect(await osSame(page)).toBe('5/5');
    // The OS's entry says in words whom v1's copy hides it from (it was a tooltip on a ◆, which no phone shows).
    await expect.poll(() => page.locator(tid('appv-os')).innerText(), poll).toContain('◆ hidden from PhotoEdit 1.0');
    const hidden = page.locator(tid('appv-hidden-from'));
    expect(await hidden.textContent()).toBe('◆ hidden from PhotoEdit 1.0');
    await expect.poll(() => hidden.isVisible(), poll).toBe(true);
    await page.locator(tid('appv-readbtn-photo-v1')).click();
    await expect.poll(() => page.locator(tid('appv-read-photo-v1')).getAttribute('data-from'), poll).toBe('layer');
    // Removing v2 discards its layer; v1 keeps its own; the OS is exactly as installed.
    await page.locator(tid('appv-remove-photo-v2')).click();
    await expect.poll(() => readText(page, 'appv-removed-photo-v2'), poll).toContain('Nothing of it is left in the OS');
    expect(await row(page, 'photo-v1', 'settings.ini').textContent()).toContain('theme=light');
    expect(await osSame(page)).toBe('5/5');
    await expect.poll(() => page.locator('.event-feed').textContent(), poll).toContain('PhotoEdit 2.0 was removed: its sandbox layer (2 entries) was discarded');
    expect(errors).toEqual([]);
  });

  test('in Korean on a phone: both versions one above the other, the OS unchanged before and after a removal', async () => {
    const { page, errors } = await openApp('scenario=app-virtualization&lens=overview&lang=ko&autoplay=0&tick=14000', { viewport: { width: 390, height: 844 }, touch: true });
    await settled(page, 14000);
    // Folded to its one line on every screen (audit 43, F2): "more" shows the layers.
    await page.locator(tid('kinds-summary')).tap();
    await expect.poll(() => row(page, 'photo-v2', 'settings.ini').textContent(), poll).toContain('theme=dark');
    expect(await row(page, 'photo-v1', 'settings.ini').textContent()).toContain('theme=light');
    expect(await readText(page, 'appv-os-state')).toContain('5개 중 5개가 설치 당시 그대로');
    const pageWidth = (): Promise<number> => page.evaluate(() => document.documentElement.scrollWidth);
    const at = await atRest(page, async () => ({ boxes: await layerBoxes(page), pageWidth: await pageWidth() }), 'the layers');
    for (const [id, b] of Object.entries(at.boxes)) {
      expect(b !== null && b.x >= 0 && b.x + b.width <= 390, id).toBe(true);
    }
    expect(at.pageWidth).toBeLessThanOrEqual(390);
    // v2 writes its own copy of an OS file: the OS's entry says, in Korean and in words, that it is hidden from v2.
    await page.locator(tid('appv-path-photo-v2')).selectOption('C:\\Windows\\Fonts\\malgun.ttf');
    await page.locator(tid('appv-write-photo-v2')).tap();
    await expect.poll(() => page.locator(tid('appv-os')).innerText(), poll).toContain('◆ PhotoEdit 2.0에게는 가려짐');
    const hidden = page.locator(tid('appv-hidden-from'));
    expect(await hidden.textContent()).toBe('◆ PhotoEdit 2.0에게는 가려짐');
    await expect.poll(() => hidden.isVisible(), poll).toBe(true);
    const shown = await atRest(page, async () => ({ hb: await hidden.boundingBox(), pageWidth: await pageWidth() }), 'the OS entry\'s "hidden from" words');
    expect(shown.hb !== null && shown.hb.x >= 0 && shown.hb.x + shown.hb.width <= 390).toBe(true);
    expect(shown.pageWidth).toBeLessThanOrEqual(390);
    await page.locator(tid('appv-remove-photo-v1')).tap();
    await expect.poll(() => readText(page, 'appv-removed-photo-v1'), poll).toContain('OS에는 이 앱의 흔적이 남지 않았습니다');
    expect(await readText(page, 'appv-os-state')).toContain('5개 중 5개가 설치 당시 그대로');
    expect(await row(page, 'photo-v2', 'settings.ini').textContent()).toContain('theme=dark');
    expect(errors).toEqual([]);
  });

  test('the concept check: the answer the engine gives is accepted, and the reveal shows that read in the reader\'s sandbox', async () => {
    const { page, errors } = await openApp('lang=en&autoplay=0');
    await page.keyboard.press('k');
    await visible(page, tid('checks-panel'));
    await page.locator(tid('check-pick')).selectOption('kinds.sandboxRead');
    const q = page.locator(`${tid('check-question')}[data-check="kinds.sandboxRead"]`);
    await visible(page, `${tid('check-question')}[data-check="kinds.sandboxRead"]`, 30_000);
    const c = findCheck('kinds.sandboxRead')?.make(Number(await q.getAttribute('data-seed')));
    if (c === undefined) throw new Error('no check kinds.sandboxRead');
    await settled(page, c.world.tick);
    const reader = c.reveal.log[0]?.command;
    const box = reader?.type === 'sandboxRead' ? reader.sandbox : '';
    // The opening world holds the writer's write, in its layer only.
    const writer = c.world.log[0]?.command;
    const wbox = writer?.type === 'sandboxWrite' ? writer.sandbox : '';
    const leaf = String(c.question.params?.['path']).split('\\').at(-1) ?? '';
    await expect.poll(() => row(page, wbox, leaf).textContent(), poll).toContain(String(c.question.params?.['value']));
    await page.locator(tid(`check-choice-${c.answer}`)).check();
    await page.locator(tid('check-reveal')).click();
    await expect.poll(() => page.locator(tid('check-result')).getAttribute('data-correct'), poll).toBe('true');
    await settled(page, c.reveal.tick);
    await expect.poll(() => page.locator(tid(`appv-read-${box}`)).getAttribute('data-from'), poll).toBe(c.answer);
    expect(await osSame(page)).toBe('5/5');
    expect(errors).toEqual([]);
  });

  test('axe finds nothing wrong with the layers and their controls, in every theme', async () => {
    for (const theme of ['default', 'projector', 'contrast']) {
      const { page } = await openApp(`scenario=app-virtualization&lens=overview&lang=ko&autoplay=0&tick=25000&theme=${theme}`);
      await settled(page, 25000);
      // The card opens folded on every screen: "more" shows the layers (axe then checks the folded card's summary too).
      await page.locator(tid('kinds-summary')).click();
      await expect.poll(() => page.locator(tid('appv-os')).isVisible(), poll).toBe(true);
      const r = await axe(page).include(tid(theme === 'projector' ? 'kinds-panel' : 'appv-vm-office-pc')).analyze();
      expect(r.violations.map((v) => `${theme} ${v.id}: ${v.nodes[0]?.target.join(' ')} ${v.help}`)).toEqual([]);
    }
  });
});
