/**
 * A number and the unit after it stay on one line: "400 %", "14336 MiB", "20 ms". Korean
 * wraps with `word-break: keep-all`, so the space before a unit is often the only place a
 * line may break, and the browser took it ("400" at the end of a line, "%가" on the next).
 * `t()` passes every message through `keepUnitsWithNumbers`, which puts a no-break space
 * (U+00A0) there; code that writes a number and a unit itself uses `withUnit`.
 *
 * The units are the ones the catalogues write after a number: measures (sizes, times,
 * rates, shares, frequencies) and the things the lab counts in (vCPUs, cycles, pages,
 * frames, credit points). Names of things ("3 VMs", "2 replicas") are not units.
 */

/** U+00A0 NO-BREAK SPACE: a space a line never breaks at (screen readers read it as a space). */
export const NBSP = '\u00a0';

/** Latin units, each whole: not followed by a Latin letter or digit (a Korean particle may follow: "ms마다"). */
export const LATIN_UNITS: readonly string[] = [
  '%', 'B', 'KiB', 'MiB', 'GiB', 'TiB', 'KB', 'MB', 'GB', 'TB', 'M', 'KiB/s', 'MiB/s', 'GiB/s', 'MB/s', 'GB/s',
  'bit', 'bits', 'Mbit/s', 'Gbit/s', 'Mb/s', 'Gb/s', 'Hz', 'kHz', 'MHz', 'GHz',
  'ns', 'µs', 'ms', 's', 'min', 'fps', 'IOPS', 'I/O/s', 'I/Os', 'reads/s', 'writes/s',
  'vCPU', 'vCPUs', 'pCPU', 'pCPUs', 'core', 'cores', 'cycle', 'cycles', 'page', 'pages', 'frame', 'frames', 'point', 'points',
];
/** Korean units of more than one syllable: whatever follows (a particle, "사이클이") keeps them a unit. */
export const HANGUL_UNITS: readonly string[] = ['사이클', '포인트', '페이지', '프레임', '코어'];
/** One-syllable Korean units, a unit only when a particle or a non-Hangul character follows ("3 초의", not "3 초과"). */
export const HANGUL_SHORT_UNITS: readonly string[] = ['초', '분'];
const SHORT_UNIT_FOLLOWERS = ['의', '당', '마다', '동안', '간', '이', '가', '을', '를', '은', '는', '에', '도', '만', '씩', '까지', '부터', '뿐', '짜리'];

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const longestFirst = (xs: readonly string[]): string => xs.toSorted((a, b) => b.length - a.length).map(escape).join('|');

/** A unit token at the start of what follows a number's space (a lookahead body). */
export const UNIT_AHEAD =
  `(?:(?:${longestFirst(LATIN_UNITS)})(?![A-Za-z0-9])` +
  `|(?:${longestFirst(HANGUL_UNITS)})` +
  `|(?:${longestFirst(HANGUL_SHORT_UNITS)})(?=$|[^가-힣]|${longestFirst(SHORT_UNIT_FOLLOWERS)}))`;

/** Words for a power of ten that belong to the number before them: "0.12 M cycles", "1.12백만 사이클". */
const MAGNITUDES = ['M', '백만', '천만', '억'];
/** The space after a number, or after a number's magnitude word, when a unit follows it. */
const NUMBER_SPACE_UNIT = new RegExp(`(?:(?<=\\d)|(?<=\\d[ ${NBSP}]?(?:${MAGNITUDES.join('|')}))) (?=${UNIT_AHEAD})`, 'g');

/** `text` with a no-break space between each number and the unit after it. */
export function keepUnitsWithNumbers(text: string): string {
  return text.replace(NUMBER_SPACE_UNIT, NBSP);
}

/** A number and its unit as one unbreakable piece of text: withUnit(42, '%') is "42 %". */
export function withUnit(value: number | string, unit: string): string {
  return `${value}${NBSP}${unit}`;
}
