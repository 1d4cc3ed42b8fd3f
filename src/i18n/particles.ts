/**
 * Korean particles after a value filled into a message ("{vm:이/가}"): the particle
 * depends on whether the word read aloud ends in a consonant (batchim). es-hangul
 * decides for Hangul. Names like "vm-1", "array-c" or "hosted-web" end in a digit, a
 * Latin letter or an English word, read the Korean way: a digit as Sino-Korean (1 일,
 * 3 삼), a word a Korean reader knows as that word (web 웹, app 앱, backup 백업), any
 * other run of letters letter by letter (vm 브이엠, c 씨), so the last one is given its
 * reading first.
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

/**
 * English words that end preset names, as a Korean reader says them (only whether the
 * reading ends in a consonant matters). A word not here is read letter by letter, as
 * acronyms are (db 디비, api 에이피아이, crm 씨알엠, vm 브이엠); particles.test.ts checks
 * every name the presets use, so a preset ending in a new word asks for it here.
 */
const WORDS: Readonly<Record<string, string>> = {
  app: '앱', archive: '아카이브', array: '어레이', backup: '백업', bare: '베어', batch: '배치', boot: '부트', busy: '비지',
  cache: '캐시', clients: '클라이언츠', containers: '컨테이너스', data: '데이터', disk: '디스크', emulated: '에뮬레이티드',
  files: '파일스', home: '홈', host: '호스트', hosted: '호스티드', idle: '아이들', infer: '인퍼', logger: '로거', logs: '로그스',
  mail: '메일', mig: '믹', nested: '네스티드', nic: '닉', node: '노드', noisy: '노이지', orders: '오더스', para: '파라', pass: '패스',
  passthrough: '패스스루', replica: '레플리카', replication: '레플리케이션', reports: '리포츠', server: '서버', shadow: '섀도',
  shop: '숍', slice: '슬라이스', switch: '스위치', tablet: '태블릿', train: '트레인', virtio: '버티오', vmotion: '브이모션', web: '웹', wide: '와이드',
};

/** The last word of `text` and how Korean reads its end: a Hangul syllable, a digit, an English word or the last letter. */
function reading(text: string): string | null {
  const chars = [...text.trim()];
  const end = chars.findLastIndex((c) => /[\p{L}\p{N}]/u.test(c));
  const last = chars[end];
  if (last === undefined) return null;
  if (/[가-힣]/.test(last)) return last;
  if (/[0-9]/.test(last)) return DIGITS[Number(last)] ?? null;
  // The run of Latin letters the name ends in; in camelCase ("vSwitch", "PhotoEdit") its last word.
  const run = /[A-Za-z]+$/.exec(chars.slice(0, end + 1).join(''))?.[0] ?? last;
  const word = (/[A-Z][a-z]+$/.exec(run)?.[0] ?? run).toLowerCase();
  return WORDS[word] ?? LETTERS[last.toLowerCase()] ?? null;
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
