/**
 * One run of the browser benchmark on the production build (dist/, built by
 * scripts/bench.mjs), served under a sub-path by `vite preview` (gzip, as a static host
 * would): every lens case of bench/cases.ts at each CPU slowdown (bench/lensFrames.ts),
 * a first visit through Lighthouse's mobile profile (bench/lighthouse.ts), and the initial
 * JavaScript a visitor downloads, gzipped (initialJsGzipKiB), and how soon a part that loads on
 * demand is drawn (bench/partShown.ts; `--cases=parts` runs it and no lens case). Prints one JSON object (BrowserResult) as its last stdout line.
 * `--skip-lighthouse` and `--cases=a,b` narrow a run while iterating.
 */
import { loadavg } from 'node:os';
import { launchBrowser } from '../tests/e2e/browser';
import { serveDist } from '../tests/e2e/server';
import { initialJsGzipKiB } from './initialJs';
import { LENS_CASES, THROTTLE_RATES } from './cases';
import { measureCase, type LensRun } from './lensFrames';
import { runLighthouse, type FirstVisit } from './lighthouse';
import { sampleGridChange, type GridChange } from './memoryGrid';
import { measurePartShown, type PartShown } from './partShown';

export interface BrowserResult {
  lenses: LensRun[];
  memoryGrid: GridChange | null;
  firstVisit: FirstVisit | null;
  /** How soon a lens, a dialog and the shortcuts are drawn after they are asked for (bench/partShown.ts). */
  partShown: PartShown | null;
  initialJsGzipKiB: number;
  /** 1-minute load average when the run started and ended (2 cores: 2.0 is a fully busy machine). */
  load: { before: number; after: number };
}

const arg = (name: string): string | undefined => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const load1 = (): number => Math.round((loadavg()[0] ?? 0) * 100) / 100;

export async function benchBrowser(): Promise<BrowserResult> {
  const only = arg('cases')?.split(',');
  const cases = only === undefined ? LENS_CASES : LENS_CASES.filter((c) => only.includes(c.name) || only.includes(c.lens));
  const before = load1();
  // The storage case opens a ~100 KB share link; Node's default 16 KiB header limit would refuse it.
  process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} --max-http-header-size=524288`.trim();
  const served = await serveDist();
  const lenses: LensRun[] = [];
  let memoryGrid: GridChange | null = null;
  let partShown: PartShown | null = null;
  try {
    const browser = await launchBrowser();
    try {
      if (only === undefined || only.includes('parts')) {
        console.error('[bench] parts drawn on demand (a lens tab, a dialog, the shortcuts)');
        partShown = await measurePartShown(browser, served.baseUrl).catch((err: unknown) => {
          console.error(`[bench] parts failed: ${String(err)}`);
          return null;
        });
      }
      for (const c of cases) {
        console.error(`[bench] ${c.name} (${c.lens} lens) at ${THROTTLE_RATES.join('x, ')}x CPU`);
        const grid = c.lens === 'memory' ? sampleGridChange : undefined;
        const r = await measureCase(browser, served.baseUrl, c, THROTTLE_RATES, grid);
        lenses.push(...r.runs);
        if (r.after !== null) memoryGrid = r.after;
      }
    } finally {
      await browser.close();
    }
    let firstVisit: FirstVisit | null = null;
    if (!process.argv.includes('--skip-lighthouse')) {
      console.error('[bench] Lighthouse, mobile profile');
      firstVisit = await runLighthouse(served.baseUrl).catch((err: unknown) => {
        console.error(`[bench] Lighthouse failed: ${String(err)}`);
        return null;
      });
    }
    return { lenses, memoryGrid, firstVisit, partShown, initialJsGzipKiB: initialJsGzipKiB(), load: { before, after: load1() } };
  } finally {
    await served.close();
  }
}

process.stdout.write(`${JSON.stringify(await benchBrowser())}\n`);
