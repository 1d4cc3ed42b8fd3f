/**
 * Drawings read from the back row: on a 1280x720 projector, every label drawn in a lens's
 * SVG pictures is at least 14 px as rendered (its computed font size times the scale the
 * SVG is drawn at, zoom included), at each lens's lesson preset and at the presets that
 * bring out the lens's other drawings (RAID, I/O paths, GPUs, the orchestrator, instances).
 * No two labels in one drawing overlap, and no label runs out of its drawing. Prose is
 * held to 20 px by the projector's text floor (app.css); drawings state their own
 * projector sizes (the view kit's --vl-label-size), so this test measures the drawings,
 * and every HTML text the floor leaves out (marks inside drawings, chips, legends).
 */
import type { Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { LENS_LESSONS } from '../../src/views/lensLessons';
import { baseUrl, closeApps, closeBrowser, collectErrors, newContext, settled, waitForReady } from './harness';
import { labelsAtRest, type Label } from './labels';

afterEach(closeApps);
afterAll(closeBrowser);

/** The smallest label a student reads on a 1280x720 projector. */
const MIN_PX = 14;

/** Each lens at its lesson preset, then the presets that show its other drawings (each in en and in ko). */
const CASES: readonly (readonly [string, string])[] = [
  ...Object.entries(LENS_LESSONS).map(([lens, presets]) => [lens, presets[0]] as const),
  ['storage', 'raid-striping'],
  ['storage', 'array-failure'],
  ['storage', 'thin-overcommit'],
  ['storage', 'rack-awareness'],
  ['techniques', 'io-paths'],
  ['techniques', 'gpu-sharing'],
  ['containers', 'orchestration'],
  ['cluster', 'instances-on-demand'],
  ['cluster', 'live-migration'],
  ['memory', 'shadow-vs-nested'],
  // The Overview's many-host worlds: too tall for the frame, read by scrolling at 100 %, never fitted under the floor.
  ['overview', 'docker-layers'],
  ['overview', 'orchestration'],
  ['overview', 'vm-vs-container'],
];

/**
 * Every visible text in the lens outside its SVGs (HTML marks in drawings, chips, legends,
 * figures, tables), at its rendered size: its computed font size times the scale its box is
 * drawn at (a zoomed drawing's transform). Prose is held to 20 px by the projector's floor;
 * whatever the floor leaves out must still be 14 px.
 */
async function htmlTexts(page: Page): Promise<{ text: string; px: number; where: string }[]> {
  return page.evaluate(() => {
    const panel = document.querySelector('#lens-panel');
    if (panel === null) return [];
    const out: { text: string; px: number; where: string }[] = [];
    const walk = document.createTreeWalker(panel, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n !== null; n = walk.nextNode()) {
      const text = (n.textContent ?? '').trim();
      const el = n.parentElement;
      if (text === '' || el === null || el.closest('svg, canvas, [hidden]') !== null) continue;
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true })) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      // The scale the text is drawn at: every transform above it (a zoomed drawing's), not its box's rounding.
      let scale = 1;
      for (let a: Element | null = el; a !== null && a !== panel; a = a.parentElement) {
        const tf = getComputedStyle(a).transform;
        if (tf === 'none' || tf === '') continue;
        const m = new DOMMatrixReadOnly(tf);
        scale *= Math.sqrt(Math.abs(m.a * m.d - m.b * m.c));
      }
      const px = parseFloat(getComputedStyle(el).fontSize) * scale;
      const cls = typeof el.className === 'string' && el.className !== '' ? `.${el.className.split(' ')[0]}` : '';
      out.push({ text: text.slice(0, 30), px, where: `${el.tagName.toLowerCase()}${cls}` });
    }
    return out;
  });
}

/** Pairs of labels in one drawing whose boxes overlap (more than a sliver: boxes of stacked lines may touch). */
function overlaps(ls: readonly Label[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < ls.length; i++) {
    for (let j = i + 1; j < ls.length; j++) {
      const a = ls[i];
      const b = ls[j];
      if (a === undefined || b === undefined || a.svg !== b.svg) continue;
      const w = Math.min(a.box.x + a.box.w, b.box.x + b.box.w) - Math.max(a.box.x, b.box.x);
      const h = Math.min(a.box.y + a.box.h, b.box.y + b.box.h) - Math.max(a.box.y, b.box.y);
      if (w > 2 && h > 4) found.push(`"${a.text}" / "${b.text}"`);
    }
  }
  return found;
}

/** The cases grouped by lens: one test per lens and language, each within the suite's 45 s bound (one test for all ran 41-49 s). */
const BY_LENS = new Map<string, (readonly [string, string])[]>();
for (const c of CASES) BY_LENS.set(c[0], [...(BY_LENS.get(c[0]) ?? []), c]);

describe('projector: drawings read from the back row', () => {
  for (const [lensId, cases] of BY_LENS) for (const lang of ['en', 'ko'] as const) test(`${lensId} (${cases.map(([, p]) => p).join(', ')}): every SVG label and every HTML text outside prose is 14 px or more at 1280x720, with no overlaps and nothing cut (${lang})`, async () => {
    const shots = process.env.VL_SHOTS;
    if (shots !== undefined) mkdirSync(shots, { recursive: true });
    const context = await newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const errors = collectErrors(page);
    const bad: string[] = [];
    const report: string[] = [];
    for (const [lens, preset] of cases) {
      await page.goto(`${baseUrl()}?scenario=${preset}&lens=${lens}&lang=${lang}&theme=projector&autoplay=0&tick=8000`);
      await waitForReady(page, errors);
      await settled(page, 8000);
      await page.locator('#lens-panel [data-picture]').first().waitFor({ state: 'visible' });
      const ls = await labelsAtRest(page);
      const where = `${lens} (${preset}, ${lang})`;
      const small = ls.filter((l) => l.px < MIN_PX - 0.05);
      const min = ls.reduce((m, l) => Math.min(m, l.px), Infinity);
      report.push(`${where}: ${ls.length} labels, smallest ${min.toFixed(1)} px`);
      if (small.length > 0) bad.push(`${where}: ${small.length} labels under ${MIN_PX} px, e.g. ${small.slice(0, 3).map((l) => `"${l.text}" ${l.px.toFixed(1)} px`).join(', ')}`);
      const html = await htmlTexts(page);
      const tiny = html.filter((h) => h.px < MIN_PX - 0.05);
      report.push(`${where}: ${html.length} HTML texts, smallest ${html.reduce((m, h) => Math.min(m, h.px), Infinity).toFixed(1)} px`);
      if (tiny.length > 0) bad.push(`${where}: ${tiny.length} HTML texts under ${MIN_PX} px, e.g. ${tiny.slice(0, 4).map((h) => `"${h.text}" (${h.where}) ${h.px.toFixed(1)} px`).join(', ')}`);
      const o = overlaps(ls);
      if (o.length > 0) bad.push(`${where}: ${o.length} overlapping pairs of labels, e.g. ${o.slice(0, 3).join(', ')}`);
      const cut = ls.filter((l) => l.out > 2);
      if (cut.length > 0) bad.push(`${where}: labels cut by their drawing's edge: ${cut.slice(0, 3).map((l) => `"${l.text}" ${l.out.toFixed(0)} px`).join(', ')}`);
      if (shots !== undefined) {
        await page.screenshot({ path: `${shots}/projector-${lens}-${preset}-${lang}.png` });
        // Each labelled drawing on its own, scrolled into view, to look at its labels.
        for (const si of new Set(ls.map((l) => l.svg))) {
          await page.locator('#lens-panel svg').nth(si).screenshot({ path: `${shots}/svg-${lens}-${preset}-${lang}-${si}.png` }).catch(() => undefined);
        }
      }
    }
    console.log(report.join('\n'));
    expect(bad).toEqual([]);
    expect(errors).toEqual([]);
  });
});
