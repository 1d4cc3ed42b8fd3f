/**
 * What the Overview shows of its hosts, read from the page: the drawing's size and its frame's, how much of each
 * host is in the frame, and the labels cut with '…' in each host's hypervisor and hardware boxes (pCPU cells aside:
 * they name what runs on them, cut from the front by design, and the inspector says it whole).
 */
import type { Page } from 'playwright-core';

export interface OverviewFigures {
  arrangement: string;
  /** The scale the layout was made at (px per drawing unit) and its viewBox. */
  scale: number;
  viewBox: string;
  svg: { w: number; h: number };
  frame: { w: number; h: number };
  /** Per host: the share of its box's area inside the frame (0..1). */
  inView: number[];
  /** Rows of hosts (distinct tops) and columns (distinct lefts). */
  rows: number;
  cols: number;
  /** Labels cut with '…' in a hypervisor or hardware box (pCPU cells aside), with where. */
  cut: string[];
}

export function overviewFigures(page: Page): Promise<OverviewFigures> {
  return page.evaluate(() => {
    const svg = document.querySelector('svg.overview-svg');
    const frameEl = document.querySelector('[data-testid="overview-zoom"]');
    if (svg === null || frameEl === null) throw new Error('no Overview drawing');
    const fr = frameEl.getBoundingClientRect();
    const sr = svg.getBoundingClientRect();
    const hosts = [...svg.querySelectorAll('g.host-panel')];
    const inView: number[] = [];
    const tops = new Set<number>();
    const lefts = new Set<number>();
    const cut: string[] = [];
    for (const g of hosts) {
      const box = g.querySelector(':scope rect')?.getBoundingClientRect();
      if (box === undefined) continue;
      tops.add(Math.round(box.top));
      lefts.add(Math.round(box.left));
      const iw = Math.max(0, Math.min(box.right, fr.right) - Math.max(box.left, fr.left));
      const ih = Math.max(0, Math.min(box.bottom, fr.bottom) - Math.max(box.top, fr.top));
      inView.push(Math.round(((iw * ih) / (box.width * box.height)) * 100) / 100);
      const parts = [...g.querySelectorAll('g[data-sel^="hypervisor-"] > rect, g[data-sel^="host-"] > rect')].map((r) => ({ r: r.getBoundingClientRect(), what: r.parentElement?.getAttribute('data-sel') ?? '' }));
      for (const t of g.querySelectorAll('text')) {
        const text = [...t.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? '').join('').trim();
        if (!text.includes('…') || t.closest('g[data-sel^="pcpu-"]') !== null) continue;
        const r = t.getBoundingClientRect();
        const cx = r.left + r.width / 2;
        const cy = r.top + r.height / 2;
        const inside = parts.find((p) => cx >= p.r.left && cx <= p.r.right && cy >= p.r.top && cy <= p.r.bottom);
        if (inside !== undefined) cut.push(`${inside.what}: ${text}`);
      }
    }
    return { arrangement: svg.getAttribute('data-arrangement') ?? '', scale: Number(svg.getAttribute('data-scale')), viewBox: svg.getAttribute('viewBox') ?? '', svg: { w: Math.round(sr.width), h: Math.round(sr.height) }, frame: { w: Math.round(fr.width), h: Math.round(fr.height) }, inView, rows: tops.size, cols: lefts.size, cut };
  });
}
