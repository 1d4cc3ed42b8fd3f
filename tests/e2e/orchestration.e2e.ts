/**
 * Containers at scale in real Chromium: the orchestration preset opens the Containers lens
 * on its "At scale" view, whole on a 1280x720 projector (nodes, gauge, history); a killed
 * replica restarts and the gauge is back to all available; a replica picked by click or
 * keyboard opens its container in the inspector; a replica tapped on a phone (or picked by
 * Enter) says its phase and why in words under its node, in English and in Korean; a rollout ends with every
 * replica on 2.0 with the available count held; in Korean on a phone nothing scrolls
 * sideways; axe finds no WCAG 2.2 AA violation in the view. States are reached by seeking and polling data-* attributes, never by waiting.
 * Screenshots go to /tmp/orch when ORCH_SHOTS is set.
 */
import { mkdirSync } from 'node:fs';
import { axe } from './axe';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { atRest, closeApps, closeBrowser, openApp, seekTo, settled, showLens, tid } from './harness';

const poll = { timeout: 15_000, interval: 50 };
const SHOTS = process.env.ORCH_SHOTS === undefined ? null : '/tmp/orch';

afterEach(closeApps);
afterAll(closeBrowser);

async function shot(page: { screenshot: (o: { path: string; fullPage?: boolean }) => Promise<unknown> }, name: string): Promise<void> {
  if (SHOTS === null) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
  await page.screenshot({ path: `${SHOTS}/${name}-full.png`, fullPage: true });
}

describe('containers at scale', () => {
  test('projector: the At scale view opens first and its picture is whole on screen', async () => {
    const { page, errors } = await openApp('scenario=orchestration&lens=containers&lang=en&autoplay=0&tick=20000&theme=projector', { viewport: { width: 1280, height: 720 } });
    await settled(page, 20_000);
    await expect.poll(() => page.locator(tid('orch-view')).count(), poll).toBe(1);
    expect(await page.locator(tid('ct-tab-scale')).getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator(tid('orch-node-node-2')).getAttribute('data-failed')).toBe('true');
    expect(await page.locator(tid('orch-pending')).textContent()).toContain('fits on none of 3 nodes');
    const ids = ['orch-gauge-web', 'orch-node-node-1', 'orch-node-node-3'];
    // Read once the view holds its layout (it measures its room after it opens).
    const boxes = await atRest(page, () => Promise.all(ids.map((id) => page.locator(tid(id)).boundingBox())), 'the gauge and the nodes');
    ids.forEach((id, i) => {
      const box = boxes[i] ?? null;
      expect(box !== null && box.y >= 0 && box.y + box.height <= 720, id).toBe(true);
    });
    await shot(page, 'projector-1280x720');
    const found = await axe(page).include(tid('orch-view')).analyze();
    expect(found.violations.map((x) => `${x.id}: ${x.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('projector: the history chart\'s axis words ("0", "60 s ago") sit beside and under the plot, on none of its bars or each other', async () => {
    const { page, errors } = await openApp('scenario=orchestration&lens=containers&lang=en&autoplay=0&tick=30000&theme=projector', { viewport: { width: 1280, height: 720 } });
    await settled(page, 30_000);
    await page.locator('.orch-history svg text').first().waitFor();
    // Read once the chart holds its layout (drawn to the width it measures).
    const hits = await atRest(page, () => page.evaluate(() => {
      const svg = document.querySelector('.orch-history svg');
      if (svg === null) return ['no chart'];
      const words = [...svg.querySelectorAll('text')].map((e) => ({ s: e.textContent ?? '', r: e.getBoundingClientRect() }));
      const bars = [...svg.querySelectorAll('rect')].map((e) => e.getBoundingClientRect()).filter((r) => r.height > 0.5);
      const meet = (a: DOMRect, b: DOMRect): boolean => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
      const out: string[] = [];
      for (const w of words) {
        if (bars.some((b) => meet(w.r, b))) out.push(`"${w.s}" on a bar`);
        for (const o of words) if (o !== w && o.s < w.s && meet(o.r, w.r)) out.push(`"${o.s}" on "${w.s}"`);
      }
      return out;
    }), 'the history chart\'s words and bars');
    expect(hits).toEqual([]);
    expect(errors).toEqual([]);
  });
  test('the history chart puts its newest sample at "now": in the first minute, each bar stands as many seconds ago as the axis says', async () => {
    const { page, errors } = await openApp('scenario=orchestration&lens=containers&lang=en&autoplay=0&tick=5000', { viewport: { width: 1280, height: 800 } });
    await settled(page, 5000);
    await page.locator('.orch-history svg rect').first().waitFor({ state: 'attached' });
    // In the chart's own units (its viewBox), so the scale it is drawn at does not matter.
    const read = await atRest(page, () => page.evaluate(() => {
      const svg = document.querySelector<SVGSVGElement>('.orch-history svg');
      const bars = [...(svg?.querySelectorAll('rect') ?? [])].map((r) => ({ x: r.x.baseVal.value, w: r.width.baseVal.value }));
      const now = [...(svg?.querySelectorAll('text') ?? [])].find((e) => e.textContent === 'now');
      return { n: bars.length, first: bars[0]?.x ?? 0, lastEnd: (bars.at(-1)?.x ?? 0) + (bars.at(-1)?.w ?? 0), step: (bars[1]?.x ?? 0) - (bars[0]?.x ?? 0), nowEnd: now?.x.baseVal[0]?.value ?? 0, width: svg?.viewBox.baseVal.width ?? 0 };
    }), 'the history chart\'s bars and axis');
    expect(read.n).toBeGreaterThanOrEqual(2);
    expect(read.n).toBeLessThanOrEqual(6);
    // The newest bar ends within one second's slot of the axis's "now" end; the oldest is n seconds to its left.
    expect(read.nowEnd - read.lastEnd).toBeGreaterThanOrEqual(0);
    expect(read.nowEnd - read.lastEnd).toBeLessThan(read.step);
    expect(read.first).toBeGreaterThan(read.width * 0.8);
    expect(errors).toEqual([]);
  });

  test('laptop: a killed replica restarts; a rollout ends on 2.0 with the available count held', async () => {
    const { page, errors } = await openApp('scenario=orchestration&lens=containers&lang=en&autoplay=0&tick=4000&debug=1', { viewport: { width: 1280, height: 800 } });
    await settled(page, 4000);
    const gauge = page.locator(tid('orch-gauge-web'));
    await expect.poll(() => gauge.getAttribute('data-available'), poll).toBe('3');
    await page.locator(tid('orch-pod-web-1')).click();
    await page.locator(tid('orch-kill')).click();
    await expect.poll(() => page.locator(tid('orch-reasons')).textContent(), poll).toContain('web-1 on node-1 killed');
    // The controller notices at its next pass (every 100 ms): the kubelet restarts it in place after its back-off.
    await seekTo(page, 4300);
    await expect.poll(() => page.locator(tid('orch-pod-web-1')).getAttribute('data-phase'), poll).toBe('Starting');
    expect(await page.locator(tid('orch-pod-web-1')).getAttribute('aria-label')).toContain('on node-1');
    await shot(page, 'laptop-killed');
    await seekTo(page, 5800);
    await expect.poll(() => page.locator(tid('orch-pod-web-1')).getAttribute('data-phase'), poll).toBe('Ready');
    expect(await gauge.getAttribute('data-available')).toBe('3');
    expect(await page.locator(tid('orch-reasons')).textContent()).toContain('restarts it in place');
    // The scripted rollout (30 s) is over by 40 s: all ten on 2.0, never fewer than ten available.
    await seekTo(page, 40_000);
    await expect.poll(() => gauge.getAttribute('data-version'), poll).toBe('2.0');
    await expect.poll(() => gauge.getAttribute('data-rolling'), poll).toBe('false');
    const versions = await page.locator('[data-testid^="orch-pod-"]').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-version')}:${e.getAttribute('data-phase')}`));
    expect(versions).toEqual(Array.from({ length: 10 }, () => '2.0:Ready'));
    expect(await page.locator(tid('orch-reasons')).textContent()).toContain('at least 10 were available throughout');
    await shot(page, 'laptop-rolled-out');
    expect(errors).toEqual([]);
  });

  test('a replica picked in the drawing (click, or Enter on the keyboard) opens its container in the inspector', async () => {
    const { page, errors } = await openApp('scenario=orchestration&lens=containers&lang=en&autoplay=0&tick=4000', { viewport: { width: 1280, height: 800 } });
    await settled(page, 4000);
    const inspector = page.locator(tid('inspector'));
    await page.locator(tid('orch-pod-web-1')).click();
    await expect.poll(() => page.locator(tid('orch-pod-web-1')).getAttribute('aria-pressed'), poll).toBe('true');
    await expect.poll(() => inspector.textContent(), poll).toContain('web-1');
    await page.locator(tid('orch-pod-web-2')).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => inspector.textContent(), poll).toContain('web-2');
    expect(await page.locator(tid('orch-pod-web-2')).getAttribute('aria-pressed')).toBe('true');
    expect(errors).toEqual([]);
  });

  // A replica's phase and its reason were a tooltip (title), which a phone never shows: a tap on the replica says them
  // in words under its node, and so does Enter on the keyboard.
  test('on a touch phone, tapping a replica says its phase and why under its node; Enter does too', async () => {
    const { page, errors } = await openApp('scenario=orchestration&lens=containers&lang=en&autoplay=0&tick=4000&debug=1', { viewport: { width: 390, height: 844 }, touch: true });
    await settled(page, 4000);
    const picked = page.locator(tid('orch-picked'));
    expect(await picked.count()).toBe(0);
    await page.locator(tid('orch-pod-web-1')).tap();
    // Said in the node's visible text (innerText: a title is none of it).
    await expect.poll(() => page.locator(tid('orch-node-node-1')).innerText(), poll).toContain('web-1 1.0: Ready');
    expect(await picked.isVisible()).toBe(true);
    expect(await page.locator(`${tid('orch-node-node-1')} ${tid('orch-picked')}`).count()).toBe(1);
    // Killed, it restarts in place: the line says Starting and the back-off, as the chip's tooltip did.
    await page.locator(tid('orch-kill')).tap();
    await seekTo(page, 4300);
    await expect.poll(() => picked.getAttribute('data-phase'), poll).toBe('Starting');
    expect(await picked.textContent()).toMatch(/^web-1 1\.0: Starting\. restart 1 in [\d.]+\s?s \(back-off\)$/);
    await page.locator(tid('orch-pod-web-2')).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => picked.textContent(), poll).toContain('web-2 1.0: Ready');
    expect(await picked.count()).toBe(1);
    expect(errors).toEqual([]);
  });

  test('in Korean, the picked replica\'s phase is said in Korean', async () => {
    const { page, errors } = await openApp('scenario=orchestration&lens=containers&lang=ko&autoplay=0&tick=20000', { viewport: { width: 390, height: 844 }, touch: true });
    await settled(page, 20_000);
    const pending = page.locator(`${tid('orch-pending')} [data-testid^="orch-pod-"]`).first();
    const id = ((await pending.getAttribute('data-testid')) ?? '').replace('orch-pod-', '');
    const version = await pending.getAttribute('data-version');
    await pending.tap();
    const picked = page.locator(tid('orch-picked'));
    await expect.poll(() => page.locator(tid('orch-pending')).innerText(), poll).toContain(`${id} ${version}: 대기 중.`);
    expect(await picked.textContent()).toContain('어디에도 들어가지 않습니다');
    expect(await picked.textContent()).not.toMatch(/Pending|fits/);
    expect(errors).toEqual([]);
  });

  test('every lens opens on the orchestration world without an error; the Containers lens keeps its other view', async () => {
    const { page, errors } = await openApp('scenario=orchestration&lens=overview&lang=en&autoplay=0&tick=32000', { viewport: { width: 1280, height: 800 } });
    await settled(page, 32_000);
    for (const lens of ['overview', 'cpu', 'memory', 'storage', 'techniques', 'network', 'cluster', 'containers']) await showLens(page, lens);
    await expect.poll(() => page.locator(tid('orch-view')).count(), poll).toBe(1);
    await shot(page, 'laptop-rollout');
    await page.locator(tid('ct-tab-compare')).click();
    await expect.poll(() => page.locator(tid('lens-containers')).getAttribute('data-tab'), poll).toBe('compare');
    expect(await page.locator(tid('orch-view')).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  test('in Korean on a phone: the view fits the screen', async () => {
    const { page, errors } = await openApp('scenario=orchestration&lens=containers&lang=ko&autoplay=0&tick=31000', { viewport: { width: 390, height: 844 }, touch: true });
    await settled(page, 31_000);
    await expect.poll(() => page.locator(tid('orch-view')).count(), poll).toBe(1);
    expect(await page.locator(tid('orch-gauge-web')).textContent()).toContain('롤아웃 중');
    const { wide, box } = await atRest(page, async () => ({
      wide: await page.evaluate(() => document.documentElement.scrollWidth),
      box: await page.locator(tid('orch-view')).boundingBox(),
    }), 'the page\'s width and the view');
    expect(wide).toBeLessThanOrEqual(390);
    expect(box !== null && box.x >= 0 && box.x + box.width <= 390).toBe(true);
    await shot(page, 'phone-ko');
    expect(errors).toEqual([]);
  });
});
