/**
 * The harness's lent contexts (harness.ts `Lent`): the next test on the same screen opens its
 * app in the context the last one used (its renderer is kept, which is what makes opening
 * cheap), and yet nothing the last test left reaches it: stored data, session storage, an
 * init script added to the context.
 */
import type { BrowserContext } from 'playwright-core';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { closeApps, closeBrowser, openApp } from './harness';

afterEach(closeApps);
afterAll(closeBrowser);

const KEY = 'virtlab-e2e-leak';
let last: BrowserContext | undefined;

/** What a page sees of what an earlier page may have stored under KEY. */
const leftovers = (page: import('playwright-core').Page) =>
  page.evaluate(async (key) => ({
    local: localStorage.getItem(key),
    session: sessionStorage.getItem(key),
    indexedDb: (await indexedDB.databases()).some((d) => d.name === key),
    initScript: (window as unknown as { [k: string]: unknown })[key] ?? null,
  }), KEY);

describe('lent contexts', () => {
  test('an app stores data in its origin', async () => {
    const { page } = await openApp('autoplay=0');
    await page.evaluate(
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
    expect((await leftovers(page)).local).toBe('1');
    last = page.context();
  });

  test('the next test on the same screen opens in the same context, with none of it', async () => {
    const { page, errors } = await openApp('autoplay=0');
    expect(page.context()).toBe(last);
    expect(await leftovers(page)).toEqual({ local: null, session: null, indexedDb: false, initScript: null });
    expect(errors).toEqual([]);
  });

  test('a test that reaches for the context (here to add an init script) has it closed afterwards', async () => {
    const app = await openApp('autoplay=0');
    await app.context.addInitScript(`window[${JSON.stringify(KEY)}] = 'init'`);
    await app.page.reload();
    expect((await leftovers(app.page)).initScript).toBe('init');
    last = app.page.context();
  });

  test('so the next test gets a context of its own, without that script', async () => {
    const { page } = await openApp('autoplay=0');
    expect(page.context()).not.toBe(last);
    expect(await leftovers(page)).toEqual({ local: null, session: null, indexedDb: false, initScript: null });
  });

  test('a second app in the same test gets a context of its own (two apps never share stored data)', async () => {
    const a = await openApp('autoplay=0');
    const b = await openApp('autoplay=0');
    expect(b.page.context()).not.toBe(a.page.context());
  });
});
