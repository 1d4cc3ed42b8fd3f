/**
 * Theme tokens for canvases. A canvas cannot use `var(--vl-…)`, so drawing code asks
 * here for a token's value in the theme in force. The values come straight from the
 * token table (theme/tokens.ts writes the same values on <html>), so nothing reads the
 * computed style per frame. `tokenRgba` packs a colour for ImageData drawing.
 */
import { useStore, type ThemeName } from '../../store';
import { tokens, type TokenName } from '../../theme/tokens';

export function currentTheme(): ThemeName {
  return useStore.getState().theme;
}

/** The CSS colour of a token, for fillStyle / strokeStyle. */
export function tokenColour(name: TokenName, theme: ThemeName = currentTheme()): string {
  return tokens[name][theme];
}

/** Several tokens at once, for a draw function's palette: { key: token } -> { key: colour }. */
export function tokenColours<K extends string>(names: Readonly<Record<K, TokenName>>, theme: ThemeName = currentTheme()): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const k of Object.keys(names) as K[]) out[k] = tokenColour(names[k], theme);
  return out;
}

/** 0xAABBGGRR (little-endian ImageData order) for a #rrggbb colour, opaque; grey if unreadable. */
export function packRgba(colour: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour.trim());
  if (m === null) return 0xff808080;
  const [r, g, b] = [m[1], m[2], m[3]].map((x) => Number.parseInt(x ?? '80', 16)) as [number, number, number];
  return ((0xff << 24) | (b << 16) | (g << 8) | r) >>> 0;
}

export function tokenRgba(name: TokenName, theme: ThemeName = currentTheme()): number {
  return packRgba(tokenColour(name, theme));
}

/** Mix two packed colours (t = share of b). */
export function mix(a: number, b: number, t: number): number {
  const ch = (c: number, s: number): number => (c >>> s) & 0xff;
  const m = (s: number): number => Math.round(ch(a, s) * (1 - t) + ch(b, s) * t) << s;
  return ((0xff << 24) | m(16) | m(8) | m(0)) >>> 0;
}
