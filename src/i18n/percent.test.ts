/**
 * A share in %: a load that is not zero never reads "0 %" (the network's NIC table and
 * uplink labels printed a 0.3 % wire as idle), one decimal below 10 %, whole above.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLanguage, NBSP, t } from './index';
import { pctText } from './percent';

beforeAll(async () => {
  await Promise.all([loadLanguage('ko'), loadLanguage('en')]);
});

const en = (key: string, params?: Record<string, string | number>) => t('en', key, params);
const ko = (key: string, params?: Record<string, string | number>) => t('ko', key, params);

describe('pctText', () => {
  it('never writes a share above zero as 0 %', () => {
    for (const p of [0.001, 0.04, 0.05, 0.3, 0.5, 0.94]) {
      expect(pctText(en, p), String(p)).not.toBe(`0${NBSP}%`);
      expect(pctText(ko, p), String(p)).not.toBe(`0${NBSP}%`);
    }
    expect(pctText(en, 0)).toBe(`0${NBSP}%`);
  });

  it('one decimal below 10 %, whole from there, "under 0.1 %" in each language', () => {
    expect(pctText(en, 0.3)).toBe(`0.3${NBSP}%`);
    expect(pctText(en, 9.4)).toBe(`9.4${NBSP}%`);
    expect(pctText(en, 9.96)).toBe(`10${NBSP}%`);
    expect(pctText(en, 42.4)).toBe(`42${NBSP}%`);
    expect(pctText(en, 0.02)).toBe(`< 0.1${NBSP}%`);
    expect(pctText(ko, 0.02)).toBe(`0.1${NBSP}% 미만`);
  });
});
