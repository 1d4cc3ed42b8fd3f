/**
 * Helpers for e2e tests: one shared Chromium per test file, a fresh browser context per
 * opened app (no state leaks between tests), every console error and uncaught page error
 * collected so a test can assert there were none, and small readers for the UI contract
 * (data-testid hooks listed in `tid`). The served app's URL comes from globalSetup.ts.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchBrowser } from './browser';

export { launchBrowser };

/** Selector for a data-testid from the UI contract, e.g. tid('tick'). */
export function tid(id: string): string {
  return `[data-testid="${id}"]`;
}

export interface OpenedApp {
  page: Page;
  context: BrowserContext;
  /** Console errors ("console: ...") and uncaught exceptions ("pageerror: ...") so far. */
  errors: string[];
  url: string;
}

export interface OpenOptions {
  viewport?: { width: number; height: number };
  /** How long to wait for [data-testid=app-ready]; default 20 s. */
  readyTimeoutMs?: number;
}

let browser: Browser | undefined;
const contexts = new Set<BrowserContext>();

/** Base URL of the served app, e.g. http://127.0.0.1:41234/course/lab/virtlab/ */
export function baseUrl(): string {
  return inject('baseUrl');
}

/** Open `${base}?${query}` in a fresh context and wait until the first snapshot is drawn. */
export async function openApp(query: string, opts: OpenOptions = {}): Promise<OpenedApp> {
  browser ??= await launchBrowser();
  const context = await browser.newContext({ viewport: opts.viewport ?? { width: 1280, height: 800 } });
  contexts.add(context);
  const page = await context.newPage();
  const errors = collectErrors(page);
  const url = query === '' ? baseUrl() : `${baseUrl()}?${query}`;
  await page.goto(url, { waitUntil: 'load' });
  await waitForReady(page, errors, opts.readyTimeoutMs ?? 20_000);
  return { page, context, errors, url };
}

/** Attach listeners that push console errors and page errors into the returned array. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const at = msg.location().url;
    // Without its own <link rel=icon>, Chromium asks the host's root for /favicon.ico; that is
    // the course site's business, not the app's, so its 404 is not an app error.
    if (/^https?:\/\/[^/]+\/favicon\.ico$/.test(at)) return;
    errors.push(`console: ${msg.text()}${at === '' ? '' : ` (${at})`}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.stack ?? err.message}`));
  return errors;
}

/** Wait for [data-testid=app-ready]; on timeout, say what the page showed and logged. */
export async function waitForReady(page: Page, errors: readonly string[], timeoutMs = 20_000): Promise<void> {
  try {
    await page.locator(tid('app-ready')).first().waitFor({ state: 'attached', timeout: timeoutMs });
  } catch {
    const body = await page.evaluate('document.body ? document.body.innerText.slice(0, 300) : ""').catch(() => '');
    throw new Error(
      `[data-testid=app-ready] did not appear within ${timeoutMs} ms at ${page.url()}\n` +
        `errors: ${errors.length === 0 ? 'none' : errors.join('\n  ')}\nbody text: ${JSON.stringify(body)}`,
    );
  }
}

/** The current tick: [data-testid=tick] must hold plain digits. */
export async function readTick(page: Page): Promise<number> {
  const text = ((await page.locator(tid('tick')).first().textContent({ timeout: 5000 })) ?? '').trim();
  if (!/^\d+$/.test(text)) throw new Error(`[data-testid=tick] is ${JSON.stringify(text)}, not plain digits`);
  return Number(text);
}

/** Text of a data-testid element (textContent, so visually hidden text counts too). */
export async function readText(page: Page, id: string): Promise<string> {
  return ((await page.locator(tid(id)).first().textContent({ timeout: 5000 })) ?? '').trim();
}

/** Wait until the tick reads the same twice `gapMs` apart (e.g. a snapshot in flight after pause). */
export async function stableTick(page: Page, gapMs = 300, timeoutMs = 10_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let last = await readTick(page);
  while (Date.now() < deadline) {
    await page.waitForTimeout(gapMs);
    const now = await readTick(page);
    if (now === last) return now;
    last = now;
  }
  throw new Error(`tick still changing after ${timeoutMs} ms (last ${last})`);
}

/** Close every context opened by openApp (call in afterEach). */
export async function closeApps(): Promise<void> {
  const open = [...contexts];
  contexts.clear();
  await Promise.all(open.map((c) => c.close().catch(() => undefined)));
}

/** Close the shared browser (call in afterAll). */
export async function closeBrowser(): Promise<void> {
  await closeApps();
  const b = browser;
  browser = undefined;
  await b?.close();
}
