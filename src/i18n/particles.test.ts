/** Particles after names and numbers follow how Korean reads the last character. */
import { describe, expect, it } from 'vitest';
import { catalogues, t } from './index';
import { isJosaOption, withParticle } from './particles';

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
