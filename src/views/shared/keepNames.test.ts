import { describe, expect, it } from 'vitest';
import { nameRuns } from './keepNames';

describe('hyphenated names kept whole', () => {
  it('splits a Korean sentence at its names, each with the particle written onto it', () => {
    expect(nameRuns('시나리오에 예약된 대로 web-vm을 host-1에서 host-2로 옮깁니다.')).toEqual([
      { text: '시나리오에 예약된 대로 ', name: false },
      { text: 'web-vm을', name: true },
      { text: ' ', name: false },
      { text: 'host-1에서', name: true },
      { text: ' ', name: false },
      { text: 'host-2로', name: true },
      { text: ' 옮깁니다.', name: false },
    ]);
  });

  it('keeps the text exactly, and leaves text without names as one run', () => {
    const s = 'VM web-1-disk on array-a · rack-1 (train-p는)';
    expect(nameRuns(s).map((r) => r.text).join('')).toBe(s);
    expect(nameRuns(s).filter((r) => r.name).map((r) => r.text)).toEqual(['web-1-disk', 'array-a', 'rack-1', 'train-p는']);
    expect(nameRuns('No names here - just a dash')).toEqual([{ text: 'No names here - just a dash', name: false }]);
  });

  it('lets a very long hyphenated run wrap rather than overflow a phone', () => {
    const long = 'a-very-long-hyphenated-identifier-name-here';
    expect(nameRuns(`x ${long} y`)).toEqual([{ text: `x ${long} y`, name: false }]);
  });
});
