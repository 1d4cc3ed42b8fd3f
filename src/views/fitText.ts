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

/** `s` broken at spaces into lines at most `maxW` wide at `px` (a word wider than that keeps a line of its own). */
export function wrapWords(s: string, maxW: number, px: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of s.split(' ')) {
    const next = line === '' ? word : `${line} ${word}`;
    if (line !== '' && textWidth(next, px) > maxW) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** `s` in at most `n` lines `maxW` wide at `px`: the last one holds the rest (cut where it is drawn, whole in its title). */
export function wrapInto(s: string, maxW: number, px: number, n: number): string[] {
  const lines = wrapWords(s, maxW, px);
  return lines.length <= n ? lines : [...lines.slice(0, Math.max(1, n) - 1), lines.slice(Math.max(1, n) - 1).join(' ')];
}

/** How many lines `s` takes wrapped `maxW` wide at `px` (at least one; one for no text). */
export function wrappedRows(s: string | undefined, maxW: number, px: number): number {
  return s === undefined ? 1 : Math.max(1, wrapWords(s, maxW, px).length);
}

/**
 * `s` across `maxW` at `px`: whole on one line if it fits, else narrowed to fit but not
 * under `leastPx` (the label floor), else wrapped at spaces onto more lines at `px`.
 */
export function fitLines(s: string, maxW: number, px: number, leastPx: number): { px: number; lines: string[] } {
  const w = textWidth(s, px);
  if (w <= maxW) return { px, lines: [s] };
  const narrowed = Math.floor(((px * maxW) / w) * 10) / 10;
  if (narrowed >= leastPx) return { px: narrowed, lines: [s] };
  return { px, lines: wrapWords(s, maxW, px) };
}
