/**
 * Pictures of the current lens: a standalone SVG (computed colours, strokes and fonts
 * inlined, so it looks the same outside the app and in the current theme), a PNG
 * rendered from it at 2x, and a canvas the WebM recorder redraws. A lens that draws to
 * a <canvas> is copied from that canvas directly.
 */
const STYLE_PROPS = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'opacity', 'fill-opacity', 'font-size', 'font-family', 'font-weight', 'text-anchor', 'dominant-baseline', 'visibility', 'display'];

/** The lens's main picture: its largest <svg> or <canvas>. */
export function lensGraphic(): SVGSVGElement | HTMLCanvasElement | null {
  const panel = document.getElementById('lens-panel');
  if (panel === null) return null;
  let best: SVGSVGElement | HTMLCanvasElement | null = null;
  let area = 0;
  for (const el of panel.querySelectorAll<SVGSVGElement | HTMLCanvasElement>('svg, canvas')) {
    if (el instanceof SVGSVGElement && el.ownerSVGElement !== null) continue;
    const r = el.getBoundingClientRect();
    if (r.width * r.height > area) {
      area = r.width * r.height;
      best = el;
    }
  }
  return best;
}

function inlineStyles(src: Element, dst: Element): void {
  const cs = getComputedStyle(src);
  // Through the CSSOM, not setAttribute('style'): a strict CSP (style-src 'self') blocks
  // style attributes but allows CSSOM writes, and the serializer writes both the same.
  if (dst instanceof SVGElement || dst instanceof HTMLElement) {
    for (const p of STYLE_PROPS) dst.style.setProperty(p, cs.getPropertyValue(p));
  }
  const a = src.children;
  const b = dst.children;
  for (let i = 0; i < a.length && i < b.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x !== undefined && y !== undefined) inlineStyles(x, y);
  }
}

export interface SvgPicture {
  text: string;
  width: number;
  height: number;
}

export function svgPicture(svg: SVGSVGElement): SvgPicture {
  const r = svg.getBoundingClientRect();
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone);
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(Math.round(r.width)));
  clone.setAttribute('height', String(Math.round(r.height)));
  const bg = getComputedStyle(document.documentElement).getPropertyValue('--vl-bg').trim();
  clone.style.background = bg;
  const rect = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  rect.setAttribute('width', '100%');
  rect.setAttribute('height', '100%');
  rect.setAttribute('fill', bg);
  clone.insertBefore(rect, clone.firstChild);
  return { text: new XMLSerializer().serializeToString(clone), width: Math.round(r.width), height: Math.round(r.height) };
}

function loadImage(svgText: string): Promise<HTMLImageElement> {
  return new Promise((ok, fail) => {
    const img = new Image();
    img.onload = () => ok(img);
    img.onerror = () => fail(new Error('svg image did not load'));
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  });
}

/** Draw the lens into `canvas` at `scale` (resizing the canvas to fit). */
export async function drawLens(canvas: HTMLCanvasElement, scale: number): Promise<boolean> {
  const g = lensGraphic();
  const ctx = canvas.getContext('2d');
  if (g === null || ctx === null) return false;
  if (g instanceof HTMLCanvasElement) {
    if (canvas.width !== g.width || canvas.height !== g.height) Object.assign(canvas, { width: g.width, height: g.height });
    ctx.drawImage(g, 0, 0);
    return true;
  }
  const pic = svgPicture(g);
  const img = await loadImage(pic.text);
  const w = Math.max(1, Math.round(pic.width * scale));
  const h = Math.max(1, Math.round(pic.height * scale));
  if (canvas.width !== w || canvas.height !== h) Object.assign(canvas, { width: w, height: h });
  ctx.drawImage(img, 0, 0, w, h);
  return true;
}

export async function pngBlob(): Promise<Blob | null> {
  const canvas = document.createElement('canvas');
  if (!(await drawLens(canvas, 2))) return null;
  return new Promise((ok) => canvas.toBlob((b) => ok(b), 'image/png'));
}
