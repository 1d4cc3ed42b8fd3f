/**
 * The I/O paths tab of the Techniques lens, in real Chromium: the io-paths preset opens
 * on it; the drawing comes first and is the largest part; the three VMs' figures stand
 * side by side (exits per I/O: 6, 1 per batch of 8, none); switching a VM's path is a
 * command the engine takes (the figures and the event log follow), in English and Korean.
 * Every word in the drawing is whole, inside its box, at the screen's label floor, on a
 * phone, a projector and a laptop, and the figures under it fit the width (none scrolled sideways).
 * Screenshots go to /tmp/iopaths when IOPATHS_SHOTS is set.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { atRest, closeApps, closeBrowser, openApp, readText, settled, showLens, tid } from './harness';
import { labelsAtRest, under } from './labels';

const poll = { timeout: 15_000, interval: 50 };
const SHOTS = process.env.IOPATHS_SHOTS === undefined ? null : '/tmp/iopaths';

afterEach(closeApps);
afterAll(closeBrowser);

describe('I/O paths', () => {
  test('the preset opens on the drawing; figures side by side; switching a path changes them', async () => {
    const { page, errors } = await openApp('scenario=io-paths&lens=techniques&lang=en&autoplay=0&tick=6000&theme=projector', { viewport: { width: 1280, height: 720 } });
    await settled(page, 6000);
    await expect.poll(() => page.locator(tid('io-drawing')).isVisible(), poll).toBe(true);
    expect(await page.locator(tid('tq-tab-io')).getAttribute('aria-pressed')).toBe('true');
    if (SHOTS !== null) {
      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: `${SHOTS}/projector-1280x720.png` });
      await page.screenshot({ path: `${SHOTS}/projector-1280x720-full.png`, fullPage: true });
    }
    // Picture first: on a projector screen the drawing is whole in view and most of the lens there.
    const boxes = await atRest(page, async () => ({
      drawing: await page.locator(tid('io-drawing')).boundingBox(),
      lens: await page.locator(tid('lens-techniques')).boundingBox(),
      bar: await page.locator('.playback').first().boundingBox(),
    }), 'the drawing, the lens and the playback bar');
    const drawing = boxes.drawing!;
    const lens = boxes.lens!;
    const bar = boxes.bar?.y ?? 720;
    expect(drawing.y + drawing.height).toBeLessThanOrEqual(bar);
    const lensInView = lens.width * (Math.min(720, lens.y + lens.height) - lens.y);
    expect((drawing.width * drawing.height) / lensInView).toBeGreaterThan(0.5);
    expect(await readText(page, 'io-exits-vm-emulated')).toBe('6');
    expect(await readText(page, 'io-exits-vm-virtio')).toBe('0.125');
    expect(await readText(page, 'io-exits-vm-passthrough')).toBe('0');
    const us = (s: string): number => Number(/([\d.]+)\sµs/.exec(s)?.[1] ?? NaN);
    expect(us(await readText(page, 'io-cpu-vm-emulated'))).toBeGreaterThan(us(await readText(page, 'io-cpu-vm-virtio')));
    expect(us(await readText(page, 'io-latency-vm-virtio'))).toBeGreaterThan(us(await readText(page, 'io-latency-vm-passthrough')));
    // Switch the emulated VM to virtio: a command; the engine's figures and its log follow.
    await page.locator(tid('io-path-vm-emulated')).selectOption('virtio');
    await expect.poll(() => readText(page, 'io-exits-vm-emulated'), poll).toBe('0.125');
    await expect.poll(() => page.locator(tid('io-col-vm-emulated')).getAttribute('data-path'), poll).toBe('virtio');
    await expect.poll(() => page.locator('.event-feed').textContent(), poll).toContain('The I/O path of vm-emulated is now');
    // The CPU tab is one click away and still works.
    await page.locator(tid('tq-tab-cpu')).click();
    await expect.poll(() => page.locator(tid('tq-independent')).isVisible(), poll).toBe(true);
    // Passthrough refuses live migration, with the reason, and nothing moves.
    await showLens(page, 'cluster');
    await page.locator(tid('cl-mig-vm')).selectOption('vm-passthrough');
    await page.locator(tid('cl-mig-to')).selectOption('host-2');
    await page.locator(tid('cl-migrate')).click();
    await expect.poll(() => page.locator(tid('notice')).last().textContent(), poll).toContain('cannot be live-migrated');
    expect(errors).toEqual([]);
  });

  test('in Korean, on a phone', async () => {
    const { page, errors } = await openApp('scenario=io-paths&lens=techniques&lang=ko&autoplay=0&tick=3000', { viewport: { width: 390, height: 844 }, touch: true });
    await settled(page, 3000);
    await expect.poll(() => page.locator(tid('tq-tab-io')).textContent(), poll).toBe('I/O 경로');
    await expect.poll(() => readText(page, 'io-paths'), poll).toContain('에뮬레이션 장치');
    if (SHOTS !== null) await page.screenshot({ path: `${SHOTS}/ko-390x844.png`, fullPage: true });
    expect(errors).toEqual([]);
  });

  // Audit 16: a phone cut "게스트 드…", "virtio 백…", "IO…", "하이퍼바…" and "vm-passthrough" at the right; the projector
  // "hypervisor: b…" and "virtual functio…", and its "1 notification per 8" ran into the passthrough route.
  const SCREENS = [
    { name: 'phone 390x844', viewport: { width: 390, height: 844 }, touch: true, theme: 'default', floor: 11 },
    { name: 'projector 1280x720', viewport: { width: 1280, height: 720 }, touch: false, theme: 'projector', floor: 14 },
    { name: 'laptop 1280x800', viewport: { width: 1280, height: 800 }, touch: false, theme: 'default', floor: 11 },
  ] as const;
  for (const s of SCREENS) for (const lang of ['en', 'ko'] as const) {
    test(`${s.name}, ${lang}: every word in the drawing whole, inside its box, ${s.floor} px or more; the figures fit the width`, async () => {
      const { page, errors } = await openApp(`scenario=io-paths&lens=techniques&lang=${lang}&autoplay=0&tick=3000&theme=${s.theme}`, { viewport: s.viewport, touch: s.touch });
      await settled(page, 3000);
      await expect.poll(() => page.locator(tid('io-drawing')).isVisible(), poll).toBe(true);
      const ls = await labelsAtRest(page, '[data-testid="io-zoom"]');
      expect(ls.length).toBeGreaterThan(15);
      expect(ls.filter((l) => l.text.endsWith('…')).map((l) => l.text)).toEqual([]);
      expect(under(ls, s.floor)).toEqual([]);
      const fit = await atRest(page, () => page.evaluate(() => {
        const svg = document.querySelector('[data-testid="io-drawing"]')!;
        const frame = svg.closest('.zoom-frame')!;
        const f = frame.getBoundingClientRect();
        const r = (e: Element): DOMRect => e.getBoundingClientRect();
        const inside = (a: DOMRect, b: DOMRect): boolean => a.left >= b.left - 0.5 && a.right <= b.right + 0.5 && a.top >= b.top - 0.5 && a.bottom <= b.bottom + 0.5;
        // Each box's words inside the box.
        const spill = [...svg.querySelectorAll('g[data-box]')].filter((g) => !inside(r(g.querySelector('text')!), r(g.querySelector('rect')!)))
          .map((g) => `${g.querySelector('text')!.textContent} ${Math.round(r(g.querySelector('text')!).width)} px in ${Math.round(r(g.querySelector('rect')!).width)}`);
        // Every label inside the drawing, the drawing inside its frame.
        const out = [...svg.querySelectorAll('text')].filter((t) => t.checkVisibility() && !inside(r(t), r(svg))).map((t) => t.textContent);
        // The virtio note stops short of the passthrough column's route.
        const note = svg.querySelector('[data-path="virtio"] .io-note');
        const route = svg.querySelector('[data-path="passthrough"] .io-route');
        const noteRight = note !== null && note.checkVisibility() ? r(note).right : 0;
        return { spill, out, scrolls: frame.scrollWidth > frame.clientWidth + 1, svgRight: r(svg).right, frameRight: f.right, noteRight, route: route === null ? 0 : r(route).left };
      }), 'the drawing in its frame');
      expect(fit.spill).toEqual([]);
      expect(fit.out).toEqual([]);
      expect(fit.scrolls).toBe(false);
      expect(fit.svgRight).toBeLessThanOrEqual(fit.frameRight + 0.5);
      expect(fit.noteRight).toBeLessThan(fit.route);
      // The figures under the drawing fit the lens's width: nothing of them scrolled sideways out of sight in their frame.
      const figures = await atRest(page, () => page.locator(tid('io-table')).evaluate((table) => {
        const wrap = table.parentElement!;
        const right = wrap.getBoundingClientRect().right;
        const cut = [...table.querySelectorAll('th, td, dt, dd, select')].filter((c) => c.getBoundingClientRect().right > right + 0.5).map((c) => (c.textContent ?? '').slice(0, 20));
        return { hidden: wrap.scrollWidth - wrap.clientWidth, cut: cut.slice(0, 4) };
      }), 'the figures under the drawing');
      expect(figures).toEqual({ hidden: 0, cut: [] });
      expect(errors).toEqual([]);
    });
  }
});
