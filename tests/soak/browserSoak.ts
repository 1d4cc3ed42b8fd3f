/**
 * `npm run soak:browser` (not in CI; on a shared machine run it under the browser lock):
 * the production build, `datacenter-32` at top speed for SOAK_MINUTES (30) in real
 * Chromium, visiting every lens in turn (one every LENS_SECONDS). Once a minute both
 * heaps are sampled after a forced garbage collection: the main thread's and the
 * simulation worker's (the worker's through the DevTools protocol, attached to its
 * target). It fails when either heap's least-squares slope after the first 5 minutes
 * exceeds 0.1 MB per minute (MB = 10^6 bytes), when the page logs an error, when the
 * worker is replaced (a restart), or when the simulation stops advancing. It prints one
 * line per minute and writes everything to test-results/soak-browser.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { launchBrowser } from '../e2e/browser';
import { ROOT, serveDist } from '../e2e/server';

const MINUTES = Number(process.env['SOAK_MINUTES'] ?? 30);
const LENS_SECONDS = Number(process.env['SOAK_LENS_SECONDS'] ?? 10);
const WARMUP_MIN = 5;
const MAX_SLOPE_MB_PER_MIN = 0.1;
const MB = 1e6;

interface Sample {
  minute: number;
  tick: number;
  lens: string;
  mainMB: number;
  workerMB: number;
}

/** Least-squares slope of y over x. */
export function slope(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length;
  if (n < 2) return 0;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i++) {
    num += ((xs[i] ?? 0) - mx) * ((ys[i] ?? 0) - my);
    den += ((xs[i] ?? 0) - mx) ** 2;
  }
  return den === 0 ? 0 : num / den;
}

/** A DevTools session on the worker target (the old non-flat protocol: Playwright gives no worker sessions). */
async function attachWorker(browserCdp: CDPSession): Promise<{ send: (method: string) => Promise<Record<string, number>>; targetId: string }> {
  const { targetInfos } = (await browserCdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string }[] };
  const target = targetInfos.find((t) => t.type === 'worker');
  if (target === undefined) throw new Error('no worker target: is the simulation running in a Worker?');
  const { sessionId } = (await browserCdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })) as { sessionId: string };
  let id = 0;
  const waiting = new Map<number, (v: Record<string, number>) => void>();
  browserCdp.on('Target.receivedMessageFromTarget', (e: { sessionId: string; message: string }) => {
    if (e.sessionId !== sessionId) return;
    const m = JSON.parse(e.message) as { id?: number; result?: Record<string, number> };
    if (m.id !== undefined) waiting.get(m.id)?.(m.result ?? {});
  });
  const send = (method: string): Promise<Record<string, number>> =>
    new Promise((ok) => {
      id += 1;
      waiting.set(id, ok);
      void browserCdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params: {} }) });
    });
  return { send, targetId: target.targetId };
}

async function main(): Promise<number> {
  const served = await serveDist();
  const browser = await launchBrowser();
  const errors: string[] = [];
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${served.baseUrl}?scenario=datacenter-32&speed=max&autoplay=1&lang=en`);
    await page.locator('[data-testid="app-ready"]').waitFor({ state: 'attached', timeout: 30_000 });
    const mainCdp = await context.newCDPSession(page);
    const browserCdp = await browser.newBrowserCDPSession();
    const worker = await attachWorker(browserCdp);
    const lenses = await page.getByRole('tab').evaluateAll((tabs) => tabs.map((t) => t.id.replace(/^tab-/, '')));
    const tick = async (): Promise<number> => Number(await page.locator('[data-testid="tick"]').getAttribute('data-tick'));
    const sample = async (minute: number, lens: string): Promise<Sample> => {
      await mainCdp.send('HeapProfiler.collectGarbage');
      const heap = (await mainCdp.send('Runtime.getHeapUsage')) as { usedSize: number };
      await worker.send('HeapProfiler.collectGarbage');
      const w = await worker.send('Runtime.getHeapUsage');
      return { minute, tick: await tick(), lens, mainMB: heap.usedSize / MB, workerMB: (w['usedSize'] ?? Number.NaN) / MB };
    };
    const samples: Sample[] = [];
    const started = Date.now();
    let visit = 0;
    for (let minute = 0; minute <= MINUTES; minute++) {
      const lens = lenses[visit % lenses.length] ?? 'overview';
      const s = await sample(minute, lens);
      samples.push(s);
      console.log(`minute ${String(minute).padStart(2)}  tick ${String(s.tick).padStart(10)}  main ${s.mainMB.toFixed(2)} MB  worker ${s.workerMB.toFixed(2)} MB  (${lens})`);
      if (minute === MINUTES) break;
      // Visit lenses until the next whole minute of wall-clock time.
      while (Date.now() - started < (minute + 1) * 60_000) {
        visit += 1;
        await page.locator(`#tab-${lenses[visit % lenses.length] ?? 'overview'}`).click();
        await page.waitForTimeout(Math.min(LENS_SECONDS * 1000, Math.max(0, (minute + 1) * 60_000 - (Date.now() - started))));
      }
    }
    const { targetInfos } = (await browserCdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string }[] };
    const sameWorker = targetInfos.some((t) => t.type === 'worker' && t.targetId === worker.targetId);
    const late = samples.filter((s) => s.minute >= WARMUP_MIN);
    const mainSlope = slope(late.map((s) => s.minute), late.map((s) => s.mainMB));
    const workerSlope = slope(late.map((s) => s.minute), late.map((s) => s.workerMB));
    const advanced = (samples.at(-1)?.tick ?? 0) > (samples[0]?.tick ?? 0);
    const problems = [
      ...(mainSlope > MAX_SLOPE_MB_PER_MIN ? [`main-thread heap grows ${mainSlope.toFixed(3)} MB/min after minute ${WARMUP_MIN}`] : []),
      ...(workerSlope > MAX_SLOPE_MB_PER_MIN ? [`worker heap grows ${workerSlope.toFixed(3)} MB/min after minute ${WARMUP_MIN}`] : []),
      ...(sameWorker ? [] : ['the worker was replaced during the soak (a restart)']),
      ...(advanced ? [] : ['the simulation did not advance']),
      ...errors.map((e) => `page error: ${e}`),
    ];
    const report = { minutes: MINUTES, scenario: 'datacenter-32', speed: 'max', lenses, mainSlopeMBPerMin: mainSlope, workerSlopeMBPerMin: workerSlope, limit: MAX_SLOPE_MB_PER_MIN, samples, problems };
    mkdirSync(join(ROOT, 'test-results'), { recursive: true });
    writeFileSync(join(ROOT, 'test-results', 'soak-browser.json'), JSON.stringify(report, null, 2));
    console.log(`\nslopes after minute ${WARMUP_MIN}: main ${mainSlope.toFixed(4)} MB/min, worker ${workerSlope.toFixed(4)} MB/min (limit ${MAX_SLOPE_MB_PER_MIN})`);
    console.log(problems.length === 0 ? 'soak passed' : `soak FAILED:\n  ${problems.join('\n  ')}`);
    return problems.length === 0 ? 0 : 1;
  } finally {
    await browser.close();
    await served.close();
  }
}

if (process.argv[1]?.endsWith('browserSoak.ts')) process.exitCode = await main();
