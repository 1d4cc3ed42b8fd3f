/**
 * Names with hyphens ("host-2", "web-1-disk", "train-p") kept whole on a line. Browsers may
 * break a line after any hyphen, so a Korean sentence could end a line at "host-" and start
 * the next at "2로" (word-break: keep-all keeps Hangul words whole, not these). Each such name,
 * with the particle written onto it, becomes one unbreakable span; the text is unchanged
 * (same characters, same reading order), so it copies, searches and reads aloud as before.
 */
import { Fragment, type ReactNode } from 'react';

/** A name with at least one inner hyphen, and the Hangul particle written onto it (tests read its source too). */
export const NAME = /[A-Za-z0-9][A-Za-z0-9_.]*(?:-[A-Za-z0-9_.]+)+[가-힣]{0,3}/g;
/** Longer runs than this may wrap where they must (a narrow phone), rather than overflow. */
const LONGEST = 28;

/** The pieces of `text`: plain runs, and the hyphenated names to keep whole. */
export function nameRuns(text: string): { text: string; name: boolean }[] {
  const out: { text: string; name: boolean }[] = [];
  let at = 0;
  for (const m of text.matchAll(NAME)) {
    if (m[0].length > LONGEST) continue;
    if (m.index > at) out.push({ text: text.slice(at, m.index), name: false });
    out.push({ text: m[0], name: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at), name: false });
  return out;
}

/** `text` with each hyphenated name in a span that does not break (class `vl-name`). */
export function keepNames(text: string): ReactNode {
  const runs = nameRuns(text);
  if (!runs.some((r) => r.name)) return text;
  return runs.map((r, i) =>
    r.name ? (
      <span key={i} className="vl-name">
        {r.text}
      </span>
    ) : (
      <Fragment key={i}>{r.text}</Fragment>
    ),
  );
}
