/**
 * Issue 14, pictures whole and readable (audit 17's findings): each drawing here is whole
 * in its frame, takes the room it is given, and keeps its marks off its words.
 */
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { closeApp, closeApps, closeBrowser, openApp, settled, visible, whenStill } from './harness';

afterEach(closeApps);
afterAll(closeBrowser);

const P = { width: 1280, height: 720 };

describe('pictures whole and readable', () => {
  test('type1-vs-type2 on a projector: both stacks are whole in their frames (band borders drawn) and as tall as each other (en, ko)', async () => {
    const bad: string[] = [];
    for (const lang of ['en', 'ko']) {
      const app = await openApp(`scenario=type1-vs-type2&lens=techniques&lang=${lang}&theme=projector&autoplay=0`, { viewport: P });
      const { page, errors } = app;
      await settled(page);
      await visible(page, '#lens-panel .tq-pair-side .zoom-frame[data-picture] svg');
      const read = () => page.evaluate(() => [...document.querySelectorAll('#lens-panel .tq-pair-side .tq-stack-path')].map((sp) => {
        const frame = sp.querySelector('.zoom-frame')?.getBoundingClientRect();
        const svg = sp.querySelector('svg');
        const box = svg?.getBoundingClientRect();
        const w = Number(svg?.getAttribute('width') ?? 0);
        // Each band's stroke (1 px, centred on its edge) inside the drawing: a rect from 0 to the full width loses half its border at the edges.
        const cut = [...sp.querySelectorAll('rect.tq-band')].filter((r) => {
          const x = Number(r.getAttribute('x'));
          return x < 0.5 || x + Number(r.getAttribute('width')) > w - 0.5;
        }).length;
        return { frameR: frame?.right ?? 0, svgR: box?.right ?? 0, svgH: box?.height ?? 0, frameH: frame?.height ?? 0, w, cut };
      }));
      const held = await whenStill(page, read);
      const s = 'still' in held ? held.still : held.moving[1];
      expect(s.length).toBe(2);
      for (const [i, d] of s.entries()) {
        if (d.svgR > d.frameR + 0.5) bad.push(`${lang} stack ${i + 1}: drawing ends ${(d.svgR - d.frameR).toFixed(1)} px past its frame`);
        if (d.cut > 0) bad.push(`${lang} stack ${i + 1}: ${d.cut} bands with their border at the drawing's edge (half cut off), width ${d.w}`);
        if (!Number.isInteger(d.w)) bad.push(`${lang} stack ${i + 1}: drawing ${d.w} px wide (not a whole pixel)`);
      }
      const [a, b] = s;
      if (a !== undefined && b !== undefined && Math.abs(a.svgH - b.svgH) > 2) bad.push(`${lang}: the stacks are ${Math.round(a.svgH)} and ${Math.round(b.svgH)} px tall (${Math.round(Math.abs(a.svgH - b.svgH))} px empty under the shorter)`);
      expect(errors).toEqual([]);
      await closeApp(app);
    }
    expect(bad).toEqual([]);
  });
});
