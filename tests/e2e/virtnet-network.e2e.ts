/**
 * The Network lens in real Chromium: traffic between VMs on one host stays in the
 * vSwitch while cross-host traffic takes the wire; a burst to another VLAN is dropped
 * with the reason; clicking a dot shows that burst's path hop by hop; moving a vNIC to
 * another VLAN (a logged engine command) lets its traffic through; per-link throughput
 * is charted.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { closeApps, closeBrowser, openApp, readText, settled, tid } from './harness';

const poll = { timeout: 15_000, interval: 50 };
afterEach(closeApps);
afterAll(closeBrowser);

const row = (page: Page, flow: string) => page.locator(`[data-flow="${flow}"]`);

/**
 * The first opaque pixel drawn on the bursts canvas, in page coordinates. The drawing is
 * scaled to fit the lens (a CSS transform), so canvas pixels map through its on-screen box.
 */
async function dotOnCanvas(page: Page): Promise<{ x: number; y: number } | null> {
  return page.evaluate(() => {
    const c = document.querySelector<HTMLCanvasElement>('.net-canvas');
    const ctx = c?.getContext('2d');
    if (c === null || ctx === null || ctx === undefined) return null;
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    const r = c.getBoundingClientRect();
    for (let i = 3; i < d.length; i += 4) {
      if ((d[i] ?? 0) > 240) {
        const p = (i - 3) / 4;
        return { x: r.left + ((p % c.width) + 1) * (r.width / c.width), y: r.top + (Math.floor(p / c.width) + 1) * (r.height / c.height) };
      }
    }
    return null;
  });
}

describe('Network lens', () => {
  test('inside one host vs across the wire', async () => {
    const { page, errors } = await openApp('scenario=vswitch-basics&lens=network&lang=en&autoplay=0&tick=9000');
    await settled(page, 9000);
    await expect.poll(() => row(page, 'web-app').textContent(), poll).toContain('never touches the physical NIC');
    await expect.poll(() => row(page, 'app-db').textContent(), poll).toContain('crosses the physical network');
    await page.locator(tid('net-follow-app-db')).click();
    const path = page.locator(tid('net-path'));
    await expect.poll(() => path.textContent(), poll).toContain('physical NIC (uplink) of host-1');
    expect(await path.textContent()).toContain('physical NIC (uplink) of host-2');
    expect(await path.textContent()).toContain('delivered');
    // A live migration shares the wire in its own VLAN, between the hosts' VMkernel ports.
    await expect.poll(() => row(page, 'vmotion').textContent(), poll).toContain('active from 8\u00a0s to 12\u00a0s');
    expect(Number(await row(page, 'vmotion').locator('td').nth(3).textContent())).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  test('a vSwitch\'s name sits on a plate over its vNICs\' lines, never crossed by them (Korean, on a phone)', async () => {
    const { page, errors } = await openApp('scenario=vlan-isolation&lens=network&lang=ko&autoplay=0&tick=3000', { viewport: { width: 390, height: 844 }, touch: true });
    await settled(page, 3000);
    const found = await page.evaluate(() => {
      const out = { names: 0, crossed: 0, bad: [] as string[] };
      const links = [...document.querySelectorAll<SVGPolylineElement>('.net-link')];
      for (const label of document.querySelectorAll<SVGTextElement>('.net-sw-label')) {
        out.names++;
        const plate = label.previousElementSibling as SVGRectElement | null;
        if (plate?.getAttribute('class') !== 'net-sw-plate') {
          out.bad.push(`${label.textContent}: no plate`);
          continue;
        }
        const t = label.getBBox();
        const p = plate.getBBox();
        if (t.x < p.x - 0.5 || t.x + t.width > p.x + p.width + 0.5 || t.y < p.y - 0.5 || t.y + t.height > p.y + p.height + 0.5) out.bad.push(`${label.textContent}: text ${t.width.toFixed(1)} wide, plate ${p.width.toFixed(1)}`);
        // Every line with a vertical run across the plate is painted before it (so it passes behind the name).
        for (const l of links) {
          const pts = [...l.points];
          const crosses = pts.some((a, i) => {
            const b = pts[i + 1];
            return b !== undefined && Math.abs(a.x - b.x) < 0.01 && a.x > p.x && a.x < p.x + p.width && Math.min(a.y, b.y) <= p.y && Math.max(a.y, b.y) >= p.y + p.height;
          });
          if (!crosses) continue;
          out.crossed++;
          if (!(l.compareDocumentPosition(plate) & Node.DOCUMENT_POSITION_FOLLOWING)) out.bad.push(`${label.textContent}: a line is painted over it`);
        }
      }
      return out;
    });
    expect(found.bad).toEqual([]);
    expect(found.names).toBe(2);
    // The staggered vNICs' lines do run across the names: the plates are what hides them.
    expect(found.crossed).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  test('links have capacity: a live migration fills host-1\'s NIC, the backup stream loses bursts', async () => {
    // live-migration: from 16 s db-vm's copy (1250 MiB/s) and its 500 MiB/s off-site backup share host-1's NIC.
    const { page, errors } = await openApp('scenario=live-migration&lens=network&lang=en&autoplay=0&tick=18000');
    await settled(page, 18000);
    const tx = page.locator(tid('net-nic-row-host-1-tx'));
    await expect.poll(() => tx.textContent(), poll).toContain('100\u00a0%');
    await expect.poll(() => tx.locator('td').nth(2).textContent(), poll).toMatch(/17\d\d\sMiB\/s/);
    // Its queue sits at its bound (Linux's 1000 x 1500 B), so a burst joining it waits 1.43 MiB / 1250 MiB/s; past it, bursts are dropped.
    await expect.poll(() => tx.locator('td').nth(5).textContent(), poll).toMatch(/^1\.43\sMiB$/);
    await expect.poll(() => tx.locator('td').nth(6).textContent(), poll).toMatch(/^1\.14\sms$/);
    await expect.poll(() => tx.locator('td').nth(7).textContent(), poll).toMatch(/[1-9]\d*\sMiB \([1-9]\d* dots?\)/);
    await expect.poll(() => page.locator(tid('net-nic-queue')).textContent(), poll).toMatch(/Longest queue: host-1, sending \(out\)\. 1\.43\sMiB wait there, so a burst joining it waits 1\.43\sMiB ÷ 1250\sMiB\/s = 1\.14\sms\./);
    // The idle direction and the idle host say so.
    await expect.poll(() => page.locator(tid('net-nic-row-host-2-tx')).textContent(), poll).toMatch(/0\s%/);
    await expect.poll(() => page.locator(tid('net-nic-overlay')).textContent(), poll).toContain('out 100\u00a0%');
    await expect.poll(() => page.locator('.event-feed').textContent(), poll).toContain('host-1’s NIC is congested sending');
    expect(errors).toEqual([]);
  });

  test('a burst to another VLAN is dropped at the vSwitch, with the reason', async () => {
    const { page, errors } = await openApp('scenario=vlan-isolation&lens=network&lang=en&autoplay=0&tick=8000');
    await settled(page, 8000);
    const r = row(page, 'b-web-db');
    await expect.poll(() => r.textContent(), poll).toContain('another VLAN');
    await expect.poll(() => r.locator('td').nth(4).textContent(), poll).toMatch(/✗ \d+/);
    await page.locator(tid('net-follow-b-web-db')).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => readText(page, 'net-path'), poll).toMatch(/✗ dropped: the destination is in another VLAN/);
    await expect.poll(() => page.locator('.event-feed').textContent(), poll).toContain('Flow b-web-db: bursts dropped');
    // The chart now shows the link where those bursts die, with its drops marked.
    await expect.poll(() => page.locator(`${tid('net-link-select')} option:checked`).textContent(), poll).toMatch(/b-web.*✗ \d+ dropped/);
    await expect.poll(() => page.locator(`${tid('net-chart')} .net-drop-mark`).count(), poll).toBeGreaterThan(0);
    // A light load (host-1 sends 1.5 of 1250 MiB/s) is not written as an idle "0 %"; an idle direction is.
    const util = (id: string) => page.locator(tid(id)).locator('td').nth(4).textContent();
    await expect.poll(() => util('net-nic-row-host-1-tx'), poll).toContain('0.1\u00a0%');
    await expect.poll(() => util('net-nic-row-backup-tx'), poll).toMatch(/^\s*0\u00a0%$/);
    await expect.poll(() => page.locator(tid('net-nic-overlay')).textContent(), poll).toContain('out 0.1\u00a0%');
    expect(errors).toEqual([]);
  });

  test('clicking a dot shows its path hop by hop', async () => {
    const { page, errors } = await openApp('scenario=vlan-isolation&lens=network&lang=en&autoplay=0&tick=8100');
    await settled(page, 8100);
    // Paused, so the dots stand still; the canvas paints on its next frame (and again if
    // the lens re-fits itself), so find a dot and click it until the path is shown.
    await expect
      .poll(async () => {
        const dot = await dotOnCanvas(page);
        if (dot !== null) await page.mouse.click(dot.x, dot.y);
        return (await page.locator(tid('net-path')).count()) > 0 ? readText(page, 'net-path') : '';
      }, poll)
      .toMatch(/Burst #\d+ of flow/);
    expect(await page.locator(`${tid('net-path')} li`).count()).toBeGreaterThan(1);
    expect(errors).toEqual([]);
  });

  test('moving a vNIC into the VLAN lets its traffic through, and the wire carries several protocols', async () => {
    const { page, errors } = await openApp('scenario=vlan-isolation&lens=network&lang=en&autoplay=0&tick=8000');
    await settled(page, 8000);
    await page.locator(tid('net-vlan-b-web-nic')).selectOption('10');
    await expect.poll(() => row(page, 'b-web-db').textContent(), poll).toContain('never touches the physical NIC');
    await expect.poll(() => page.locator('.event-feed').textContent(), poll).toContain('moved from VLAN 20 to VLAN 10');
    await page.locator(tid('play-toggle')).click();
    await expect.poll(async () => Number(await row(page, 'b-web-db').locator('td').nth(3).textContent()), poll).toBeGreaterThan(0);
    await expect.poll(() => page.locator(`${tid('net-chart')} rect`).count(), poll).toBeGreaterThan(3);
    const fills = await page.locator(`${tid('net-chart')} rect`).evaluateAll((rs) => new Set(rs.map((r) => (r as SVGRectElement).style.fill)).size);
    expect(fills).toBeGreaterThan(1);
    expect(errors).toEqual([]);
  });
});
