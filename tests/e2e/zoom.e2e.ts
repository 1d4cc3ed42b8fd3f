/**
 * Zoom and pan on the drawings: the Overview of `datacenter-32` (four hosts, 32 VMs) fits
 * its frame in one press and is read by zooming in; keys, buttons and Ctrl + wheel zoom;
 * a part of the drawing is still selected by a click at any scale; the same frame is on
 * the Network, Storage, Containers and Techniques drawings and the CPU, Memory and Cluster
 * canvases, in Korean on a phone too, and on the RAID, I/O path and GPU drawings, where + and Ctrl + wheel scale the drawing (its
 * transform changes) and Fit shows it whole again. The canvases (the CPU Gantt, the memory
 * frame grid, the migration page grid) zoom the same way and are redrawn sharp: their
 * backing store grows with the zoom. A slice clicked, or a frame pointed at, at 195 % is
 * the one it is at 100 %, and the Gantt's text grows with the zoom. The Gantt's text is
 * 14 px, and zoomed and panned sideways the chart keeps its pCPU labels at the frame's
 * left edge (a frozen first column), on a phone at their 100 % size. Pinch and Ctrl + wheel
 * come with their own chunk: a wheel sent before it is lost, so each test sends its one wheel
 * once the frame says its gestures are bound (data-gestures).
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { baseUrl, closeApp, closeApps, closeBrowser, collectErrors, gesturesBound, holdChunk, newContext, openApp, seekTo, selectThing, settled, tid, twoFrames, visible, waitForReady, whenStill } from './harness';

afterEach(closeApps);
afterAll(closeBrowser);

const poll = { timeout: 20_000, interval: 50 };
const zoomOf = async (page: Page, frame: string): Promise<number> => Number(await page.locator(tid(frame)).getAttribute('data-zoom'));
/**
 * The zoom a drawing opened at, once it holds: a drawing laid out to its frame (Network,
 * Overview, Storage) refits as its layout follows the frame's room, so its first zoom may
 * be passing.
 */
async function openedZoom(page: Page, frame: string): Promise<number> {
  const held = await whenStill(page, () => zoomOf(page, frame));
  if ('moving' in held) throw new Error(`${frame} never settles its zoom: ${held.moving.join(' then ')}`);
  return held.still;
}
/** Canvas pixels per CSS pixel of a canvas's backing store (its layout size is its style size). */
const density = (page: Page, canvas: string): Promise<number> => page.locator(tid(canvas)).evaluate((c) => (c as HTMLCanvasElement).width / parseFloat((c as HTMLCanvasElement).style.width));

/** Scroll the zoom frame so the canvas point (x, y) is in view, and return where it is on screen. */
async function onScreen(page: Page, frame: string, canvas: string, x: number, y: number): Promise<{ x: number; y: number }> {
  const z = await zoomOf(page, frame);
  await page.locator(tid(frame)).evaluate((f, p) => {
    f.scrollLeft = p.x - f.clientWidth / 2;
    f.scrollTop = p.y - f.clientHeight / 2;
  }, { x: x * z, y: y * z });
  await page.locator(tid(frame)).scrollIntoViewIfNeeded();
  const box = await page.locator(tid(canvas)).boundingBox();
  if (box === null) throw new Error(`no ${canvas}`);
  return { x: box.x + x * z, y: box.y + y * z };
}

describe('zoom and pan', () => {
  test('the zoom hint is read whole beside or under its buttons, never cut, and the bar stays in the lens frame (laptop in Korean, tablet: the touch hint)', async () => {
    const cases = [
      { q: 'scenario=memory-overcommit&lens=memory&lang=ko&tick=8000', viewport: { width: 1280, height: 800 }, touch: false },
      { q: 'scenario=basic&lens=overview&lang=ko&tick=8000', viewport: { width: 1280, height: 800 }, touch: false },
      { q: 'scenario=memory-overcommit&lens=memory&lang=en&tick=8000', viewport: { width: 768, height: 1024 }, touch: true },
      { q: 'scenario=bt-vs-para-vs-hw&lens=techniques&lang=ko&tick=8000', viewport: { width: 768, height: 1024 }, touch: true },
    ];
    for (const c of cases) {
      const app = await openApp(`${c.q}&autoplay=0`, { viewport: c.viewport, touch: c.touch });
      const { page, errors } = app;
      await settled(page, 8000);
      await visible(page, '#lens-panel .zoom-help');
      // Each hint on screen: all its text inside its own box (no ellipsis), and its box inside the lens frame.
      const cut = await page.locator('#lens-panel .zoom-help').evaluateAll((hs) => {
        const lens = document.querySelector('#lens-panel')?.getBoundingClientRect();
        return hs
          .filter((h) => h.checkVisibility())
          .filter((h) => h.scrollWidth > h.clientWidth + 1 || (lens !== undefined && h.getBoundingClientRect().right > lens.right + 1))
          .map((h) => `${h.textContent ?? ''}: ${h.scrollWidth} px of text in ${h.clientWidth} px`);
      });
      expect(cut, c.q).toEqual([]);
      // The first picture's zoom bar ends inside the lens frame on screen (a taller bar is taken off the picture's room).
      const over = await page.evaluate(() => {
        const lens = document.querySelector('#lens-panel')?.getBoundingClientRect();
        const area = document.querySelector('.workspace')?.getBoundingClientRect();
        const bar = document.querySelector('#lens-panel .zoom-bar')?.getBoundingClientRect();
        return lens === undefined || bar === undefined ? null : bar.bottom - Math.min(lens.bottom, area?.bottom ?? innerHeight, innerHeight);
      });
      expect(over, c.q).not.toBeNull();
      expect(over ?? 0, c.q).toBeLessThanOrEqual(1);
      // A touch screen names the two gestures only (no wheel, no keys).
      const hint = (await page.locator('#lens-panel .zoom-help').first().textContent()) ?? '';
      if (c.touch) expect(hint).toMatch(/^(Pinch to zoom, drag to move|두 손가락으로 확대·축소, 끌어서 이동)$/);
      else expect(hint).toContain('Ctrl');
      expect(errors).toEqual([]);
      await closeApp(app);
    }
  });

  test('datacenter-32: Fit shows the whole data centre, zooming in makes it readable, clicks still select', async () => {
    const { page, errors } = await openApp('scenario=datacenter-32&lang=en&autoplay=0&tick=6000', { viewport: { width: 1280, height: 800 } });
    await settled(page, 6000);
    const frame = page.locator(tid('overview-zoom'));
    // At 100 % the drawing is taller than its frame: the data centre does not fit.
    const sizes = () => frame.evaluate((f) => ({ frameH: f.clientHeight, frameW: f.clientWidth, drawnH: f.scrollHeight, drawnW: f.scrollWidth }));
    const before = await sizes();
    expect(before.drawnH).toBeGreaterThan(before.frameH * 2);

    await page.locator(tid('zoom-fit')).first().click();
    await expect.poll(() => zoomOf(page, 'overview-zoom'), poll).toBeLessThan(0.5);
    const fitted = await sizes();
    expect(fitted.drawnH).toBeLessThanOrEqual(fitted.frameH + 1);
    expect(fitted.drawnW).toBeLessThanOrEqual(fitted.frameW + 1);
    expect(await page.locator(tid('zoom-level')).first().textContent()).toBe(`${Math.round((await zoomOf(page, 'overview-zoom')) * 100)}\u00a0%`);

    // Keys on the focused frame: + zooms in by a quarter, 0 goes back to 100 %.
    const fit = await zoomOf(page, 'overview-zoom');
    await frame.focus();
    await page.keyboard.press('+');
    await expect.poll(() => zoomOf(page, 'overview-zoom'), poll).toBeCloseTo(fit * 1.25, 2);
    await page.keyboard.press('0');
    await expect.poll(() => zoomOf(page, 'overview-zoom'), poll).toBe(1);

    // Zoomed in to 200 % by the button, labels are twice their size, and a click on a VM still selects it.
    const label = page.locator('.overview-svg text', { hasText: 'vm-9' }).first();
    const h1 = (await label.boundingBox())?.height ?? 0;
    for (let i = 0; i < 3; i++) await page.locator(tid('zoom-in')).first().click();
    await expect.poll(() => zoomOf(page, 'overview-zoom'), poll).toBeCloseTo(1.953, 2);
    await label.scrollIntoViewIfNeeded();
    const h2 = (await label.boundingBox())?.height ?? 0;
    expect(h2 / h1).toBeGreaterThan(1.8);
    await selectThing(page, 'vm-8', 'VM vm-9');

    // Ctrl + wheel over the frame zooms out (a trackpad pinch arrives the same way), once the gestures are bound.
    await gesturesBound(page, tid('overview-zoom'));
    const box = await frame.boundingBox();
    if (box === null) throw new Error('no frame');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const z = await zoomOf(page, 'overview-zoom');
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, 200);
    await page.keyboard.up('Control');
    await expect.poll(() => zoomOf(page, 'overview-zoom'), poll).toBeLessThan(z);
    // The page itself was not zoomed by the browser.
    expect(await page.evaluate(() => window.visualViewport?.scale ?? 1)).toBe(1);
    expect(errors).toEqual([]);
  });

  test('Ctrl + wheel sent before the gestures\' code has come is lost; the frame says when they are bound (data-gestures), and a wheel then zooms', async () => {
    // The gestures' chunk held until released (a loaded machine: it comes after the first picture, and late).
    const context = await newContext({ viewport: { width: 1280, height: 800 } });
    const { release } = await holdChunk(context, 'ZoomGestures');
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${baseUrl()}?scenario=basic&lens=overview&lang=en&autoplay=0&tick=2000`);
    await waitForReady(page, errors);
    await settled(page, 2000);
    await visible(page, `${tid('overview-zoom')} svg`);
    const frame = page.locator(tid('overview-zoom'));
    const z0 = await openedZoom(page, 'overview-zoom');
    const wheel = async (): Promise<void> => {
      const box = await frame.boundingBox();
      if (box === null) throw new Error('no frame');
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.keyboard.down('Control');
      await page.mouse.wheel(0, -200);
      await page.keyboard.up('Control');
    };
    expect(await frame.getAttribute('data-gestures')).toBeNull();
    await wheel();
    await twoFrames(page);
    release();
    await gesturesBound(page, tid('overview-zoom'));
    // The early wheel did nothing, and nothing will: a test polling the zoom after it would wait in vain.
    expect(await zoomOf(page, 'overview-zoom')).toBe(z0);
    await wheel();
    await expect.poll(() => zoomOf(page, 'overview-zoom'), poll).toBeGreaterThan(z0);
    expect(await page.evaluate(() => window.visualViewport?.scale ?? 1)).toBe(1);
    expect(errors).toEqual([]);
  });

  test('datacenter-32: a host out of view keeps what it showed; scrolled into view it shows the world at the tick on screen', async () => {
    const query = 'scenario=datacenter-32&lang=en&autoplay=0&debug=1';
    const viewport = { width: 1280, height: 800 };
    const { page, errors } = await openApp(`${query}&tick=3000`, { viewport });
    await settled(page, 3000);
    const hosts = page.locator('.overview-svg .host-panel');
    const last = hosts.last();
    // What runs on each of its pCPUs, as their titles say.
    const running = (p: Page): Promise<string[]> => p.locator('.overview-svg .host-panel').last().locator('[data-sel^="pcpu-"] > title').allTextContents();
    const toBottom = async (p: Page): Promise<void> => {
      await p.locator(tid('overview-zoom')).evaluate((f) => (f.scrollTop = f.scrollHeight));
      await expect.poll(() => p.locator('.overview-svg .host-panel').last().getAttribute('data-live'), poll).toBe('yes');
    };
    // At 100 % the last host is below the frame: its live parts are kept, the first host's are live.
    await expect.poll(() => last.getAttribute('data-live'), poll).toBe('kept');
    expect(await hosts.first().getAttribute('data-live')).toBe('yes');
    const at3000 = await running(page);
    expect(at3000.length).toBeGreaterThan(0);
    const firstHost = (p: Page): Promise<string[]> => p.locator('.overview-svg .host-panel').first().locator('[data-sel^="pcpu-"] > title').allTextContents();
    const firstAt3000 = await firstHost(page);
    await seekTo(page, 9000);
    // The drawing has taken tick 9000 (a host in view shows it), and the host out of view still shows tick 3000.
    await expect.poll(() => firstHost(page), poll).not.toEqual(firstAt3000);
    expect(await running(page)).toEqual(at3000);
    // Scrolled into view, it shows tick 9000: what a page opened at 9000 shows there.
    await toBottom(page);
    const shown = await running(page);
    const fresh = await openApp(`${query}&tick=9000`, { viewport });
    await settled(fresh.page, 9000);
    await toBottom(fresh.page);
    const expected = await running(fresh.page);
    expect(expected).not.toEqual(at3000);
    expect(shown).toEqual(expected);
    // Out of view again, a host still takes a new topology: a VM removed is no longer named on its pCPUs.
    await page.locator(tid('overview-zoom')).evaluate((f) => (f.scrollTop = 0));
    await expect.poll(() => last.getAttribute('data-live'), poll).toBe('kept');
    const gone = /runs (vm-\d+) vCPU/.exec(shown.join('\n'))?.[1];
    expect(gone).toBeDefined();
    await page.evaluate((vm) => (window as unknown as { virtlab: { client: { command(c: unknown): Promise<unknown> } } }).virtlab.client.command({ type: 'removeVm', vm }), gone);
    await expect.poll(async () => (await running(page)).join('\n'), poll).not.toContain(`${gone} vCPU`);
    expect(await last.getAttribute('data-live')).toBe('kept');
    expect(errors).toEqual([]);
    expect(fresh.errors).toEqual([]);
  });

  test('every drawing has the frame, in Korean on a phone, and the page never scrolls sideways', async () => {
    const { page, errors } = await openApp('scenario=vlan-isolation&lang=ko&autoplay=0', { viewport: { width: 390, height: 844 }, touch: true });
    for (const [lens, preset, frame] of [
      ['network', 'vlan-isolation', 'net-zoom-frame'],
      ['storage', 'san-placement', 'storage-zoom'],
      ['containers', 'vm-vs-container', 'ct-zoom'],
      ['techniques', 'bt-vs-para-vs-hw', 'tq-zoom'],
      ['overview', 'datacenter-32', 'overview-zoom'],
      ['cpu', 'cpu-overcommit', 'cpu-zoom'],
      ['memory', 'memory-overcommit', 'memory-zoom'],
      ['cluster', 'live-migration', 'cl-zoom'],
    ] as const) {
      await page.goto(`${baseUrl()}?scenario=${preset}&lens=${lens}&lang=ko&autoplay=0&tick=6000`);
      await settled(page, 6000);
      await visible(page, tid(frame));
      expect(await page.locator(tid('zoom-fit')).first().textContent()).toBe('전체 보기');
      // Most drawings open at 100 %; the Storage one opens fitted to the phone (below 100 %).
      const z0 = await openedZoom(page, frame);
      await page.locator(tid('zoom-in')).first().click();
      await expect.poll(() => zoomOf(page, frame), poll).toBeCloseTo(z0 * 1.25, 2);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    }
    expect(errors).toEqual([]);
  });

  for (const [lens, preset, frame] of [
    ['storage', 'raid-striping', 'raid-zoom'],
    ['techniques', 'io-paths', 'io-zoom'],
    ['techniques', 'gpu-sharing', 'gpu-zoom-gpu-pass'],
  ] as const) {
    test(`${preset}: + and Ctrl + wheel zoom the drawing, Fit shows it whole`, async () => {
      const { page, errors } = await openApp(`scenario=${preset}&lens=${lens}&lang=en&autoplay=0&tick=6000`, { viewport: { width: 1280, height: 800 } });
      await settled(page, 6000);
      await visible(page, tid(frame));
      const pan = page.locator('.zoom-pan', { has: page.locator(tid(frame)) });
      const transform = () => pan.locator('.zoom-content').first().evaluate((e) => getComputedStyle(e).transform);
      const sizes = () => page.locator(tid(frame)).evaluate((f) => ({ frameW: f.clientWidth, drawnW: f.scrollWidth }));
      // It opens whole: as wide as its frame at most.
      const z0 = await zoomOf(page, frame);
      const open = await sizes();
      expect(open.drawnW).toBeLessThanOrEqual(open.frameW + 1);
      const t0 = await transform();
      await pan.locator(tid('zoom-in')).click();
      await expect.poll(() => zoomOf(page, frame), poll).toBeCloseTo(z0 * 1.25, 2);
      expect(await transform()).not.toBe(t0);
      // Ctrl + wheel over the drawing zooms in further (a trackpad pinch arrives the same way), once the gestures are bound.
      await gesturesBound(page, tid(frame));
      const box = await page.locator(tid(frame)).boundingBox();
      if (box === null) throw new Error('no frame');
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.keyboard.down('Control');
      await page.mouse.wheel(0, -200);
      await page.keyboard.up('Control');
      await expect.poll(() => zoomOf(page, frame), poll).toBeGreaterThan(z0 * 1.26);
      expect((await sizes()).drawnW).toBeGreaterThan(open.frameW + 1);
      // Fit: whole in its frame again, at the scale it opened at.
      await pan.locator(tid('zoom-fit')).click();
      await expect.poll(() => zoomOf(page, frame), poll).toBe(z0);
      expect(await transform()).toBe(t0);
      expect((await sizes()).drawnW).toBeLessThanOrEqual(open.frameW + 1);
      expect(await page.evaluate(() => window.visualViewport?.scale ?? 1)).toBe(1);
      expect(errors).toEqual([]);
    });
  }

  for (const [lens, preset, tick, frame, canvas] of [
    ['cpu', 'cpu-overcommit', 6000, 'cpu-zoom', 'cpu-gantt'],
    ['memory', 'memory-overcommit', 6000, 'memory-zoom', 'memory-grid'],
    ['cluster', 'live-migration', 7000, 'cl-zoom', 'cl-grid'],
  ] as const) {
    test(`${lens} canvas (${preset}): +, Ctrl + wheel and keys zoom it, its backing store follows (sharp), Fit and 100 % bring it back`, async () => {
      const { page, errors } = await openApp(`scenario=${preset}&lens=${lens}&lang=en&theme=projector&autoplay=0&tick=${tick}`, { viewport: { width: 1280, height: 720 } });
      await settled(page, tick);
      await visible(page, tid(canvas));
      const pan = page.locator('.zoom-pan', { has: page.locator(tid(frame)) });
      expect(await zoomOf(page, frame)).toBe(1);
      await expect.poll(() => density(page, canvas), poll).toBeGreaterThanOrEqual(1);
      const d0 = await density(page, canvas);
      // + : 125 %, drawn at 125 % (a canvas stretched by CSS alone would keep its pixels).
      await pan.locator(tid('zoom-in')).click();
      await expect.poll(() => zoomOf(page, frame), poll).toBe(1.25);
      await expect.poll(() => density(page, canvas), poll).toBeCloseTo(d0 * 1.25, 2);
      // Ctrl + wheel over the canvas zooms in further, and the store follows (at least the zoom), once the gestures are bound.
      await gesturesBound(page, tid(frame));
      await page.locator(tid(frame)).scrollIntoViewIfNeeded();
      const box = await page.locator(tid(frame)).boundingBox();
      if (box === null) throw new Error('no frame');
      // The middle of the frame's part on screen (a tall frame may run under the playback bar).
      await page.mouse.move(box.x + box.width / 2, (Math.max(box.y, 0) + Math.min(box.y + box.height, 600)) / 2);
      await page.keyboard.down('Control');
      await page.mouse.wheel(0, -200);
      await page.keyboard.up('Control');
      await expect.poll(() => zoomOf(page, frame), poll).toBeGreaterThan(1.26);
      const z = await zoomOf(page, frame);
      await expect.poll(async () => (await density(page, canvas)) / d0, poll).toBeGreaterThanOrEqual(z - 0.01);
      // Keys on the focused frame: 0 is 100 % (the store back to its size), three + are 195 %.
      await page.locator(tid(frame)).focus();
      await page.keyboard.press('0');
      await expect.poll(() => zoomOf(page, frame), poll).toBe(1);
      await expect.poll(() => density(page, canvas), poll).toBe(d0);
      for (let i = 0; i < 3; i++) await page.keyboard.press('+');
      await expect.poll(() => zoomOf(page, frame), poll).toBeCloseTo(1.953, 2);
      await expect.poll(() => density(page, canvas), poll).toBeCloseTo(d0 * 1.953, 2);
      // Fit: whole in its frame (100 % or less), drawn as at 100 %.
      await pan.locator(tid('zoom-fit')).click();
      await expect.poll(() => zoomOf(page, frame), poll).toBeLessThanOrEqual(1);
      await expect.poll(() => density(page, canvas), poll).toBe(d0);
      const fitted = await page.locator(tid(frame)).evaluate((f) => ({ frameW: f.clientWidth, drawnW: f.scrollWidth, frameH: f.clientHeight, drawnH: f.scrollHeight }));
      expect(fitted.drawnW).toBeLessThanOrEqual(fitted.frameW + 1);
      expect(fitted.drawnH).toBeLessThanOrEqual(fitted.frameH + 1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
      expect(errors).toEqual([]);
    });
  }

  test('cpu-overcommit on a projector: a Gantt slice clicked at 195 % is the one clicked at 100 %, and its text grows with the zoom', async () => {
    const { page, errors } = await openApp('scenario=cpu-overcommit&lens=cpu&lang=en&theme=projector&autoplay=0&tick=6000', { viewport: { width: 1280, height: 720 } });
    await settled(page, 6000);
    const gantt = page.locator(tid('cpu-gantt'));
    const inspector = page.locator(tid('inspector'));
    const w = await gantt.evaluate((c) => parseFloat((c as HTMLCanvasElement).style.width));
    // Rows from y = 4, as tall as the lens frame lets them grow (40 px at least on a projector): the middles of pCPU 0 and pCPU 1, near "now".
    await expect.poll(() => gantt.getAttribute('data-row-h'), poll).not.toBeNull();
    const rowH = Number(await gantt.getAttribute('data-row-h'));
    expect(rowH).toBeGreaterThanOrEqual(40);
    const a = { x: w - 30, y: 4 + rowH / 2 };
    const b = { x: w - 30, y: 4 + rowH * 1.5 };
    const clickAt = async (p: { x: number; y: number }): Promise<void> => {
      const at = await onScreen(page, 'cpu-zoom', 'cpu-gantt', p.x, p.y);
      await page.mouse.click(at.x, at.y);
    };
    // The chart draws on its next animation frame: click until the inspector explains the slice.
    await expect.poll(async () => (await clickAt(a), inspector.textContent()), poll).toMatch(/on pCPU 0 \(socket 0, core 0, thread 0\)/);
    const textA = await inspector.textContent();
    await clickAt(b);
    await expect.poll(() => inspector.textContent(), poll).toMatch(/on pCPU 1 \(socket 0, core 0, thread 1\)/);
    // Record the fonts the page's canvases draw with from here on (the chart redraws for the zoom below).
    await page.evaluate(() => {
      const seen = window as unknown as { vlFonts: string[] };
      seen.vlFonts = [];
      const proto = CanvasRenderingContext2D.prototype;
      const d = Object.getOwnPropertyDescriptor(proto, 'font');
      if (d?.get === undefined || d.set === undefined) return;
      const { get, set } = d;
      Object.defineProperty(proto, 'font', {
        configurable: true,
        get,
        set(v: string) {
          seen.vlFonts.push(v);
          set.call(this, v);
        },
      });
    });
    const d0 = await gantt.evaluate((c) => (c as HTMLCanvasElement).width / parseFloat((c as HTMLCanvasElement).style.width));
    // 195 %: the same point of the chart is the same slice.
    const pan = page.locator('.zoom-pan', { has: page.locator(tid('cpu-zoom')) });
    for (let i = 0; i < 3; i++) await pan.locator(tid('zoom-in')).click();
    await expect.poll(() => zoomOf(page, 'cpu-zoom'), poll).toBeCloseTo(1.953, 2);
    await clickAt(a);
    await expect.poll(() => inspector.textContent(), poll).toBe(textA);
    // Canvas text: the chart redrew its labels at 17 px (the projector's 14 px floor and more) on a
    // backing store 1.95 times as dense, so on screen they are over twice 14 px, and sharp.
    await expect.poll(() => page.evaluate(() => (window as unknown as { vlFonts: string[] }).vlFonts.some((f) => f.startsWith('17px'))), poll).toBe(true);
    const d1 = await gantt.evaluate((c) => (c as HTMLCanvasElement).width / parseFloat((c as HTMLCanvasElement).style.width));
    expect(d1 / d0).toBeCloseTo(1.953, 1);
    expect(17 * (await zoomOf(page, 'cpu-zoom'))).toBeGreaterThan(2 * 14);
    expect(errors).toEqual([]);
  });

  for (const s of [
    { name: 'phone 390x844', viewport: { width: 390, height: 844 }, touch: true, lang: 'ko' },
    { name: 'laptop 1280x800', viewport: { width: 1280, height: 800 }, touch: false, lang: 'en' },
  ] as const) {
    test(`cpu-overcommit on a ${s.name}: the Gantt's text is 14 px; zoomed to 195 % and panned, its pCPU labels stay at the frame's left edge, over the slices`, async () => {
      const { page, errors } = await openApp(`scenario=cpu-overcommit&lens=cpu&lang=${s.lang}&autoplay=0&tick=6000`, s);
      await settled(page, 6000);
      await visible(page, tid('cpu-gantt'));
      const gantt = page.locator(tid('cpu-gantt'));
      const frame = page.locator(tid('cpu-zoom'));
      await expect.poll(() => gantt.getAttribute('data-pin-x'), poll).toBe('0.0');
      // Record the fonts the chart draws with from here on, and have it redraw at 100 % (a key moves its cursor).
      await page.evaluate(() => {
        const seen = window as unknown as { vlFonts: string[] };
        seen.vlFonts = [];
        const d = Object.getOwnPropertyDescriptor(CanvasRenderingContext2D.prototype, 'font');
        if (d?.get === undefined || d.set === undefined) return;
        const { get, set } = d;
        Object.defineProperty(CanvasRenderingContext2D.prototype, 'font', { configurable: true, get, set(v: string) { seen.vlFonts.push(v); set.call(this, v); } });
      });
      await gantt.focus();
      await page.keyboard.press('ArrowDown');
      // Its text (the axis's, and the labels it draws) is 14 px (it was 12 px).
      const fonts = (): Promise<string[]> => page.evaluate(() => (window as unknown as { vlFonts: string[] }).vlFonts);
      await expect.poll(async () => (await fonts()).some((f) => f.startsWith('14px')), poll).toBe(true);
      expect((await fonts()).filter((f) => parseFloat(f) < 14)).toEqual([]);
      const pan = page.locator('.zoom-pan', { has: frame });
      for (let i = 0; i < 3; i++) await pan.locator(tid('zoom-in')).click();
      await expect.poll(() => zoomOf(page, 'cpu-zoom'), poll).toBeCloseTo(1.953, 2);
      await frame.scrollIntoViewIfNeeded();
      for (const share of [0.5, 1]) {
        const left = await frame.evaluate((f, k) => {
          f.scrollLeft = Math.round((f.scrollWidth - f.clientWidth) * k);
          return f.scrollLeft;
        }, share);
        expect(left).toBeGreaterThan(100);
        // Redrawn for the pan (a state the chart shows): the label column's left edge is the frame's, on screen.
        const column = () =>
          gantt.evaluate((c) => {
            const canvas = c as HTMLCanvasElement;
            const f = canvas.closest('.zoom-frame') as HTMLElement;
            const cr = canvas.getBoundingClientRect();
            const z = cr.width / canvas.offsetWidth;
            const x = Number(canvas.dataset.pinX);
            const w = Number(canvas.dataset.pinW);
            return { x, w, gap: cr.left + canvas.clientLeft * z + x * z - (f.getBoundingClientRect().left + f.clientLeft), screenW: w * z, frameW: f.clientWidth };
          });
        await expect.poll(async () => Math.abs((await column()).gap), poll).toBeLessThan(1);
        const col = await column();
        expect(col.x).toBeGreaterThan(0);
        // On a phone the pinned column narrows to its 100 % size: the slices keep over half the frame.
        if (s.touch) expect(col.screenW).toBeLessThan(col.frameW / 2);
        // What is drawn there: the labels (dark text) on the chart's background, and no slice's colour.
        const pixels = await gantt.evaluate((c, at) => {
          const canvas = c as HTMLCanvasElement;
          const ratio = canvas.width / parseFloat(canvas.style.width);
          const g = canvas.getContext('2d');
          if (g === null) return { coloured: -1, text: -1 };
          // Inside the column: right of its core brackets, left of its edge, over the four rows (y 4 to 4 + 2 cores of 60 + 5).
          const x0 = Math.round((at.x + 16) * ratio);
          const x1 = Math.round((at.x + at.w - 4) * ratio);
          const data = g.getImageData(x0, Math.round(6 * ratio), x1 - x0, Math.round(120 * ratio)).data;
          let coloured = 0;
          let text = 0;
          for (let i = 0; i < data.length; i += 4) {
            const [r, gr, b] = [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0];
            if (Math.max(r, gr, b) - Math.min(r, gr, b) > 40) coloured++;
            if (r + gr + b < 300) text++;
          }
          return { coloured, text };
        }, col);
        expect(pixels.coloured).toBe(0);
        expect(pixels.text).toBeGreaterThan(200);
      }
      // A click on a pinned label names no slice (it is not the slice under it).
      const box = await gantt.boundingBox();
      const col = await gantt.evaluate((c) => ({ x: Number((c as HTMLCanvasElement).dataset.pinX), w: Number((c as HTMLCanvasElement).dataset.pinW) }));
      const z = await zoomOf(page, 'cpu-zoom');
      if (box === null) throw new Error('no chart');
      await page.mouse.click(box.x + (col.x + col.w / 2) * z, box.y + 19 * z);
      expect(await page.locator(tid('inspector')).textContent()).not.toMatch(/pCPU 0 \(/);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(s.viewport.width);
      expect(errors).toEqual([]);
    });
  }

  test('memory-overcommit: the frame pointed at on the grid at 195 % is the one pointed at at 100 %', async () => {
    const { page, errors } = await openApp('scenario=memory-overcommit&lens=memory&lang=en&autoplay=0&tick=6000', { viewport: { width: 1280, height: 800 } });
    await settled(page, 6000);
    await visible(page, tid('memory-grid'));
    const cursor = page.locator(tid('memory-cursor'));
    const pointAt = async (x: number, y: number): Promise<void> => {
      const at = await onScreen(page, 'memory-zoom', 'memory-grid', x, y);
      await page.mouse.move(at.x, at.y);
    };
    await pointAt(60, 40);
    await expect.poll(() => cursor.textContent(), poll).toMatch(/^Frame 0x[0-9a-f]+:/);
    const textA = await cursor.textContent();
    await pointAt(200, 150);
    await expect.poll(() => cursor.textContent(), poll).not.toBe(textA);
    for (let i = 0; i < 3; i++) await page.locator('.zoom-pan', { has: page.locator(tid('memory-zoom')) }).locator(tid('zoom-in')).click();
    await expect.poll(() => zoomOf(page, 'memory-zoom'), poll).toBeCloseTo(1.953, 2);
    await pointAt(60, 40);
    await expect.poll(() => cursor.textContent(), poll).toBe(textA);
    expect(errors).toEqual([]);
  });
});
