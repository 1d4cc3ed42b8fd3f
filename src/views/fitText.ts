/**
 * Fit a label into a width without measuring the DOM: estimate each character's advance
 * (Hangul and other wide scripts about one em, Latin about 0.58 em) and cut with an
 * ellipsis. Good enough for labels in boxes; the full text stays in the <title>.
 */
const WIDE = /[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]/;

export function textWidth(s: string, fontPx: number): number {
  let w = 0;
  for (const ch of s) w += WIDE.test(ch) ? fontPx : fontPx * 0.58;
  return w;
}

export function fitText(s: string, maxPx: number, fontPx: number): string {
  if (textWidth(s, fontPx) <= maxPx) return s;
  let out = '';
  let w = textWidth('…', fontPx);
  for (const ch of s) {
    const cw = WIDE.test(ch) ? fontPx : fontPx * 0.58;
    if (w + cw > maxPx) break;
    out += ch;
    w += cw;
  }
  return `${out}…`;
}
