/**
 * The three kinds of virtualization in the Overview, in real Chromium: server
 * virtualization is named; VDI shows processing and data in the data centre and a thin
 * client left blank when its desktop stops. On a phone the VDI and application panels fit
 * the lens frame: nothing runs past it, the frame does not scroll sideways, and no word of
 * theirs is cut with "…". On the projector the card is its heading and one line over the host drawing,
 * which is in view with its hosts whole; the rest opens with "more". So is VDI's card on every screen. (Application
 * virtualization: appvirt.e2e.ts.)
 */
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { closeApps, closeBrowser, openApp, readText, settled, tid, whenStill } from './harness';

const poll = { timeout: 15_000, interval: 50 };
afterEach(closeApps);
afterAll(closeBrowser);

describe('kinds of virtualization', () => {
  test('server virtualization is named and explained', async () => {
    const { page, errors } = await openApp('scenario=server-virtualization&lang=en&autoplay=0');
    await settled(page);
    await expect.poll(() => readText(page, 'kinds-panel'), poll).toContain('server virtualization');
    expect(errors).toEqual([]);
  });

  test('VDI: processing and data in the data centre; a stopped desktop leaves its client blank', async () => {
    const { page, errors } = await openApp('scenario=vdi&lang=en&autoplay=0&tick=6000');
    await settled(page, 6000);
    // The card is folded under the drawing's first screen; its summary opens it.
    await page.locator(tid('kinds-summary')).click();
    const panel = page.locator(tid('kinds-vdi'));
    await expect.poll(() => panel.textContent(), poll).toContain('data here: 60\u00a0GiB virtual disk on vdi-array');
    await expect.poll(() => readText(page, 'kinds-cpu-desktop-1'), poll).toMatch(/processing here: \d+\s%/);
    const client = page.locator('[data-client="Lab PC 1"]');
    expect(await client.textContent()).toContain('shows the screen of desktop-1');
    await page.locator(tid('kinds-power-desktop-1')).click();
    await expect.poll(() => client.textContent(), poll).toContain('blank');
    expect(errors).toEqual([]);
  });

  // Audit 16: on a 390 px phone the VDI panel's three columns (546 px at least) ran past the lens
  // frame (363 px shown of 563), the data-centre column cut at its edge.
  for (const [preset, lang] of [['vdi', 'en'], ['vdi', 'ko'], ['app-virtualization', 'en'], ['app-virtualization', 'ko']] as const) {
    test(`${preset} on a phone (${lang}): the panel fits the lens frame, words whole`, async () => {
      const { page, errors } = await openApp(`scenario=${preset}&lang=${lang}&autoplay=0&tick=3000`, { viewport: { width: 390, height: 844 }, touch: true });
      await settled(page, 3000);
      await page.locator(tid('kinds-summary')).click();
      await expect.poll(() => page.locator(tid(preset === 'vdi' ? 'kinds-vdi' : 'appv-os')).isVisible(), poll).toBe(true);
      const fit = await page.evaluate(() => {
        const frame = document.querySelector('#lens-panel')!;
        const f = frame.getBoundingClientRect();
        const panel = frame.querySelector('[data-testid="kinds-panel"]')!;
        // Any box inside the lens frame that scrolls sideways (the frame itself included).
        const scrolls = [frame, ...frame.querySelectorAll('*')].filter((e) => {
          const o = getComputedStyle(e).overflowX;
          return (o === 'auto' || o === 'scroll') && e.scrollWidth > e.clientWidth + 1;
        }).map((e) => `${e.tagName.toLowerCase()}.${e.className} ${e.clientWidth} of ${e.scrollWidth} px`);
        const past = [...panel.querySelectorAll('*')].filter((e) => { const r = e.getBoundingClientRect(); return r.width > 0 && (r.right > f.right + 0.5 || r.left < f.left - 0.5); })
          .map((e) => `${e.tagName.toLowerCase()}.${e.className} ${Math.round(e.getBoundingClientRect().right)} > ${Math.round(f.right)}`);
        const cut = [...panel.querySelectorAll('*')].filter((e) => e.children.length === 0 && (e.textContent ?? '').trim().endsWith('…')).map((e) => e.textContent);
        const client = panel.querySelector('.kinds-client')?.getBoundingClientRect();
        const desktop = panel.querySelector('.kinds-desktop')?.getBoundingClientRect();
        return { scrolls, past: past.slice(0, 5), cut, stacked: client === undefined || desktop === undefined ? null : desktop.top >= client.bottom };
      });
      expect(fit.scrolls).toEqual([]);
      expect(fit.past).toEqual([]);
      expect(fit.cut).toEqual([]);
      // VDI: each thin client stands above the desktop it shows.
      if (preset === 'vdi') expect(fit.stacked).toBe(true);
      expect(errors).toEqual([]);
    });
  }

  // Audit 17 item 3: at P the card stood above the host drawing, which started at 257 % (vdi, en) / 275 % (ko) of the lens
  // frame's height, 144 % / 161 % (app-virtualization) and 43 % with its hardware row cut (server-virtualization).
  for (const preset of ['vdi', 'app-virtualization', 'server-virtualization'] as const) {
    for (const lang of ['en', 'ko'] as const) {
      test(`${preset} on the projector (${lang}): the host drawing is in view, its hosts whole; the card opens with "more"`, async () => {
        const { page, errors } = await openApp(`scenario=${preset}&lang=${lang}&theme=projector&autoplay=0&tick=3000`, { viewport: { width: 1280, height: 720 } });
        await settled(page, 3000);
        await expect.poll(() => page.locator('#lens-panel g.host-panel').count(), poll).toBeGreaterThan(0);
        const read = () => page.evaluate(() => {
          const lens = document.querySelector('#lens-panel')!.getBoundingClientRect();
          const zoom = document.querySelector('#lens-panel [data-picture]')!.getBoundingClientRect();
          // Where a host box is not in view: outside its zoom frame or outside the lens frame (px past, rounded).
          const hosts = [...document.querySelectorAll('#lens-panel g.host-panel > rect:first-of-type')].map((r) => r.getBoundingClientRect());
          const top = Math.max(lens.top, zoom.top);
          const bottom = Math.min(lens.bottom, zoom.bottom);
          const cut = hosts.map((h) => Math.round(Math.max(0, top - h.top, h.bottom - bottom, zoom.left - h.left, h.right - zoom.right))).filter((px) => px > 1);
          return { startsAt: Math.round(((zoom.top - lens.top) / lens.height) * 100), hosts: hosts.length, cut };
        });
        const held = await whenStill(page, read);
        if (!('still' in held)) throw new Error(`the drawing kept moving: ${JSON.stringify(held.moving)}`);
        const seen = held.still;
        expect(seen.hosts).toBeGreaterThan(0);
        expect(seen.cut, `hosts cut by px (drawing starts at ${seen.startsAt} % of the lens frame)`).toEqual([]);
        expect(seen.startsAt).toBeLessThan(50);
        // The card's message is there in one line, and the rest a click away.
        const kindName = { vdi: lang === 'en' ? 'desktop virtualization' : '데스크탑 가상화', 'app-virtualization': lang === 'en' ? 'application virtualization' : '어플리케이션 가상화', 'server-virtualization': lang === 'en' ? 'server virtualization' : '서버 가상화' }[preset];
        expect(await page.locator('#kinds-h').textContent()).toContain(kindName);
        await page.locator(tid('kinds-summary')).click();
        if (preset === 'vdi') await expect.poll(() => page.locator(tid('kinds-vdi')).isVisible(), poll).toBe(true);
        else await expect.poll(() => page.locator(`${tid('kinds-fold')} > p`).first().isVisible(), poll).toBe(true);
        expect(errors).toEqual([]);
      });
    }
  }

  // Issue 14 (left open in stop note 40): off the projector VDI's card stood whole above the drawing, its clients and desktops pushing the
  // drawing out of the first screen (it started at 105 % of the lens frame's height on a laptop,
  // 94 % on a tablet, 210 % on a phone; in Korean 111, 106 and 232 %). As on the projector, it is one line, the rest a click away.
  const SCREENS = [
    { name: 'laptop 1280x800', viewport: { width: 1280, height: 800 }, touch: false },
    { name: 'tablet 768x1024', viewport: { width: 768, height: 1024 }, touch: true },
    { name: 'phone 390x844', viewport: { width: 390, height: 844 }, touch: true },
  ] as const;
  // Audit 43, F2/F10: application virtualization's card (its two sandboxes and the OS registry) did the same: the drawing started
  // 1.25 frames down on a phone, and got 117 px of a laptop's frame (19 %); it is folded as VDI's.
  const KINDS = [
    { preset: 'vdi', name: { en: 'desktop virtualization', ko: '데스크탑 가상화' }, opened: 'kinds-vdi' },
    { preset: 'app-virtualization', name: { en: 'application virtualization', ko: '어플리케이션 가상화' }, opened: 'appv-os' },
  ] as const;
  for (const k of KINDS) for (const s of SCREENS) {
    for (const lang of ['en', 'ko'] as const) {
      test(`${k.preset} on the ${s.name} (${lang}): the drawing starts in the lens frame's first half, under the card's one line; the card opens`, async () => {
        const { page, errors } = await openApp(`scenario=${k.preset}&lang=${lang}&autoplay=0&tick=3000`, { viewport: s.viewport, touch: s.touch });
        await settled(page, 3000);
        await expect.poll(() => page.locator('#lens-panel g.host-panel').count(), poll).toBeGreaterThan(0);
        const read = () => page.evaluate(() => {
          const lens = document.querySelector('#lens-panel')!.getBoundingClientRect();
          const zoom = document.querySelector('#lens-panel [data-picture]')!.getBoundingClientRect();
          return Math.round(((zoom.top - lens.top) / lens.height) * 100);
        });
        const held = await whenStill(page, read);
        if (!('still' in held)) throw new Error(`the drawing kept moving: ${JSON.stringify(held.moving)}`);
        expect(held.still, 'the drawing starts at % of the lens frame').toBeLessThan(50);
        expect(await page.locator('#kinds-h').textContent()).toContain(k.name[lang]);
        await page.locator(tid('kinds-summary')).click();
        await expect.poll(() => page.locator(tid(k.opened)).isVisible(), poll).toBe(true);
        expect(errors).toEqual([]);
      });
    }
  }

  // Review 40 #11: the fold opens from the keyboard, and its triangles (drawn by CSS) are not read as part of its name.
  test('vdi on the projector (en): Enter on the focused summary opens the card; no triangle in the accessible names', async () => {
    const { page, errors } = await openApp('scenario=vdi&lang=en&theme=projector&autoplay=0&tick=3000', { viewport: { width: 1280, height: 720 } });
    await settled(page, 3000);
    const summary = page.locator(tid('kinds-summary'));
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(tid('kinds-fold')).evaluate((d) => (d as HTMLDetailsElement).open), poll).toBe(true);
    await expect.poll(() => page.locator(tid('kinds-vdi')).isVisible(), poll).toBe(true);
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { name?: { value?: unknown } }[] };
    await cdp.detach();
    const named = nodes.map((n) => String(n.name?.value ?? '')).filter((name) => /[▸▾]|triangle/i.test(name));
    expect(named).toEqual([]);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(tid('kinds-fold')).evaluate((d) => (d as HTMLDetailsElement).open), poll).toBe(false);
    expect(errors).toEqual([]);
  });
});
