/**
 * The theme's stroke width (--vl-stroke-width) is a plain number, an SVG stroke's width. As a CSS length (a border,
 * an outline) it needs its unit, `calc(var(--vl-stroke-width) * 1px)` as app.css writes it: bare, the declaration is
 * invalid and the box has no border at all (the Containers and Cluster lenses' cards, the orchestration nodes, the
 * CPU lens's panels and the GPU cards were drawn without theirs).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..');

describe('the stroke width as a CSS length', () => {
  it('has its unit wherever a stylesheet uses it (only an SVG stroke-width takes it bare)', () => {
    const css = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.css'));
    const bare: string[] = [];
    for (const f of css) {
      for (const decl of readFileSync(join(SRC, f), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').split(/[;{}]/)) {
        const colon = decl.indexOf(':');
        if (colon < 0 || !decl.includes('var(--vl-stroke-width)')) continue;
        const prop = decl.slice(0, colon).trim();
        const value = decl.slice(colon + 1).trim();
        if (prop === 'stroke-width' || prop.startsWith('--')) continue;
        // Each use sits in a calc() that gives it px.
        const ok = [...value.matchAll(/calc\(([^()]*var\(--vl-stroke-width\)[^()]*)\)/g)].filter((m) => /\dpx\b/.test(m[1] ?? '')).length;
        const uses = value.split('var(--vl-stroke-width)').length - 1;
        if (ok < uses) bare.push(`${f}: ${prop}: ${value}`);
      }
    }
    expect(bare).toEqual([]);
  });
});
