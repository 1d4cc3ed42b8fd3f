/**
 * Labels drawn in a lens's SVG pictures, as a student sees them: each visible label's text,
 * its rendered size (its computed font size, its smallest tspan's if smaller, times the scale
 * its SVG is drawn at, zoom included) and its box. Shared by the projector's label check
 * (projector-labels.e2e.ts) and the floor on other screens (label-floor.e2e.ts).
 */
import type { Page } from 'playwright-core';
import { whenStill } from './harness';

export interface Label {
  text: string;
  px: number;
  box: { x: number; y: number; w: number; h: number };
  /** Which SVG of the lens it is drawn in (document order). */
  svg: number;
  /** How far the label runs out of its drawing's box (px), when the drawing clips. */
  out: number;
}

/** Every visible label drawn in an SVG under `scope` (the lens frame by default): its rendered size and box. */
export async function labels(page: Page, scope = '#lens-panel'): Promise<Label[]> {
  return page.evaluate((sel) => {
    const svgs = [...document.querySelectorAll(`${sel} svg`)];
    const out: Label[] = [];
    svgs.forEach((svg, si) => {
      const frame = svg.getBoundingClientRect();
      const clips = getComputedStyle(svg).overflow !== 'visible';
      for (const t of svg.querySelectorAll('text')) {
        const text = (t.textContent ?? '').trim();
        if (text === '' || !t.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
        const r = t.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) continue;
        const m = t.getScreenCTM();
        const scale = m === null ? 1 : Math.sqrt(Math.abs(m.a * m.d - m.b * m.c));
        // The smallest glyphs in the label: a tspan may ask for a smaller size than its text.
        const sizes = [t, ...t.querySelectorAll('tspan')].map((e) => parseFloat(getComputedStyle(e).fontSize));
        const px = Math.min(...sizes) * scale;
        const over = clips ? Math.max(frame.left - r.left, r.right - frame.right, frame.top - r.top, r.bottom - frame.bottom, 0) : 0;
        out.push({ text: text.slice(0, 40), px, box: { x: r.left, y: r.top, w: r.width, h: r.height }, svg: si, out: over });
      }
    });
    return out;
  }, scope) as Promise<Label[]>;
}

/**
 * Words drawn in HTML (`sel` under `scope`: the Containers at-scale view's replica chips):
 * each element's own text, its rendered size (its computed font size times the scale a zoom
 * shows it at) and its box; and, for each element that cuts its words (its text wider than
 * it: an ellipsis), one more label, its whole text with `out` the px it hides (and no size).
 */
export async function htmlLabels(page: Page, sel: string, scope = '#lens-panel'): Promise<Label[]> {
  return page.evaluate(([s, sc]) => {
    const out: Label[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(`${sc} ${s}`)) {
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0) continue;
      // A zoom's transform (or CSS zoom) on the way up: the element is drawn this many px per CSS px.
      let zoom = 1;
      for (let a: Element | null = el; a !== null; a = a.parentElement) {
        const cs = getComputedStyle(a);
        if (cs.transform !== 'none') {
          const m = new DOMMatrixReadOnly(cs.transform);
          zoom *= Math.sqrt(Math.abs(m.a * m.d - m.b * m.c));
        }
        zoom *= parseFloat(cs.zoom) || 1;
      }
      const hidden = Math.max(0, el.scrollWidth - el.clientWidth);
      for (const e of [el, ...el.querySelectorAll<HTMLElement>('*')]) {
        const own = [...e.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? '').join('').trim();
        if (own === '') continue;
        const b = e.getBoundingClientRect();
        out.push({ text: own.slice(0, 40), px: parseFloat(getComputedStyle(e).fontSize) * zoom, box: { x: b.left, y: b.top, w: b.width, h: b.height }, svg: -1, out: 0 });
      }
      // What the element cuts off its words, said once, for its whole text (its size is said above).
      if (hidden > 0) out.push({ text: (el.textContent ?? '').trim().slice(0, 40), px: Infinity, box: { x: r.left, y: r.top, w: r.width, h: r.height }, svg: -1, out: hidden });
    }
    return out;
  }, [sel, scope] as const) as Promise<Label[]>;
}

/** The labels once the drawing is at rest: measured frame after frame until two agree (a block placed animates in). */
export async function labelsAtRest(page: Page, scope = '#lens-panel'): Promise<Label[]> {
  const key = (ls: Label[]): string => ls.map((l) => `${l.text}:${l.px.toFixed(1)}:${Math.round(l.box.x)},${Math.round(l.box.y)},${Math.round(l.box.w)}`).join('|');
  const held = await whenStill(page, () => labels(page, scope), 100, key);
  if ('moving' in held) throw new Error('the drawing never came to rest');
  return held.still;
}

/** The labels under `px` (less a rounding sliver), said as `"text" 8.0 px` for a failure message. */
export function under(ls: readonly Label[], px: number): string[] {
  return ls.filter((l) => l.px < px - 0.05).map((l) => `"${l.text}" ${l.px.toFixed(1)} px`);
}
