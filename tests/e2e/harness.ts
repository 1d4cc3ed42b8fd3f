/**
 * Helpers for e2e tests: this worker's Chromium (globalSetup launches one per worker; a
 * file that sees a test fail goes on with a fresh browser of its own, so a wedged browser
 * cannot fail the next test too), a clean page per opened app in a context lent to one test at a time (no
 * state leaks between tests: see `Lent`; service workers blocked unless a test asks for
 * them), every console error and uncaught page error collected so a test can assert there
 * were none, and small readers for the UI contract
 * (data-testid hooks listed in `tid`). Tests wait for states the app confirms, never for
 * wall-clock time: `settled` waits until the worker has handled every request and the
 * picture shows it (the tick's data-settled), optionally at a given tick. The served app's
 * URL comes from globalSetup.ts.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { decodeState, encodeState } from '../../src/embed/shareState';
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download } from 'playwright-core';
import { connectBrowser, E2E_ARGS, launchBrowser } from './browser';

export { launchBrowser };

/** Selector for a data-testid from the UI contract, e.g. tid('tick'). */
export function tid(id: string): string {
  return `[data-testid="${id}"]`;
}

export interface OpenedApp {
  page: Page;
  /** The page's context; reaching for it means the context is closed after the test rather than lent again. */
  context: BrowserContext;
  /** Console errors ("console: ...") and uncaught exceptions ("pageerror: ...") so far. */
  errors: string[];
  url: string;
}

export interface OpenOptions {
  viewport?: { width: number; height: number };
  /** How long to wait for [data-testid=app-ready]; default 20 s. */
  readyTimeoutMs?: number;
  /** A phone: touch events and a mobile viewport meta. */
  touch?: boolean;
  /**
   * Let the app register its service worker. Off by default: it stores the whole build
   * (173 files) in the background after the first picture, about 1.4 s of the browser's
   * CPU per opened app, which only tests of offline use need.
   */
  offline?: boolean;
}

let browser: Browser | undefined;
/** Set once a test in this file failed: the file goes on with a browser of its own. */
let ownBrowser = false;
const contexts = new Set<BrowserContext>();

/** The Chromium globalSetup launched for this worker (VITEST_POOL_ID counts workers from 1). */
function workersBrowser(): string {
  const all = inject('browserWs');
  const worker = Number(process.env.VITEST_POOL_ID ?? 1) - 1;
  return all[((worker % all.length) + all.length) % all.length] ?? '';
}

/** The shared browser: this worker's Chromium, or this file's own after a failure (launched on first use). */
export async function sharedBrowser(): Promise<Browser> {
  if (browser !== undefined && !browser.isConnected()) browser = undefined;
  if (browser === undefined && !ownBrowser) {
    // A run's Chromium that does not answer is no reason to fail a test: launch one instead.
    browser = await connectBrowser(workersBrowser()).catch(() => undefined);
    ownBrowser = browser === undefined;
  }
  browser ??= await launchBrowser(E2E_ARGS);
  return browser;
}

/** A fresh context on the shared browser, closed by closeApps. */
export async function newContext(opts: OpenOptions = {}): Promise<BrowserContext> {
  const b = await sharedBrowser();
  const context = await b.newContext({
    viewport: opts.viewport ?? { width: 1280, height: 800 },
    serviceWorkers: opts.offline === true ? 'allow' : 'block',
    ...(opts.touch === true ? { hasTouch: true, isMobile: true } : {}),
  });
  contexts.add(context);
  return context;
}

/** Base URL of the served app, e.g. http://127.0.0.1:41234/course/lab/virtlab/ */
export function baseUrl(): string {
  return inject('baseUrl');
}

/**
 * A context openApp lends to one app at a time, kept for the file's next app on the same
 * screen: its renderer process stays up (the keeper page holds it, and the browser runs one
 * process per site, browser.ts E2E_ARGS), so the next app opens in it at a third of a fresh
 * context's CPU cost. What an app could leave for the next is not kept: each app gets a new
 * page (its own session storage, listeners, routes and init scripts), and the origin's
 * stored data (local storage, IndexedDB, caches, cookies) is cleared before it loads. A test
 * that reaches for the context itself through `app.context` (to add routes, init scripts or
 * permissions) has it closed after the test instead of kept; tests reach it only that way
 * (`page.context()` is not watched: Playwright calls it itself), and end an app early with
 * closeApp, never by closing its context.
 * What is kept on purpose: the browser's HTTP cache (the build's content-hashed files are
 * served immutable, vite.config.ts immutableAssets, so a name that loads again is the same
 * file; index.html is asked for each time) and the renderer's compiled code, which is what
 * makes opening cheap.
 */
interface Lent {
  context: BrowserContext;
  /** Keeps the context's renderer process alive between tests: a page on the app's site that is not the app. */
  keeper: Page;
  /** An app is open in it (a second app open at once gets a context of its own; closeApp or closeApps frees it). */
  busy: boolean;
  /** The test reached for the context itself: close it after the test. */
  touched: boolean;
}
const lent = new Map<string, Lent>();
/** Each open app's page in a lent context, and that context. */
const apps = new Map<Page, Lent>();

function forgetLent(l: Lent): void {
  for (const [key, v] of lent) if (v === l) lent.delete(key);
}

function screenKey(opts: OpenOptions): string {
  return JSON.stringify([opts.viewport ?? null, opts.touch === true]);
}

/** A lent context for this screen that no test page is using, made (with its keeper) on first use. */
async function lendContext(opts: OpenOptions): Promise<Lent | null> {
  const key = screenKey(opts);
  const kept = lent.get(key);
  if (kept !== undefined) {
    if (kept.busy) return null;
    kept.busy = true;
    return kept;
  }
  const b = await sharedBrowser();
  const context = await b.newContext({
    viewport: opts.viewport ?? { width: 1280, height: 800 },
    serviceWorkers: 'block',
    ...(opts.touch === true ? { hasTouch: true, isMobile: true } : {}),
  });
  const keeper = await context.newPage();
  // Outside the app's sub-path: the server answers, and the app does not start there.
  await keeper.goto(new URL('/virtlab-e2e-keeper', baseUrl()).href);
  const entry: Lent = { context, keeper, busy: true, touched: false };
  context.on('close', () => forgetLent(entry));
  keeper.on('crash', () => forgetLent(entry));
  lent.set(key, entry);
  return entry;
}

/** Clear what the app's origin stored in this context (local storage, IndexedDB, caches), before a page loads it. */
async function clearOrigin(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', { origin: new URL(baseUrl()).origin, storageTypes: 'all' });
  await cdp.detach();
}

/** Open `${base}?${query}` (in a lent context, or a fresh one for offline use) and wait until the first snapshot is drawn. */
export async function openApp(query: string, opts: OpenOptions = {}): Promise<OpenedApp> {
  const held = opts.offline === true ? null : await lendContext(opts);
  const context = held?.context ?? (await newContext(opts));
  const page = await context.newPage();
  if (held !== null) {
    await clearOrigin(page);
    apps.set(page, held);
  }
  const errors = collectErrors(page);
  const url = query === '' ? baseUrl() : `${baseUrl()}?${query}`;
  await page.goto(url, { waitUntil: 'load' });
  await waitForReady(page, errors, opts.readyTimeoutMs ?? 20_000);
  return {
    page,
    errors,
    url,
    get context(): BrowserContext {
      if (held !== null) held.touched = true;
      return context;
    },
  };
}

/** The lent context an app's page was opened in, if any (for the harness's own tests: it does not count as reaching for it). */
export function lentContextOf(page: Page): BrowserContext | undefined {
  return apps.get(page)?.context;
}

/**
 * Close one app before the test ends (a test that opens one app per screen or language in a
 * loop): its page and any window it opened go, and its context is free for the next app, or
 * closed if the test reached for it. closeApps does the same for whatever is still open.
 */
export async function closeApp(app: OpenedApp): Promise<void> {
  const held = apps.get(app.page);
  if (held === undefined) {
    await app.page.close();
    return;
  }
  apps.delete(app.page);
  if (held.touched) {
    forgetLent(held);
    await held.context.close();
    return;
  }
  await Promise.all(held.context.pages().filter((p) => p !== held.keeper).map((p) => p.close()));
  held.busy = false;
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

/** Wait for [data-testid=app-ready] and the keyboard shortcuts; on timeout, say what the page showed and logged. */
export async function waitForReady(page: Page, errors: readonly string[], timeoutMs = 20_000): Promise<void> {
  try {
    await attached(page, tid('app-ready'), timeoutMs);
    // The lecture layer (keyboard shortcuts, dialogs) loads after the first picture.
    await attached(page, tid('keys-ready'), timeoutMs);
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

/** A page or one of its frames. */
type Scope = Pick<Page, 'locator' | 'waitForFunction'>;

/**
 * Wait until a CSS selector matches in the page (or frame), checked in the page every 16 ms.
 * Playwright's locator.waitFor checks at 0, 20, 50, 100 and 100 ms and then only every
 * 500 ms, so a state that takes a second to arrive (a boot, a seek) was seen up to half a
 * second late. The same predicate, checked often; it survives a navigation (checked again
 * in the new document). The default timeout is a locator's (30 s).
 */
export async function attached(page: Scope, selector: string, timeoutMs = 30_000): Promise<void> {
  await page.waitForFunction((sel) => document.querySelector(sel) !== null, selector, { polling: 16, timeout: timeoutMs });
}

/** Like attached, until the first match is visible (a box with a size, not visibility: hidden), as a locator's 'visible'. */
export async function visible(page: Scope, selector: string, timeoutMs = 30_000): Promise<void> {
  await page.waitForFunction(
    (sel) => {
      const e = document.querySelector(sel);
      if (e === null) return false;
      const box = e.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(e).visibility !== 'hidden';
    },
    selector,
    { polling: 16, timeout: timeoutMs },
  );
}

/**
 * A lazy chunk (`/assets/NAME-<hash>.js`) held on its way until `release()`: a slow network for one part of the page
 * (a page's or a whole context's requests). `requested` resolves once the page has asked for it.
 */
export async function holdChunk(target: Page | BrowserContext, name: string): Promise<{ release: () => void; requested: Promise<void> }> {
  let release = (): void => undefined;
  const released = new Promise<void>((ok) => (release = ok));
  let asked = (): void => undefined;
  const requested = new Promise<void>((ok) => (asked = ok));
  await target.route(new RegExp(`/assets/${name}-[^/]*\\.js$`), async (route) => {
    asked();
    await released;
    await route.continue();
  });
  return { release, requested };
}

/**
 * Wait until a zoom frame (a selector) has its gestures bound: pinch, Ctrl + wheel and drag come with their own chunk
 * (ZoomGestures) after the first picture, and one sent before then is lost; the frame is marked `data-gestures` once
 * they are on it. A test that sends one gesture and asserts on what it did waits for this first.
 */
export async function gesturesBound(page: Scope, frame: string, timeoutMs = 30_000): Promise<void> {
  await attached(page, `${frame}[data-gestures]`, timeoutMs);
}

/**
 * Wait until the app is settled (paused, every request handled, no seek under way) and
 * return the tick it shows; with `tick`, until it is settled at exactly that tick.
 */
export async function settled(page: Scope, tick?: number, timeoutMs = 20_000): Promise<number> {
  const at = tick === undefined ? '' : `[data-tick="${tick}"]`;
  const sel = `${tid('tick')}[data-settled="true"]${at}`;
  const el = page.locator(sel).first();
  try {
    await attached(page, sel, timeoutMs);
  } catch {
    const now = page.locator(tid('tick')).first();
    const seen = `tick ${await now.getAttribute('data-tick').catch(() => '?')}, settled ${await now.getAttribute('data-settled').catch(() => '?')}`;
    throw new Error(`not settled${tick === undefined ? '' : ` at tick ${tick}`} within ${timeoutMs} ms (${seen})`);
  }
  return Number(await el.getAttribute('data-tick'));
}

/**
 * Seek to a tick through the debug handle (the app must be open with debug=1) and wait
 * until it is settled there: how a test reaches a later state without playing in real time.
 */
/** Let the page draw two frames (a layout measured in one frame is applied by the next). */
export function twoFrames(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
}

/** At most this many readings two frames apart, by default, before a picture is said never to settle. */
export const STILL_ROUNDS = 60;

/**
 * A reading once it holds: `read` again two frames later until two readings agree (by
 * `key`), at most `rounds` times. A picture measures its room after it opens and lays
 * itself out again to it, and a placed block animates in, so the first reading may be
 * passing. Returns the reading, or the last two readings, which differ (a size feeding
 * back into its room never settles: the caller says so, with both).
 */
export async function whenStill<T>(page: Page, read: () => Promise<T>, rounds = STILL_ROUNDS, key: (v: T) => string = (v) => JSON.stringify(v)): Promise<{ still: T } | { moving: [T, T] }> {
  let before = await read();
  for (let round = 0; round < rounds; round++) {
    await twoFrames(page);
    const now = await read();
    if (key(now) === key(before)) return { still: now };
    if (round === rounds - 1) return { moving: [before, now] };
    before = now;
  }
  return { still: before };
}

/**
 * A layout reading (boxes, scroll positions, rendered sizes) taken once the page holds it:
 * `read` once two readings two frames apart agree (whenStill). Throws with both readings,
 * `what` first, if it never settles. Tests assert on the reading at rest, never on one taken in passing.
 */
export async function atRest<T>(page: Page, read: () => Promise<T>, what: string): Promise<T> {
  const held = await whenStill(page, read);
  if ('moving' in held) throw new Error(`${what}: the layout did not hold still (${JSON.stringify(held.moving)})`);
  return held.still;
}

export async function seekTo(page: Page, tick: number): Promise<void> {
  await page.evaluate((t) => (window as unknown as { virtlab: { client: { seek(t: number): void } } }).virtlab.client.seek(t), tick);
  await settled(page, tick);
}

/**
 * Open the world on screen again, at a later tick, through its own share link (scenario,
 * accepted commands, lens, selection, theme, language), and wait until it is settled
 * there: how a test reaches a far state (a rebuild that takes a minute of simulated time)
 * without playing it in real time and without invariant checks slowing the replay.
 */
export async function reopenAt(page: Page, tick: number, opts: OpenOptions = {}): Promise<OpenedApp> {
  await page.locator(tid('open-share')).click();
  const full = await page.locator(tid('share-full')).inputValue();
  await page.keyboard.press('Escape');
  const decoded = decodeState(new URL(full).searchParams.get('state') ?? '');
  if (!decoded.ok) throw new Error(`the share link does not decode: ${decoded.error.key}`);
  const later = await openApp(`state=${encodeState({ ...decoded.state, tick, playing: false })}`, opts);
  await settled(later.page, tick);
  return later;
}

/**
 * Click a drawn thing ([data-sel=...]) until the inspector describes it. A drawing may still
 * fit itself to the lens (a size measured after the first paint), so a click can land on a
 * neighbour; clicking the same thing again is harmless, so click until the state is right.
 */
export async function selectThing(page: Page, sel: string, inspectorText: string | RegExp): Promise<void> {
  const inspector = page.locator(tid('inspector'));
  const text = async (): Promise<string> => (await inspector.count()) > 0 ? ((await inspector.first().textContent()) ?? '') : '';
  const shows = async (): Promise<boolean> => {
    const now = await text();
    return typeof inspectorText === 'string' ? now.includes(inspectorText) : inspectorText.test(now);
  };
  await expect
    .poll(
      async () => {
        if (!(await shows())) await page.locator(`[data-sel="${sel}"]`).first().click();
        return shows();
      },
      { timeout: 15_000, interval: 200 },
    )
    .toBe(true);
}

/**
 * Show a lens by its tab and wait until the lens (a lazy chunk, its styles) has rendered,
 * or, in a world that does not exercise it, its "nothing to see here" card with lesson presets.
 */
export async function showLens(page: Page, id: string): Promise<void> {
  await page.locator(`#tab-${id}`).click();
  await attached(page, `${tid(`lens-${id}`)}, ${tid('lens-empty')}[data-lens="${id}"]`);
}

/** Press pause if playing, and wait until settled; returns the tick it holds. */
export async function pause(page: Page): Promise<number> {
  const toggle = page.locator(tid('play-toggle'));
  if ((await toggle.getAttribute('aria-pressed')) === 'true') await toggle.click();
  return settled(page);
}

/** Resolves with `p`, or with undefined after `ms` (a safety net for a wedged browser, not a wait). */
async function within<T>(p: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<undefined>((r) => (timer = setTimeout(() => r(undefined), ms)));
  try {
    return await Promise.race([p, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Close the test's pages and every context opened for it (call in afterEach, which passes
 * the test's context); lent contexts stay for the next test unless the test reached for one. After a failed test the browser goes too (for the run's shared one, this file's
 * connection to it): it may be wedged, and the next test must not inherit that, so the
 * rest of the file launches a browser of its own.
 */
export async function closeApps(ctx?: { task?: { result?: { state?: string } } }): Promise<void> {
  const open = [...contexts];
  contexts.clear();
  // A lent context's pages but its keeper: the test's apps and any window they opened.
  const pages = [...lent.values()].flatMap((l) => l.context.pages().filter((p) => p !== l.keeper));
  apps.clear();
  for (const [key, l] of lent) {
    l.busy = false;
    if (l.touched) {
      lent.delete(key);
      open.push(l.context);
    }
  }
  const closing = [...open.map((c) => c.close()), ...pages.map((p) => p.close())].map((p) => p.catch(() => undefined));
  const closed = await within(Promise.all(closing).then(() => true), 10_000);
  if (ctx?.task?.result?.state === 'fail' || closed !== true) {
    const b = browser;
    browser = undefined;
    ownBrowser = true;
    lent.clear();
    await within(b?.close().catch(() => undefined) ?? Promise.resolve(), 10_000);
  }
}

/** Close this file's browser, or its connection to the worker's (call in afterAll). */
export async function closeBrowser(): Promise<void> {
  await closeApps();
  const kept = [...lent.values()];
  lent.clear();
  await within(Promise.all(kept.map((l) => l.context.close().catch(() => undefined))), 10_000);
  const b = browser;
  browser = undefined;
  await b?.close();
}

/** A download's bytes (saved through the browser's connection: the run's browser is not this process's). */
export async function readDownload(download: Download): Promise<Buffer> {
  const file = join(tmpdir(), `virtlab-e2e-${process.pid}-${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(file);
  try {
    return await readFile(file);
  } finally {
    await rm(file, { force: true });
  }
}
