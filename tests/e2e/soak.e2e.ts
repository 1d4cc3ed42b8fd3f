/**
 * A shortened browser soak for CI: the largest preset at top speed while every lens is
 * visited in turn, then the main thread's heap after garbage collection must not have
 * grown beyond a small bound (every history buffer a lens keeps is capped). The hour-long
 * engine soak is `npm run soak`; set SOAK_SECONDS for a longer browser run.
 */
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { closeApps, closeBrowser, openApp, readTick } from './harness';

afterEach(closeApps);
afterAll(closeBrowser);

const SECONDS = Number(process.env['SOAK_SECONDS'] ?? 24);
const MAX_GROWTH_MIB = 40;

describe('browser soak', () => {
  test(`datacenter-32 at top speed for ${SECONDS} s across every lens keeps the heap bounded`, async () => {
    const { page, context, errors } = await openApp('scenario=datacenter-32&speed=max&autoplay=1&lang=en');
    const cdp = await context.newCDPSession(page);
    const heapMiB = async (): Promise<number> => {
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
      return usedSize / 2 ** 20;
    };
    const tabs = page.getByRole('tab');
    const count = await tabs.count();
    // One pass over every lens first, so each lens's code and first buffers are in the baseline.
    for (let i = 0; i < count; i++) {
      await tabs.nth(i).click();
      await page.waitForTimeout(400);
    }
    const tick0 = await readTick(page);
    const before = await heapMiB();
    const end = Date.now() + SECONDS * 1000;
    for (let i = 0; Date.now() < end; i++) {
      await tabs.nth(i % count).click();
      await page.waitForTimeout(1500);
    }
    const after = await heapMiB();
    expect(await readTick(page)).toBeGreaterThan(tick0);
    expect(after - before, `heap ${before.toFixed(1)} -> ${after.toFixed(1)} MiB`).toBeLessThan(MAX_GROWTH_MIB);
    expect(errors).toEqual([]);
  }, 180_000);
});
