/** Particles after names and numbers follow how Korean reads the last character. */
import { describe, expect, it } from 'vitest';
import { PRESET_IDS, presets } from '../engine';
import { catalogues, t } from './index';
import { isJosaOption, withParticle } from './particles';

/** Every name a preset gives a thing (hosts, VMs, containers, arrays, volumes, disks, NICs, flows, …), and what its events create. */
function presetNames(): Set<string> {
  const out = new Set<string>();
  const walk = (x: unknown, top: boolean): void => {
    if (Array.isArray(x)) for (const y of x) walk(y, false);
    else if (typeof x === 'object' && x !== null) {
      for (const [k, v] of Object.entries(x)) {
        if (typeof v === 'string' && (k === 'id' || k === 'name') && !top) out.add(v);
        else walk(v, false);
      }
    }
  };
  for (const id of PRESET_IDS) walk(presets[id], true);
  return out;
}

/**
 * What a Korean reader hears at the end of a name, and so the subject particle after it:
 * an English word as that word (web 웹 → 이), an acronym or a lone letter letter by letter
 * (db 디비 → 가, vm 브이엠 → 이, p 피 → 가), a digit in Sino-Korean (1 일 → 이, 2 이 → 가).
 * Written here by hand, not derived from particles.ts, so the two check each other.
 */
const SUBJECT: Readonly<Record<string, '이' | '가'>> = {
  // words
  app: '이', archive: '가', array: '가', backup: '이', bare: '가', batch: '가', boot: '가', busy: '가', cache: '가', clients: '가',
  containers: '가', data: '가', disk: '가', emulated: '가', files: '가', home: '이', host: '가', hosted: '가', idle: '이', logger: '가', logs: '가',
  mail: '이', mig: '이', nested: '가', nic: '이', node: '가', noisy: '가', orders: '가', para: '가', pass: '가', passthrough: '가',
  replica: '가', replication: '이', reports: '가', shadow: '가', shop: '이', slice: '가', tablet: '이', virtio: '가', vmotion: '이',
  web: '이', wide: '가',
  // acronyms, letter by letter
  api: '가', bt: '가', crm: '이', ct: '가', db: '가', erp: '가', hw: '가', io: '가', pc: '가', ssd: '가', vdi: '가', vm: '이', vms: '가', vs: '가',
  // lone letters
  a: '가', b: '가', c: '가', d: '가', m: '이', n: '이', p: '가', s: '가',
  // digits
  0: '이', 1: '이', 2: '가', 3: '이', 4: '가', 5: '가', 6: '이', 7: '이', 8: '이', 9: '가',
};

/** The last word of a name as SUBJECT keys it: its last digit, or its last run of letters (the last word of camelCase). */
function lastWord(name: string): string {
  const m = /(\d|[A-Za-z]+)[^A-Za-z0-9]*$/.exec(name);
  const run = m?.[1] ?? '';
  return (/[A-Z][a-z]+$/.exec(run)?.[0] ?? run).toLowerCase();
}

describe('Korean particles', () => {
  it('follow the batchim of Hangul, digits and Latin letters read aloud', () => {
    expect(withParticle('가상머신', '이/가')).toBe('가상머신이');
    expect(withParticle('컨테이너', '이/가')).toBe('컨테이너가');
    expect(withParticle('vm-1', '이/가')).toBe('vm-1이');
    expect(withParticle('host-2', '은/는')).toBe('host-2는');
    expect(withParticle('array-c', '을/를')).toBe('array-c를');
    expect(withParticle('r1-m', '와/과')).toBe('r1-m과');
    expect(withParticle('24', '으로/로')).toBe('24로');
    expect(withParticle('web-1 vCPU0', '은/는')).toBe('web-1 vCPU0은');
    expect(withParticle('rack-1', '으로/로')).toBe('rack-1로');
  });

  it('after every name the presets use, follow how a Korean reader says its last word (web 웹, db 디비, 1 일)', () => {
    const names = [...presetNames()];
    expect(names.length).toBeGreaterThan(200);
    const unknown = [...new Set(names.map(lastWord).filter((w) => !(w in SUBJECT)))];
    expect(unknown, 'a preset name ends in a word this table does not know: say how it is read').toEqual([]);
    const wrong = names.filter((n) => withParticle(n, '이/가') !== `${n}${SUBJECT[lastWord(n)] ?? '?'}`);
    expect(wrong.map((n) => withParticle(n, '이/가'))).toEqual([]);
  });

  it('after English words, for every kind of particle', () => {
    expect(withParticle('web', '이/가')).toBe('web이');
    expect(withParticle('hosted-web', '은/는')).toBe('hosted-web은');
    expect(withParticle('hw-web', '을/를')).toBe('hw-web을');
    expect(withParticle('a-web', '와/과')).toBe('a-web과');
    expect(withParticle('offsite-backup', '으로/로')).toBe('offsite-backup으로');
    expect(withParticle('mail', '으로/로')).toBe('mail로');
    expect(withParticle('idle', '이/가')).toBe('idle이');
    expect(withParticle('batch', '이/가')).toBe('batch가');
    expect(withParticle('Laptop (home)', '은/는')).toBe('Laptop (home)은');
    expect(withParticle('PhotoEdit 1.0', '이/가')).toBe('PhotoEdit 1.0이');
    expect(withParticle('vSwitch-VDI', '이/가')).toBe('vSwitch-VDI가');
    // Words it does not know are read letter by letter, as before.
    expect(withParticle('train-p', '은/는')).toBe('train-p는');
    expect(withParticle('xyz', '이/가')).toBe('xyz가');
    expect(withParticle('qm', '이/가')).toBe('qm이');
  });

  it('are filled in by t() from {name:particle} placeholders, and English has none', () => {
    expect(t('ko', 'check.storage.nextVolume.explain.round-robin', { array: 'array-c' })).toMatch(/^array-c로 /);
    expect(t('ko', 'check.storage.nextVolume.explain.round-robin', { array: 'array-m' })).toMatch(/^array-m으로 /);
    expect(t('en', 'check.storage.nextVolume.explain.round-robin', { array: 'array-c' })).toMatch(/^It went to array-c:/);
  });

  it('are all ones es-hangul knows, and only in Korean', () => {
    for (const [key, text] of Object.entries(catalogues.ko)) {
      for (const m of text.matchAll(/\{\w+:([^{}]+)\}/g)) expect(isJosaOption(m[1] ?? ''), `${key}: ${m[1]}`).toBe(true);
    }
    for (const [key, text] of Object.entries(catalogues.en)) expect(/\{\w+:/.test(text), key).toBe(false);
  });
});
