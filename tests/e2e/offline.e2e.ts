/**
 * Offline and installable, in real Chromium under the course sub-path: after one visit
 * the service worker has stored the whole build, so with the network gone the page
 * reloads (a link with its query included) and two lenses work. The manifest and its
 * icons are served. A new build is offered, never forced: the page keeps running until
 * the person accepts, and the reload reopens the same view. The strict CSP still holds.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { baseUrl, collectErrors, launchBrowser, readText, readTick, tid, visible, waitForReady } from './harness';
import { BASE_PATH, DIST_DIR, freePort } from './server';
import { violations } from './axe';

const poll = { timeout: 20_000, interval: 50 };
let browser: Browser;
const contexts: BrowserContext[] = [];

// A browser of its own per test: a service worker from one test must never be in the next one's way.
beforeEach(async () => {
  browser = await launchBrowser();
});
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close().catch(() => undefined)));
  await browser.close();
});

/** A fresh context that allows service workers (each test starts with nothing stored). */
async function visit(url: string): Promise<{ page: Page; context: BrowserContext; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'allow' });
  contexts.push(context);
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(url);
  await waitForReady(page, errors);
  return { page, context, errors };
}

describe('offline', () => {
  test('after one visit the app reloads and runs two lenses with no network, under the sub-path', async () => {
    const url = `${baseUrl()}?lang=en&autoplay=0&scenario=cpu-overcommit&tick=3000`;
    const { page, context, errors } = await visit(url);
    expect(new URL(page.url()).pathname).toBe(BASE_PATH);
    // The header says so once every file is stored.
    await visible(page, tid('offline-ready'), 60_000);
    // Other tests block service workers (harness.ts), so the badge is checked for accessibility here.
    expect(await violations(page, 'offline-ready badge:')).toEqual([]);
    const manifest = await page.evaluate(async () => {
      const link = document.querySelector<HTMLLinkElement>('link[rel=manifest]');
      const m = (await (await fetch(link?.href ?? '')).json()) as { icons: { src: string; sizes: string }[]; start_url: string; display: string };
      const icon = await fetch(new URL(m.icons[0]?.src ?? '', link?.href).href);
      return { sizes: m.icons.map((i) => i.sizes), start: m.start_url, display: m.display, iconType: icon.headers.get('content-type') };
    });
    expect(manifest).toEqual({ sizes: ['192x192', '512x512', '512x512', 'any'], start: './', display: 'standalone', iconType: 'image/png' });

    await context.setOffline(true);
    // Nothing outside the stored build can be fetched now.
    expect(await page.evaluate(() => fetch('./not-stored.txt').then(() => 'online', () => 'offline'))).toBe('offline');
    await page.reload();
    await waitForReady(page, errors);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await expect.poll(() => readTick(page), poll).toBe(3000);
    expect(await readText(page, 'offline-ready')).toContain('Works offline');

    await page.locator('#tab-cpu').click();
    await visible(page, tid('lens-cpu'), 20_000);
    await page.locator(tid('step-forward')).click();
    await expect.poll(() => readTick(page), poll).toBe(3001);
    await page.locator('#tab-memory').click();
    await visible(page, tid('lens-memory'), 20_000);
    expect(await page.locator(tid('memory-scale')).count()).toBe(1);
    // A link with another query (the teacher's QR code) opens from the stored page too.
    await page.goto(`${baseUrl()}?lang=ko&lens=storage&autoplay=0`);
    await waitForReady(page, errors);
    expect(await page.locator('#tab-storage').getAttribute('aria-selected')).toBe('true');
    // The only failure is the probe that proved the network was gone.
    expect(errors.filter((e) => !e.includes('not-stored.txt'))).toEqual([]);
  });
});

describe('updates', () => {
  let server: Server;
  let origin = '';
  let swSuffix = '';

  // A copy of the static host whose sw.js can change, as after a new deployment.
  beforeAll(async () => {
    server = createServer((req, res) => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      if (!path.startsWith(BASE_PATH)) return void res.writeHead(404).end();
      const rel = normalize(path.slice(BASE_PATH.length) || 'index.html');
      const file = join(DIST_DIR, rel);
      if (!file.startsWith(DIST_DIR + sep)) return void res.writeHead(403).end();
      let body: Buffer;
      try {
        body = readFileSync(file);
      } catch {
        return void res.writeHead(404).end();
      }
      const type = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.webmanifest': 'application/manifest+json' }[extname(file)] ?? 'application/octet-stream';
      const out = rel === 'sw.js' ? Buffer.concat([body, Buffer.from(swSuffix)]) : body;
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache' }).end(out);
    });
    const port = await freePort();
    await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
    origin = `http://127.0.0.1:${port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((ok) => server.close(() => ok()));
  });

  test('a new version is offered and waits for the person; accepting reloads into the same view', async () => {
    swSuffix = '';
    const { page, errors } = await visit(`${origin}${BASE_PATH}?lang=en&autoplay=0&tick=1500`);
    await visible(page, tid('offline-ready'), 60_000);
    // A returning visitor: the stored build now serves (and controls) the page.
    await page.reload();
    await waitForReady(page, errors);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await page.locator(tid('step-forward')).click();
    await expect.poll(() => readTick(page), poll).toBe(1501);
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));

    swSuffix = '\n// a new deployment\n';
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await visible(page, tid('update-banner'), 60_000);
    expect(await violations(page, 'update banner:')).toEqual([]);
    // Offered, not forced: the same page keeps running and answers the person.
    await page.locator(tid('step-forward')).click();
    await expect.poll(() => readTick(page), poll).toBe(1502);
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);

    // Accepting reloads the document into the same view (a 'load' event: a new document).
    const reloaded = page.waitForEvent('load', { timeout: 30_000 });
    await page.locator(tid('update-now')).click();
    await reloaded;
    const marker = () => page.evaluate(() => (window as unknown as { marker?: number }).marker ?? 'gone');
    await expect.poll(() => marker().catch(() => 'navigating'), poll).toBe('gone');
    await waitForReady(page, errors);
    expect(page.url()).toContain('?state=');
    await expect.poll(() => readTick(page), poll).toBe(1502);
    expect(await page.locator(tid('update-banner')).count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
