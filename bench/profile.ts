/**
 * Profile one bench case (not part of `npm run bench`): open the built app at the case,
 * slow the CPU down (default 4x), let it settle, then record a CDP CPU profile and the
 * long tasks for a few seconds; print the top self-time functions and the long tasks.
 * Usage: flock /tmp/virtlab-browser.lock npx tsx bench/profile.ts <case> [rate] [seconds]
 * Build with `vite build --sourcemap` to get file:line names (never commit such a build).
 */
import { launchBrowser } from '../tests/e2e/browser';
import { serveDist } from '../tests/e2e/server';
import { LENS_CASES } from './cases';
import { caseQuery } from './lensFrames';

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }
interface Profile { nodes: Node[]; samples: number[]; timeDeltas: number[] }

const [name = 'cpu-overcommit', rateArg = '4', secArg = '5'] = process.argv.slice(2);
const c = LENS_CASES.find((x) => x.name === name || x.lens === name);
if (c === undefined) throw new Error(`no case ${name}`);
process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} --max-http-header-size=524288`.trim();
const served = await serveDist();
const browser = await launchBrowser();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${served.baseUrl}?${caseQuery(c)}`, { waitUntil: 'load' });
  await page.locator('[data-testid="app-ready"]').first().waitFor({ state: 'attached', timeout: 60_000 });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(rateArg) });
  await page.waitForTimeout(1500);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await page.evaluate(`window.__lt = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lt.push(Math.round(e.duration)); }).observe({ type: 'longtask' }); window.__fr = 0; (function f(){ window.__fr++; requestAnimationFrame(f); })();`);
  await cdp.send('Profiler.start');
  const ms = Number(secArg) * 1000;
  await page.waitForTimeout(ms);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  const lt = (await page.evaluate('window.__lt')) as number[];
  const fr = (await page.evaluate('window.__fr')) as number;
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byName = new Map<string, number>();
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const ch of n.children ?? []) parent.set(ch, n.id);
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const label = (n: Node): string => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop() ?? ''}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
  const total = new Map<string, number>();
  for (const [id, t] of self) {
    const n = nodes.get(id)!;
    byName.set(label(n), (byName.get(label(n)) ?? 0) + t);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const l = label(nodes.get(cur)!);
      if (seen.has(l)) continue;
      seen.add(l);
      total.set(l, (total.get(l) ?? 0) + t);
    }
  }
  const all = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`case ${c.name} at ${rateArg}x: ${(fr / (ms / 1000)).toFixed(1)} fps, long tasks ${lt.length}, longest ${Math.max(0, ...lt)} ms: ${lt.slice(0, 30).join(' ')}`);
  console.log(`--- self time (of ${(all / 1000).toFixed(0)} ms sampled)`);
  for (const [k, v] of [...byName].toSorted((a, b) => b[1] - a[1]).slice(0, 35)) console.log(`${(v / 1000).toFixed(0).padStart(6)} ms  ${k}`);
  console.log('--- total time');
  for (const [k, v] of [...total].toSorted((a, b) => b[1] - a[1]).slice(0, 45)) console.log(`${(v / 1000).toFixed(0).padStart(6)} ms  ${k}`);
  await context.close();
} finally {
  await browser.close();
  await served.close();
}
