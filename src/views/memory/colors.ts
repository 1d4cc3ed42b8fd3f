/**
 * Theme token values as packed RGBA for ImageData drawing. The canvas cannot read CSS
 * variables, so the grid resolves the tokens once per theme change from <html>'s
 * computed style (tokens are written there by theme/tokens.ts).
 */
import { cssVarName, type TokenName } from '../../theme/tokens';

/** 0xAABBGGRR (little-endian ImageData order) for a token, opaque; grey if unreadable. */
export function tokenRgba(name: TokenName, root: HTMLElement = document.documentElement): number {
  const raw = getComputedStyle(root).getPropertyValue(cssVarName(name)).trim();
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(raw);
  if (m === null) return 0xff808080;
  const [r, g, b] = [m[1], m[2], m[3]].map((x) => Number.parseInt(x ?? '80', 16)) as [number, number, number];
  return ((0xff << 24) | (b << 16) | (g << 8) | r) >>> 0;
}

/** Mix two packed colours (t = share of b). */
export function mix(a: number, b: number, t: number): number {
  const ch = (c: number, s: number): number => (c >>> s) & 0xff;
  const m = (s: number): number => Math.round(ch(a, s) * (1 - t) + ch(b, s) * t) << s;
  return ((0xff << 24) | m(16) | m(8) | m(0)) >>> 0;
}
