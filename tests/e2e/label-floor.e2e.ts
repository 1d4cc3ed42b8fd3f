/**
 * Drawings read on every screen, not only on the projector (projector-labels.e2e.ts holds
 * that one to 14 px): the Containers comparison on a laptop, a desktop and a tablet, its
 * "At scale" view's replicas on all four, the Storage pictures on a phone, a laptop and a
 * tablet, the Network drawing on a phone and the Overview on all four draw no label under 11 px as
 * rendered (labels.ts READ_MIN_PX), nor does the Containers comparison on a phone (its compact
 * boxes' names, bands and timers were 9 px), the GPU cards on a phone (and a small one, 320 px), the CPU table's tags on a desktop, the Cluster's load chart on a laptop and a tablet, or the Memory lens's host-state gauge and its last minute on a laptop, a desktop and a tablet. They lay their boxes out larger, or in fewer
 * columns, for it, so the page still does not scroll sideways and no chip cuts its words.
 */
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { closeApps, closeBrowser, openApp, settled } from './harness';
import { htmlLabels, labelsAtRest, under } from './labels';

afterEach(closeApps);
afterAll(closeBrowser);

/** The smallest label a student reads on a laptop, a desktop, a tablet or a phone (labels.ts READ_MIN_PX). */
const MIN_PX = 11;

interface Screen { name: string; viewport: { width: number; height: number }; touch: boolean }
const LAPTOP: Screen = { name: 'laptop', viewport: { width: 1280, height: 800 }, touch: false };
const DESKTOP: Screen = { name: 'desktop', viewport: { width: 1920, height: 1080 }, touch: false };
const TABLET: Screen = { name: 'tablet', viewport: { width: 768, height: 1024 }, touch: true };
const PHONE: Screen = { name: 'phone', viewport: { width: 390, height: 844 }, touch: true };
const SMALL_PHONE: Screen = { name: 'small phone', viewport: { width: 320, height: 640 }, touch: true };

/** What is measured: a lens at a preset on a screen, the drawings under `scope`, and the words of `html` there (HTML drawn as a picture). */
const CASES: readonly { lens: string; preset: string; screens: readonly Screen[]; scope: string; html?: string; tick?: number }[] = [
  // On a phone the two hosts side by side in compact boxes, two a row: their names, "app", "guest OS" and the timers were 9 px.
  { lens: 'containers', preset: 'vm-vs-container', screens: [LAPTOP, DESKTOP, TABLET, PHONE], scope: '[data-testid="ct-zoom"]' },
  { lens: 'containers', preset: 'docker-layers', screens: [LAPTOP, DESKTOP, TABLET, PHONE], scope: '[data-testid="ct-zoom"]' },
  // Six arrays, and four: too tall to read whole on a phone at 11 px, so the drawing opens at 100 % (or a fit near it) and scrolls down.
  { lens: 'storage', preset: 'rack-awareness', screens: [PHONE], scope: '[data-testid="storage-zoom"]' },
  { lens: 'storage', preset: 'array-failure', screens: [PHONE], scope: '[data-testid="storage-zoom"]' },
  // Side by side on a laptop and a tablet, at 100 %: the SAN, the blocks' names and numbers, the VMs' counts and RAID's stripes were 10 px.
  { lens: 'storage', preset: 'san-placement', screens: [LAPTOP, TABLET], scope: '[data-testid="lens-storage"]' },
  { lens: 'storage', preset: 'array-failure', screens: [LAPTOP, TABLET], scope: '[data-testid="lens-storage"]' },
  { lens: 'storage', preset: 'rack-awareness', screens: [LAPTOP, TABLET], scope: '[data-testid="lens-storage"]' },
  { lens: 'storage', preset: 'thin-overcommit', screens: [LAPTOP, TABLET], scope: '[data-testid="lens-storage"]' },
  { lens: 'storage', preset: 'raid-striping', screens: [LAPTOP, DESKTOP, TABLET], scope: '[data-testid="lens-storage"]' },
  // Not whole on a phone, so fitted smaller (to 78-96 %): its labels were 9.6-10.6 px.
  { lens: 'network', preset: 'vlan-isolation', screens: [PHONE], scope: '[data-testid="net-zoom-frame"]' },
  { lens: 'network', preset: 'vswitch-basics', screens: [PHONE], scope: '[data-testid="net-zoom-frame"]' },
  // The Overview: at 100 % its cells, cores and VM chips were 9 px on a laptop and a tablet, 8.1-8.5 px on a phone fitted
  // whole, and datacenter-32 opened at 89 % on a desktop (8 px). Now laid out for 11 px, read down by scrolling where not whole.
  { lens: 'overview', preset: 'basic', screens: [LAPTOP, TABLET, PHONE], scope: '[data-testid="overview-zoom"]' },
  { lens: 'overview', preset: 'datacenter-32', screens: [LAPTOP, DESKTOP], scope: '[data-testid="overview-zoom"]' },
  // "At scale": the replicas' chips (HTML) say their version in words that were 8.9 px on every screen.
  { lens: 'containers', preset: 'orchestration', screens: [LAPTOP, DESKTOP, TABLET, PHONE], scope: '[data-testid="orch-view"]', html: '.orch-pod' },
  // Later, autoscaled to ten replicas of 2.0 with two-digit names ("✓ web-17 2.0"): the phone's chips cut their words.
  { lens: 'containers', preset: 'orchestration', screens: [PHONE], scope: '[data-testid="orch-view"]', html: '.orch-pod', tick: 40_000 },
  // The GPU cards, drawn 312 px wide on a phone (their 12-unit labels at 0.91: "Who had the GPU, each of the last 64 ms…" was 10.9 px).
  // On a small phone the caption did not fit at the floor and was narrowed under it (9 px): now it wraps.
  { lens: 'techniques', preset: 'gpu-sharing', screens: [PHONE, SMALL_PHONE], scope: '.gpu-cards' },
  // The CPU table's "HT shared" tag (HTML, sized in rem: 10.5 px on a desktop); its table draws no SVG words.
  { lens: 'cpu', preset: 'cpu-overcommit', screens: [DESKTOP], scope: '.cpu-vms', html: '.cpu-tag' },
  { lens: 'cluster', preset: 'drs-balance', screens: [LAPTOP, TABLET], scope: '[data-testid="cl-load"]' },
  { lens: 'memory', preset: 'memory-overcommit', screens: [LAPTOP, DESKTOP, TABLET], scope: '[data-testid="memory-gauge"]' },
];

describe('label floor: drawings read on a laptop, a desktop, a tablet and a phone', () => {
  // One test per drawing and language, each within the suite's 45 s bound (one test for all ran 110-125 s).
  for (const c of CASES) {
    const tick = c.tick ?? 3000;
    const what = `${c.lens} (${c.preset}${tick === 3000 ? '' : `, tick ${tick}`}) on ${c.screens.map((s) => s.name).join(', ')}`;
    for (const lang of ['en', 'ko'] as const) test(`${what}: every label of its drawing is ${MIN_PX} px or more as rendered, and the page does not scroll sideways (${lang})`, async () => {
      const bad: string[] = [];
      const report: string[] = [];
      for (const s of c.screens) {
        const { page, errors } = await openApp(`scenario=${c.preset}&lens=${c.lens}&lang=${lang}&autoplay=0&tick=${tick}`, { viewport: s.viewport, touch: s.touch });
        await settled(page, tick);
        // The first word drawn: in an SVG, or (a table's tags) in the HTML measured.
        await page.locator(c.html === undefined ? `${c.scope} svg text` : `${c.scope} svg text, ${c.scope} ${c.html}`).first().waitFor({ state: 'visible' });
        const ls = [...(await labelsAtRest(page, c.scope)), ...(c.html === undefined ? [] : await htmlLabels(page, c.html, c.scope))];
        const where = `${s.name}, ${lang}`;
        const small = under(ls, MIN_PX);
        const sw = await page.evaluate(() => document.documentElement.scrollWidth);
        report.push(`${what}, ${where}: ${ls.length} labels, smallest ${ls.reduce((m, l) => Math.min(m, l.px), Infinity).toFixed(1)} px, page ${sw} px wide`);
        if (ls.length === 0) bad.push(`${where}: no labels found under ${c.scope}`);
        if (small.length > 0) bad.push(`${where}: ${small.length} labels under ${MIN_PX} px, e.g. ${small.slice(0, 3).join(', ')}`);
        const cut = ls.filter((l) => l.svg < 0 && l.out > 0.5).map((l) => `"${l.text}" (${l.out.toFixed(0)} px hidden)`);
        if (cut.length > 0) bad.push(`${where}: words cut, e.g. ${cut.slice(0, 3).join(', ')}`);
        if (sw > s.viewport.width) bad.push(`${where}: the page scrolls sideways (${sw} px wide)`);
        expect(errors).toEqual([]);
        await closeApps();
      }
      console.log(report.join('\n'));
      expect(bad).toEqual([]);
    });
  }
});
