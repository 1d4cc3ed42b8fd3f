/**
 * The Containers vs VMs lens as a student uses it, in real Chromium: watch the start
 * race, add instances until a host is full (the engine refuses with a reason), see a
 * registry pull fetch only missing layers, select a container with the keyboard, make
 * it modify a file (copy-on-write) and move it to another host, and read it in Korean.
 * On every screen both host columns are whole across their frame at 100 %, side by side: on
 * a phone in compact form, their figures in one "VMs | containers" table, so the two hosts
 * are compared at a glance, without scrolling (nothing to pan sideways).
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { CONTAINER_START_TICKS, VM_BOOT_TICKS } from '../../src/engine';
import { atRest, closeApps, closeBrowser, openApp, seekTo, settled, tid } from './harness';
import { violations } from './axe';
import { labelsAtRest } from './labels';
import ctEn from '../../src/i18n/lenses/containers.en';
import ctKo from '../../src/i18n/lenses/containers.ko';

const poll = { timeout: 15_000, interval: 50 };

interface Edges { top: number; bottom: number; left: number; right: number }

/**
 * The Containers lens as a 390x844 phone shows it: the page's scroll and width, how far the picture's frame scrolls
 * sideways, the frame, the box of each named part (`parts`: name -> selector), and the smallest label as drawn (each
 * text's size times its drawing's scale, not the text's own, which a box's fade-in scales for a moment).
 */
async function phoneView(page: Page, parts: Record<string, string>): Promise<{ scrollY: number; page: number; sideways: number; frame: Edges; parts: Record<string, Edges | null>; smallest: number }> {
  return page.evaluate((sels) => {
    const frame = document.querySelector('[data-testid="ct-zoom"]') as HTMLElement;
    const edges = (r: DOMRect | undefined) => (r === undefined ? null : { top: r.top, bottom: r.bottom, left: r.left, right: r.right });
    const texts = [...frame.querySelectorAll('svg text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * ((t as SVGTextElement).ownerSVGElement?.getScreenCTM()?.a ?? 1));
    return {
      scrollY: window.scrollY,
      page: document.documentElement.scrollWidth,
      sideways: frame.scrollWidth - frame.clientWidth,
      frame: edges(frame.getBoundingClientRect()) as { top: number; bottom: number; left: number; right: number },
      parts: Object.fromEntries(Object.entries(sels).map(([name, sel]) => [name, edges(document.querySelector(sel)?.getBoundingClientRect())])),
      smallest: Math.min(...texts),
    };
  }, parts);
}

/** Nothing scrolled or wider than the phone, and every part inside the part of the frame on its screen. */
function expectAllOnScreen(at: Awaited<ReturnType<typeof phoneView>>): void {
  expect(at.scrollY).toBe(0);
  expect(at.page).toBeLessThanOrEqual(390);
  const seen = { top: Math.max(0, at.frame.top), bottom: Math.min(844, at.frame.bottom), left: Math.max(0, at.frame.left), right: Math.min(390, at.frame.right) };
  for (const [id, b] of Object.entries(at.parts)) {
    expect(b, id).not.toBeNull();
    expect({ id, in: b !== null && b.top >= seen.top - 0.5 && b.bottom <= seen.bottom + 0.5 && b.left >= seen.left - 0.5 && b.right <= seen.right + 0.5 }).toEqual({ id, in: true });
  }
}

afterEach(closeApps);
afterAll(closeBrowser);

describe('Containers vs VMs lens', () => {
  test('containers are up while the VMs still boot their guest OS; guest OS memory is shown apart', async () => {
    const { page, errors } = await openApp('scenario=vm-vs-container&lens=containers&lang=en&autoplay=0&tick=1500&debug=1');
    await settled(page, 1500);
    await expect.poll(() => page.locator(tid('ct-running-host-containers')).textContent(), poll).toBe('4');
    await expect.poll(() => page.locator(tid('ct-running-host-vms')).textContent(), poll).toBe('0');
    await expect.poll(() => page.locator(tid('ct-col-host-vms')).getByRole('button', { name: /app-vm-1, booting its guest OS: 1\.\d+\ss of 4\.00\ss/ }).count(), poll).toBe(1);
    await expect.poll(() => page.locator(tid('ct-col-host-vms')).textContent(), poll).toContain('/4.00\u00a0s');
    await expect.poll(() => page.locator(tid('ct-mem-host-vms')).textContent(), poll).toMatch(/guest OSes [1-9]\d*\sMiB/);
    await expect.poll(() => page.locator(tid('ct-mem-host-containers')).textContent(), poll).toContain('guest OSes 0\u00a0MiB');
    // Race again on demand: one more of each; once the container has started, the VM is still booting.
    await page.locator(tid('ct-race')).click();
    await expect.poll(() => page.locator(tid('ct-col-host-vms')).getByRole('button', { name: /^VM vm-1, booting its guest OS/ }).count(), poll).toBe(1);
    const started = 1500 + CONTAINER_START_TICKS + 100;
    expect(started).toBeLessThan(1500 + VM_BOOT_TICKS);
    await seekTo(page, started);
    await expect.poll(() => page.locator(tid('ct-running-host-containers')).textContent(), poll).toBe('5');
    expect(await page.locator(tid('ct-col-host-vms')).getByRole('button', { name: /^VM vm-1, booting its guest OS/ }).count()).toBe(1);
    expect(errors).toEqual([]);
  });

  test('adding instances until the host is full: more containers fit than VMs, and the last add is refused', async () => {
    const { page, errors } = await openApp('scenario=vm-vs-container&lens=containers&lang=en&autoplay=0&tick=5000&debug=1');
    await settled(page, 5000);
    const room = page.locator(tid('ct-room-host-vms'));
    await expect.poll(() => room.textContent(), poll).toBe('5 more VMs of 768\u00a0MiB'); // each also takes 64 MiB of overhead
    await expect.poll(() => page.locator(tid('ct-room-host-containers')).textContent(), poll).toBe('11 more containers of 512\u00a0MiB');
    const addVm = page.locator(tid('ct-col-host-vms')).getByRole('button', { name: 'Add a VM' });
    // The tab row's box, read at rest both times: where it stays, not where a layout on its way had it.
    const tabs = () => page.locator('[role=tablist]').boundingBox();
    const tabsAt = await atRest(page, tabs, 'the tabs before the refusals');
    for (let i = 4; i >= 0; i--) {
      await addVm.click();
      await expect.poll(() => room.textContent(), poll).toBe(`${i} more ${i === 1 ? 'VM' : 'VMs'} of 768\u00a0MiB`);
    }
    // Full: Add is off (the room line says why), so no click can pile refusals up.
    await expect.poll(() => addVm.isDisabled(), poll).toBe(true);
    expect(await page.locator(tid('ct-race')).isDisabled()).toBe(true);
    expect(await page.locator(tid('notice')).count()).toBe(0);
    // Refusals of one kind replace each other over the page: the tabs do not move.
    for (let i = 0; i < 4; i++) await page.evaluate(() => (window as unknown as { virtlab: { client: { command(c: unknown): Promise<unknown> } } }).virtlab.client.command({ type: 'placeVm', host: 'host-vms', vm: { id: `z${Math.random()}`.replace('.', ''), name: 'z', vcpus: 1, memoryMiB: 768, reservationMiB: 768 } }));
    await expect.poll(() => page.locator(tid('notice')).count(), poll).toBe(1);
    expect(await page.locator(tid('notice')).textContent()).toContain('No room for');
    expect(await atRest(page, tabs, 'the tabs after the refusals')).toEqual(tabsAt);
    await page.locator(tid('ct-col-host-containers')).getByRole('button', { name: 'Add a container' }).click();
    await expect.poll(() => page.locator(tid('ct-room-host-containers')).textContent(), poll).toBe('10 more containers of 512\u00a0MiB');
    await expect.poll(() => page.locator(tid('ct-why')).textContent(), poll).toContain('this host fits 9 VMs of the app in all, the other 15 containers');
    expect(errors).toEqual([]);
  });

  for (const [lang, says] of [['en', /^No containers here yet: at 10\ss the scenario starts py-1 here \(python:3\.12-slim; the host first pulls the layers it lacks\)\.$/], ['ko', /^아직 컨테이너가 없습니다\. 10초에 시나리오가 여기서 py-1을 시작합니다\(python:3\.12-slim: 호스트에 없는 레이어부터 내려받음\)\.$/]] as const) {
    test(`docker-layers (${lang}): host-b's empty column says which container the scenario runs there, and when; the words go once it runs`, async () => {
      const { page, errors } = await openApp(`scenario=docker-layers&lens=containers&lang=${lang}&autoplay=0&tick=3000&debug=1`);
      await settled(page, 3000);
      // Its lines, read as one sentence.
      await expect.poll(() => page.locator(`${tid('ct-empty-host-b')} tspan`).allTextContents().then((ls) => ls.join(' ')), poll).toMatch(says);
      // host-a has its containers: no such line there.
      expect(await page.locator(tid('ct-empty-host-a')).count()).toBe(0);
      await seekTo(page, 12_000);
      await expect.poll(() => page.locator(tid('ct-empty-host-b')).count(), poll).toBe(0);
      expect(errors).toEqual([]);
    });
  }

  test('a registry pull fetches only the layers the host lacks', async () => {
    const { page, errors } = await openApp('scenario=docker-layers&lens=containers&lang=en&autoplay=0&tick=18200&debug=1');
    await settled(page, 18200); // api-3's pull on host-b began at 18 s
    await page.locator(tid('ct-image')).selectOption('shop-api:1.0');
    const table = page.locator(tid('ct-layers'));
    await expect.poll(() => table.textContent(), poll).toContain('⇣');
    await expect.poll(() => page.locator('.event-feed').textContent(), poll).toContain('the engine lacks 2 of the 5 layers of shop-api:1.0');
    // Run shop-api on host-a, which holds every layer: it starts at once, no pull.
    await page.locator(tid('ct-run-host')).selectOption('host-a');
    await page.locator(tid('ct-run')).click();
    await expect.poll(() => page.locator('.event-feed').textContent(), poll).toContain('are already here, so it starts at once');
    // cgroups: batch-1 may use 20 ms of CPU per 100 ms; the detail says how often it was held back.
    await page.locator(`${tid('ct-inst-batch-1')} [role="button"]`).click();
    await expect.poll(() => page.locator(tid('ct-quota')).textContent(), poll).toMatch(/CPU quota: 20\sms per 100\sms period \(20\s% of one CPU\); throttled \d+ times/);
    // A database under a 128 MiB cgroup memory limit: pulled, started, then ended by the OOM killer.
    await page.locator(tid('ct-image')).selectOption('postgres:16');
    await page.locator(tid('ct-run-workload')).selectOption('database');
    await page.locator(tid('ct-run-limit')).selectOption('128');
    await page.locator(tid('ct-run')).click();
    await expect.poll(() => page.locator('.event-feed').textContent(), poll).toContain('ct-2');
    // Its layers are pulled and it starts (about 1.5 s), then outgrows the limit.
    await seekTo(page, 19_800);
    await expect.poll(() => page.locator('.event-feed').textContent(), poll).toMatch(/ct-2 needed \d+\sMiB but its cgroup memory limit is 128\sMiB/);
    expect(errors).toEqual([]);
  });

  test('select a container by keyboard, modify a file (copy-on-write), then move it to another host', async () => {
    const { page, errors } = await openApp('scenario=docker-layers&lens=containers&lang=en&autoplay=0&tick=27000');
    await settled(page, 27000); // api-1's copy-up was at 26 s
    await page.locator(`${tid('ct-inst-api-1')} [role="button"]`).focus();
    await page.keyboard.press('Enter');
    const detail = page.locator(tid('ct-detail'));
    await expect.poll(() => detail.textContent(), poll).toContain('Container api-1 (image shop-api:1.0)');
    await expect.poll(() => page.locator(tid('ct-copied')).textContent(), poll).toContain('/app/config.yaml: copied up from the layer "COPY app/ /app/"');
    await expect.poll(() => detail.textContent(), poll).toContain('PID namespace');
    await expect.poll(() => page.locator(tid('ct-brings')).textContent(), poll).toContain('FROM debian:12-slim · RUN install python 3.12');
    await page.locator(tid('ct-modify')).click();
    await expect.poll(() => page.locator(tid('ct-copied')).locator('li').count(), poll).toBe(2);
    await expect.poll(() => page.locator('.event-feed').textContent(), poll).toContain('copy-on-write copied it up');
    // The change is part of history: one tick back, before the command, the copy is gone.
    await page.locator(tid('step-back')).click();
    await settled(page, 26999);
    await expect.poll(() => page.locator(tid('ct-copied')).locator('li').count(), poll).toBe(1);
    await page.locator(tid('ct-modify')).click();
    await expect.poll(() => page.locator(tid('ct-copied')).locator('li').count(), poll).toBe(2);
    await page.locator(tid('ct-move-host')).selectOption('host-b');
    await page.locator(tid('ct-move')).click();
    await expect.poll(() => page.locator('.event-feed').textContent(), poll).toContain('api-1 moved from host-a to host-b');
    await expect.poll(() => page.locator(tid('ct-col-host-b')).textContent(), poll).toContain('api-1');
    expect(errors).toEqual([]);
  });

  test('containers inside a VM appear as a third column on request, in Korean', async () => {
    const { page, errors } = await openApp('scenario=vm-vs-container&lens=containers&lang=ko&autoplay=0&tick=5000');
    await settled(page, 5000);
    await expect.poll(() => page.locator(tid('lens-containers')).textContent(), poll).toContain('컨테이너로 배포한 앱');
    await expect(page.locator(tid('ct-col-host-nested')).count()).resolves.toBe(0);
    await page.locator(tid('ct-show-nested')).check();
    await expect.poll(() => page.locator(tid('ct-col-host-nested')).textContent(), poll).toContain('가상머신 안의 컨테이너');
    expect(errors).toEqual([]);
  });
});

describe('Containers vs VMs on the projector', () => {
  for (const [preset, lang] of [['vm-vs-container', 'en'], ['vm-vs-container', 'ko'], ['docker-layers', 'ko']] as const) {
    test(`1280x720, ${preset}, ${lang}: each host's drawing and memory bar, with its words, is whole in the zoom frame and in view; its figures and buttons follow under the zoom controls`, async () => {
      const { page, errors } = await openApp(`scenario=${preset}&lens=containers&lang=${lang}&theme=projector&autoplay=0&tick=3000`, { viewport: { width: 1280, height: 720 } });
      await settled(page, 3000);
      await page.locator(`${tid('ct-zoom')} [data-testid^="ct-mem-"]`).first().waitFor();
      const at = await atRest(page, () => page.evaluate(() => {
        const f = document.querySelector('[data-testid="ct-zoom"]') as HTMLElement;
        const fr = f.getBoundingClientRect();
        const inner = fr.top + f.clientHeight;
        // Each column in the frame: how far its memory bar (the drawing's last part) runs under the frame's inner bottom.
        const cut = [...f.querySelectorAll('[data-testid^="ct-col-"]')].map((c) => (c.querySelector('[data-testid^="ct-mem-"]')?.getBoundingClientRect().bottom ?? Infinity) - inner);
        // The bar's words ("hypervisor / kernel 512 MiB …"), under it in the frame: how far each runs under the frame, or under the lens frame's bottom (they were under the zoom controls, cut by it).
        const panel = document.querySelector('#lens-panel')?.getBoundingClientRect().bottom ?? 0;
        const words = [...f.querySelectorAll('[data-testid^="ct-col-"] [data-testid^="ct-mem-words-"]')].map((w) => Math.max(w.getBoundingClientRect().bottom - Math.min(inner, panel), 0));
        const bar = f.parentElement?.querySelector('.zoom-bar')?.getBoundingClientRect();
        const details = document.querySelector('[data-testid="ct-details"]')?.getBoundingClientRect();
        return { cut, words, scrolls: f.scrollHeight - f.clientHeight, detailsUnderBar: bar !== undefined && details !== undefined && details.top >= bar.bottom - 1 };
      }), 'the columns in the frame');
      expect(at.cut.length).toBeGreaterThanOrEqual(2);
      expect(at.words, 'memory words per column, px cut').toEqual(at.cut.map(() => 0));
      expect(at.cut.filter((c) => c > 1), 'memory bars running under the frame (px)').toEqual([]);
      expect(at.scrolls).toBeLessThanOrEqual(1);
      expect(at.detailsUnderBar).toBe(true);
      // The figures and the buttons are there, under the zoom controls: one Add per host, and its room line.
      const host = preset === 'vm-vs-container' ? 'host-vms' : 'host-a';
      await page.locator(`${tid(`ct-details-${host}`)} button[data-testid^="ct-add-"]`).first().waitFor();
      expect(await page.locator(tid(`ct-room-${host}`)).count()).toBe(1);
      expect(await page.locator(tid(`ct-mem-words-${host}`)).textContent()).toMatch(preset === 'docker-layers' ? /게스트 OS 0\sMiB/ : lang === 'en' ? /guest OSes 704\sMiB/ : /게스트 OS 704\sMiB/);
      expect(errors).toEqual([]);
    });
  }
});

describe('Containers vs VMs on every screen', () => {
  for (const s of [
    { name: 'phone 390x844', viewport: { width: 390, height: 844 }, touch: true, theme: 'default', lang: 'ko', stacked: false },
    { name: 'tablet 768x1024', viewport: { width: 768, height: 1024 }, touch: true, theme: 'default', lang: 'en', stacked: false },
    { name: 'projector 1280x720', viewport: { width: 1280, height: 720 }, touch: false, theme: 'projector', lang: 'en', stacked: false },
    { name: 'laptop 1280x800', viewport: { width: 1280, height: 800 }, touch: false, theme: 'default', lang: 'en', stacked: false },
  ] as const) {
    test(`${s.name}: both host columns are whole across the frame at 100 %, ${s.stacked ? 'one under the other' : 'side by side'}`, async () => {
      const { page, errors } = await openApp(`scenario=vm-vs-container&lens=containers&lang=${s.lang}&theme=${s.theme}&autoplay=0&tick=8000`, s);
      await settled(page, 8000);
      await page.locator(`${tid('ct-columns')}[data-stacked="${s.stacked}"]`).waitFor();
      const at = await atRest(page, () => page.evaluate(() => {
        const f = document.querySelector('[data-testid="ct-zoom"]') as HTMLElement;
        const fr = f.getBoundingClientRect();
        const cols = [...f.querySelectorAll('[data-testid^="ct-col-"]')].map((c) => c.getBoundingClientRect());
        return {
          zoom: Number(f.dataset.zoom),
          // How far the drawing runs past the frame's width (a sideways pan), and the page's width.
          sideways: f.scrollWidth - f.clientWidth,
          page: document.documentElement.scrollWidth,
          // Each column's edges against the frame's inner width: both >= 0 when it is whole across the frame.
          cols: cols.map((c) => ({ left: c.left - fr.left, right: fr.left + f.clientWidth - c.right, top: c.top, bottom: c.bottom, w: c.width })),
        };
      }), 'the host columns');
      expect(at.zoom).toBe(1);
      expect(at.cols).toHaveLength(2);
      expect(at.sideways).toBeLessThanOrEqual(1);
      expect(at.page).toBeLessThanOrEqual(s.viewport.width);
      for (const c of at.cols) expect(Math.min(c.left, c.right)).toBeGreaterThanOrEqual(-0.5);
      const [a, b] = at.cols as [(typeof at.cols)[0], (typeof at.cols)[0]];
      if (s.stacked) {
        expect(b.top).toBeGreaterThanOrEqual(a.bottom);
        // Stacked, each column takes the frame's width rather than the least width side by side needs (236 px).
        expect(a.w).toBeGreaterThan(280);
      } else {
        expect(b.left).toBeGreaterThanOrEqual(a.left + a.w);
        expect(b.top).toBeCloseTo(a.top, 0);
      }
      expect(errors).toEqual([]);
    });
  }

  for (const s of [
    { name: 'projector 1280x720', viewport: { width: 1280, height: 720 }, theme: 'projector' },
    { name: 'laptop 1280x800', viewport: { width: 1280, height: 800 }, theme: 'default' },
    { name: 'tablet 768x1024', viewport: { width: 768, height: 1024 }, theme: 'default', touch: true },
  ] as const) {
    for (const lang of ['en', 'ko'] as const) {
      test(`${s.name} (${lang}): each host's base bar shows its whole sentence, wrapped within the bar, not cut to a tooltip`, async () => {
        const { page, errors } = await openApp(`scenario=vm-vs-container&lens=containers&lang=${lang}&theme=${s.theme}&autoplay=0&tick=8000`, s);
        await settled(page, 8000);
        await page.locator(tid('ct-base-host-containers')).waitFor();
        const words = lang === 'en' ? ctEn : ctKo;
        for (const [host, key] of [['host-vms', 'containers.base.hypervisor'], ['host-containers', 'containers.base.kernel']] as const) {
          const at = await atRest(page, () => page.evaluate((h) => {
            const text = document.querySelector(`[data-testid="ct-base-${h}"]`) as SVGTextElement;
            const bar = document.querySelector(`[data-testid="ct-kernel-${h}"]`) as SVGRectElement;
            const t = text.getBoundingClientRect();
            const b = bar.getBoundingClientRect();
            // The words drawn (the tspans' lines, not a title's), and how far they run out of the bar (<= 0 inside).
            return { lines: [...text.querySelectorAll('tspan')].map((l) => l.textContent), out: Math.max(b.left - t.left, t.right - b.right, b.top - t.top, t.bottom - b.bottom) };
          }, host), `${host}'s base bar`);
          expect({ host, text: at.lines.join(' ') }).toEqual({ host, text: words[key] });
          expect(at.lines.join(' ')).not.toContain('…');
          expect({ host, out: at.out <= 0.5 }).toEqual({ host, out: true });
        }
        expect(errors).toEqual([]);
      });
    }
  }

  for (const lang of ['en', 'ko'] as const) {
    test(`phone 390x844 (${lang}): both hosts' drawings and their figures side by side are on screen at once, to the memory's last row, without scrolling`, async () => {
      const { page, errors } = await openApp(`scenario=vm-vs-container&lens=containers&lang=${lang}&autoplay=0&tick=8000`, { viewport: { width: 390, height: 844 }, touch: true });
      await settled(page, 8000);
      await page.locator(tid('ct-columns')).waitFor();
      // Each host's drawing, and the figures rows with both hosts' numbers (running, last start, room, and the table's last row, free memory).
      const two = ['host-vms', 'host-containers'];
      const at = await atRest(page, () => phoneView(page, Object.fromEntries([
        ...two.map((h) => [`drawing ${h}`, `[data-testid="ct-col-${h}"] svg`]),
        ...two.flatMap((h) => ['running', 'last', 'room', 'mem-free'].map((k) => [`${k} ${h}`, `[data-testid="ct-${k}-${h}"]`])),
      ])), 'the phone\'s view');
      expectAllOnScreen(at);
      // The two drawings side by side, and the same numbers as the engine's (4 of each running at 8 s).
      expect(at.parts['drawing host-containers']!.left).toBeGreaterThanOrEqual(at.parts['drawing host-vms']!.right);
      expect(await Promise.all(two.map((h) => page.locator(tid(`ct-running-${h}`)).textContent()))).toEqual(['4', '4']);
      // Read in a hand: no label under the 11 px floor (labels.ts READ_MIN_PX; the compact boxes' were 9 px).
      expect(at.smallest).toBeGreaterThanOrEqual(11);
      // The figures and the sentences under them agree: the "why" list quotes each host's last start and CPU spent starting as the table shows them.
      const why = (await page.locator(tid('ct-why')).textContent()) ?? '';
      for (const id of ['last-host-vms', 'last-host-containers', 'startCpu-host-vms', 'startCpu-host-containers']) {
        const cell = (await page.locator(tid(`ct-${id}`)).textContent()) ?? '';
        expect(cell, id).toMatch(/^\d+\.\d\d/);
        expect({ id, quoted: why.includes(cell) }).toEqual({ id, quoted: true });
      }
      expect(errors).toEqual([]);
    });
  }

  for (const lang of ['en', 'ko'] as const) {
    test(`phone 390x844 (${lang}): with containers inside a VM, the three hosts' drawings are side by side on screen at once, their names whole, and the table has a column for each`, async () => {
      const hosts = ['host-vms', 'host-containers', 'host-nested'];
      const { page, errors } = await openApp(`scenario=vm-vs-container&lens=containers&lang=${lang}&autoplay=0&tick=8000`, { viewport: { width: 390, height: 844 }, touch: true });
      await settled(page, 8000);
      await page.locator(tid('ct-show-nested')).check();
      await page.locator(`${tid('ct-columns')}[data-compact="true"] ${tid('ct-col-host-nested')}`).waitFor();
      // The box sits under the picture: back to the lens's top, where the picture is.
      await page.evaluate(() => document.querySelector('.lens-panel')?.scrollTo(0, 0));
      const at = await atRest(page, () => phoneView(page, Object.fromEntries([...hosts.map((h) => [`drawing ${h}`, `[data-testid="ct-col-${h}"] svg`]), ...hosts.map((h) => [`running ${h}`, `[data-testid="ct-running-${h}"]`])])), 'the phone\'s view');
      expectAllOnScreen(at);
      expect(at.sideways).toBeLessThanOrEqual(1);
      const more = await atRest(page, () => page.evaluate((ids) => ({
        tops: ids.map((h) => document.querySelector(`[data-testid="ct-col-${h}"]`)?.getBoundingClientRect().top ?? NaN),
        running: ids.map((h) => document.querySelector(`[data-testid="ct-running-${h}"]`)?.textContent),
        names: [...document.querySelectorAll('[data-testid="ct-zoom"] [data-testid^="ct-inst-"]')].map((g) => (g.querySelector('text')?.textContent ?? '').replace(/^\S+ /, '')),
      }), hosts), 'the columns\' tops');
      // Side by side, left to right, the columns' tops level (a heading may take two lines).
      const [a, b, c] = hosts.map((h) => at.parts[`drawing ${h}`]!);
      expect(b!.left).toBeGreaterThanOrEqual(a!.right);
      expect(c!.left).toBeGreaterThanOrEqual(b!.right);
      expect(more.tops.map((y) => Math.round(y - more.tops[0]!))).toEqual([0, 0, 0]);
      // Every box's name whole (4 VMs, 4 containers, the VM holding 4 more), at 11 px or more.
      expect(more.names).toHaveLength(13);
      expect(more.names.filter((n) => n.includes('…'))).toEqual([]);
      expect(more.names).toContain('nested-ct-4');
      expect(at.smallest).toBeGreaterThanOrEqual(11);
      expect(more.running).toEqual(['4', '4', '5']);
      expect(errors).toEqual([]);
    });
  }

  for (const lang of ['en', 'ko'] as const) test(`phone 390x844 (${lang}): with containers inside a VM, at 3 s while the VMs boot, no two labels overlap (the VM holding containers counted its boot over its name)`, async () => {
    const { page, errors } = await openApp(`scenario=vm-vs-container&lens=containers&lang=${lang}&autoplay=0&tick=3000`, { viewport: { width: 390, height: 844 }, touch: true });
    await settled(page, 3000);
    await page.locator(tid('ct-show-nested')).check();
    await page.locator(`${tid('ct-columns')}[data-compact="true"] ${tid('ct-col-host-nested')}`).waitFor();
    const ls = await labelsAtRest(page, '[data-testid="ct-zoom"]');
    // Two labels overlap when their boxes share more than a sliver (2 px) both across and down.
    const over = ls.flatMap((a, i) => ls.slice(i + 1).filter((b) => Math.min(a.box.x + a.box.w, b.box.x + b.box.w) - Math.max(a.box.x, b.box.x) > 2 && Math.min(a.box.y + a.box.h, b.box.y + b.box.h) - Math.max(a.box.y, b.box.y) > 2).map((b) => `"${a.text}" over "${b.text}"`));
    expect(ls.length).toBeGreaterThan(20);
    expect(over).toEqual([]);
    expect(errors).toEqual([]);
  });

  for (const lang of ['en', 'ko'] as const) test(`phone 390x844 (${lang}): each host's buttons are whole, under the zoom controls, not cut by the picture's frame`, async () => {
    const { page, errors } = await openApp(`scenario=vm-vs-container&lens=containers&lang=${lang}&autoplay=0&tick=3000`, { viewport: { width: 390, height: 844 }, touch: true });
    await settled(page, 3000);
    await page.locator(`${tid('ct-columns')}[data-compact="true"]`).waitFor();
    const cut = await atRest(page, () => page.evaluate(() => {
      const frame = document.querySelector('[data-testid="ct-zoom"]')?.getBoundingClientRect();
      const bar = document.querySelector('[data-testid="ct-zoom"] ~ .zoom-bar')?.getBoundingClientRect();
      if (frame === undefined || bar === undefined) return ['no frame'];
      // A button in the frame's box but past its bottom edge, or behind the zoom controls, is cut.
      return [...document.querySelectorAll('#lens-panel [data-testid^="ct-exploit-"], #lens-panel [data-testid^="ct-add-"]')].flatMap((b) => {
        const r = b.getBoundingClientRect();
        const inFrame = r.top < frame.bottom && r.bottom > frame.top;
        return (inFrame && r.bottom > frame.bottom + 0.5) || (r.top < bar.bottom && r.bottom > bar.top) ? [`${b.getAttribute('data-testid')} ${Math.round(r.top)}-${Math.round(r.bottom)} (frame ends ${Math.round(frame.bottom)}, controls ${Math.round(bar.top)}-${Math.round(bar.bottom)})`] : [];
      });
    }), 'the hosts\' buttons');
    expect(cut).toEqual([]);
    expect(errors).toEqual([]);
  });

  for (const lang of ['en', 'ko'] as const) test(`phone 390x844 (${lang}): docker-layers' two container hosts are told apart by name in their headings and the table, not only in a hover title`, async () => {
    const { page, errors } = await openApp(`scenario=docker-layers&lens=containers&lang=${lang}&autoplay=0&tick=3000`, { viewport: { width: 390, height: 844 }, touch: true });
    await settled(page, 3000);
    await page.locator(`${tid('ct-columns')}[data-compact="true"]`).waitFor();
    const heads = await page.evaluate(() => ({
      columns: [...document.querySelectorAll('#lens-panel [data-testid^="ct-col-"] > h3')].map((h) => (h as HTMLElement).innerText.trim()),
      table: [...document.querySelectorAll('#lens-panel table thead th[scope="col"]')].map((h) => (h as HTMLElement).innerText.trim()),
    }));
    expect(heads.columns).toHaveLength(2);
    expect(new Set(heads.columns).size, heads.columns.join(' | ')).toBe(2);
    expect(heads.columns.every((h, i) => h.includes(['host-a', 'host-b'][i] ?? '?')), heads.columns.join(' | ')).toBe(true);
    expect(new Set(heads.table).size, heads.table.join(' | ')).toBe(heads.table.length);
    expect(errors).toEqual([]);
  });

  test('phone 390x844: the compact hosts and their figures table have no axe violations, two hosts and three, en and ko', async () => {
    for (const lang of ['en', 'ko']) {
      const { page } = await openApp(`scenario=vm-vs-container&lens=containers&lang=${lang}&autoplay=0&tick=8000`, { viewport: { width: 390, height: 844 }, touch: true });
      await settled(page, 8000);
      await page.locator(`${tid('ct-columns')}[data-compact="true"]`).waitFor();
      expect(await violations(page, `${lang}:`)).toEqual([]);
      await page.locator(tid('ct-show-nested')).check();
      await page.locator(`${tid('ct-columns')}[data-compact="true"] ${tid('ct-col-host-nested')}`).waitFor();
      expect(await violations(page, `${lang}, three hosts:`)).toEqual([]);
    }
  });
});
