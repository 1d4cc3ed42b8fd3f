/**
 * A first visit as Lighthouse's mobile profile sees it (a mid-range phone: 4x CPU slowdown
 * and slow 4G, simulated), on the production build served gzipped by `vite preview`. It
 * runs Lighthouse 12 (installed as a dev dependency) against the system Chromium; nothing
 * leaves the machine: the page is local and the throttling is simulated from a trace.
 * Reports the performance score, Cumulative Layout Shift and the paint timings.
 */
import { writeFileSync } from 'node:fs';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/browser';

export interface FirstVisit {
  performance: number | null;
  cls: number | null;
  lcpMs: number | null;
  fcpMs: number | null;
  tbtMs: number | null;
  speedIndexMs: number | null;
  /** What Lighthouse named as the largest contentful paint element, for the report. */
  lcpElement: string | null;
}

function num(lhr: { audits: Record<string, { numericValue?: number } | undefined> }, id: string, digits = 0): number | null {
  const v = lhr.audits[id]?.numericValue;
  if (typeof v !== 'number') return null;
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}

export async function runLighthouse(url: string): Promise<FirstVisit> {
  const chrome = await launch({ chromePath: findChromium(), chromeFlags: CHROMIUM_ARGS, logLevel: 'error' });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    if (result === undefined) throw new Error('lighthouse returned nothing');
    const lhr = result.lhr;
    // BENCH_LHR_OUT=<file> keeps the whole report, to see which elements paint late or shift.
    const keep = process.env.BENCH_LHR_OUT;
    if (keep !== undefined && keep !== '') writeFileSync(keep, JSON.stringify(lhr));
    const lcpItems = (lhr.audits['largest-contentful-paint-element']?.details as { items?: { items?: { node?: { snippet?: string } }[] }[] } | undefined)?.items;
    return {
      performance: lhr.categories.performance?.score ?? null,
      cls: num(lhr, 'cumulative-layout-shift', 3),
      lcpMs: num(lhr, 'largest-contentful-paint'),
      fcpMs: num(lhr, 'first-contentful-paint'),
      tbtMs: num(lhr, 'total-blocking-time'),
      speedIndexMs: num(lhr, 'speed-index'),
      lcpElement: lcpItems?.[0]?.items?.[0]?.node?.snippet?.slice(0, 160) ?? null,
    };
  } finally {
    chrome.kill();
  }
}
