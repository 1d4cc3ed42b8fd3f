/**
 * The harness's lent contexts (harness.ts `Lent`): the next app on the same screen opens in
 * the context the last one used (its renderer is kept, which is what makes opening cheap),
 * and yet nothing the last app left reaches it: stored data, session storage, an init script
 * added to the context. Each test stands alone: it ends its first app as a test's end would
 * (closeApp, or closeApps as afterEach calls it).
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { baseUrl, closeApp, closeApps, closeBrowser, lentContextOf, openApp } from './harness';
import { initialScripts } from './server';

afterEach(closeApps);
afterAll(closeBrowser);

const KEY = 'virtlab-e2e-leak';
const NOTHING = { local: null, session: null, indexedDb: false, initScript: null };

/** What a page sees of what an earlier page may have stored under KEY. */
const leftovers = (page: Page) =>
  page.evaluate(async (key) => ({
    local: localStorage.getItem(key),
    session: sessionStorage.getItem(key),
    indexedDb: (await indexedDB.databases()).some((d) => d.name === key),
    initScript: (window as unknown as { [k: string]: unknown })[key] ?? null,
  }), KEY);

/** Store something under KEY in every kind of storage the page has. */
const store = (page: Page) =>
  page.evaluate(
    (key) =>
      new Promise<void>((done) => {
        localStorage.setItem(key, '1');
        sessionStorage.setItem(key, '1');
        const open = indexedDB.open(key);
        open.onsuccess = () => {
          open.result.close();
          done();
        };
      }),
    KEY,
  );

describe('lent contexts', () => {
  for (const [how, end] of [
    ['closeApp', closeApp],
    ['the end of a test (closeApps)', () => closeApps()],
  ] as const) {
    test(`after ${how}, the next app on the same screen opens in the same context, with nothing the last one stored`, async () => {
      const first = await openApp('autoplay=0');
      await store(first.page);
      expect((await leftovers(first.page)).local).toBe('1');
      const kept = lentContextOf(first.page);
      expect(kept).toBeDefined();
      await end(first);
      const next = await openApp('autoplay=0');
      expect(lentContextOf(next.page)).toBe(kept);
      expect(await leftovers(next.page)).toEqual(NOTHING);
      expect(next.errors).toEqual([]);
    });
  }

  test('an app whose context is reached for (app.context, here for an init script) has it closed; the next app gets another, without the script', async () => {
    const first = await openApp('autoplay=0');
    const kept = lentContextOf(first.page);
    await first.context.addInitScript(`window[${JSON.stringify(KEY)}] = 'init'`);
    await first.page.reload();
    expect((await leftovers(first.page)).initScript).toBe('init');
    await closeApp(first);
    const next = await openApp('autoplay=0');
    expect(lentContextOf(next.page)).toBeDefined();
    expect(lentContextOf(next.page)).not.toBe(kept);
    expect(await leftovers(next.page)).toEqual(NOTHING);
  });

  test('a second app open at once gets a context of its own (two apps never share stored data)', async () => {
    const a = await openApp('autoplay=0');
    const b = await openApp('autoplay=0');
    expect(lentContextOf(a.page)).toBeDefined();
    expect(lentContextOf(b.page)).toBeUndefined();
    await store(a.page);
    expect(await leftovers(b.page)).toEqual(NOTHING);
  });
});

describe('the test server', () => {
  // What makes a kept context's next app cheap to open: the build's content-hashed files come from the browser's cache
  // (vite.config.ts immutableAssets). index.html, whose name never changes, is asked for each time.
  test('serves the content-hashed assets as immutable, and index.html not', async () => {
    const index = await fetch(baseUrl());
    expect(index.headers.get('cache-control') ?? '').not.toMatch(/immutable|max-age=[1-9]/);
    const scripts = initialScripts(await index.text());
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) {
      const res = await fetch(new URL(src, baseUrl()));
      expect(`${src}: ${res.headers.get('cache-control')}`).toBe(`${src}: public, max-age=31536000, immutable`);
    }
  });
});
