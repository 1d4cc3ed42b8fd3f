/**
 * Korean particles after a value filled into a message ("{vm:이/가}"): the particle
 * depends on whether the word read aloud ends in a consonant (batchim). es-hangul
 * decides for Hangul; names like "vm-1" or "array-c" end in a digit or a Latin letter,
 * read the Korean way (1 일, 3 삼, c 씨, m 엠), so the last one is given its reading first.
 */
import { josa } from 'es-hangul';

export type JosaOption = Parameters<typeof josa>[1];
export const JOSA_OPTIONS: readonly JosaOption[] = ['이/가', '을/를', '은/는', '으로/로', '와/과', '이나/나', '이란/란', '아/야', '이랑/랑', '이에요/예요', '으로서/로서', '으로써/로써', '으로부터/로부터', '이라/라'];

const DIGITS = ['영', '일', '이', '삼', '사', '오', '육', '칠', '팔', '구'];
/** Latin letters as Korean reads them aloud (only whether the reading ends in a consonant matters). */
const LETTERS: Readonly<Record<string, string>> = {
  a: '에이', b: '비', c: '씨', d: '디', e: '이', f: '에프', g: '지', h: '에이치', i: '아이', j: '제이', k: '케이', l: '엘', m: '엠',
  n: '엔', o: '오', p: '피', q: '큐', r: '알', s: '에스', t: '티', u: '유', v: '브이', w: '더블유', x: '엑스', y: '와이', z: '지',
};

function reading(word: string): string | null {
  const last = [...word.trim()].findLast((c) => /[\p{L}\p{N}]/u.test(c));
  if (last === undefined) return null;
  if (/[가-힣]/.test(last)) return last;
  if (/[0-9]/.test(last)) return DIGITS[Number(last)] ?? null;
  return LETTERS[last.toLowerCase()] ?? null;
}

export function isJosaOption(x: string): x is JosaOption {
  return (JOSA_OPTIONS as readonly string[]).includes(x);
}

/** `word` followed by the right form of the particle. */
export function withParticle(word: string, option: JosaOption): string {
  const r = reading(word);
  if (r === null) return `${word}${option.split('/')[1] ?? ''}`;
  return `${word}${josa.pick(r, option)}`;
}
