/**
 * URL parameters: good values are taken, bad ones are dropped with a notice naming the
 * parameter, and nothing a stranger puts in a URL can throw.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBootParams } from './urlParams';

describe('parseBootParams', () => {
  it('uses defaults for an empty query, Korean for a Korean browser', () => {
    const { params, notices } = parseBootParams('', ['ko-KR']);
    expect(notices).toEqual([]);
    expect(params).toMatchObject({ scenario: 'basic', lens: 'overview', tick: 0, speed: 1, autoplay: true, lang: 'ko', theme: 'default', embed: false, seed: null });
    expect(parseBootParams('', ['en-US']).params.lang).toBe('en');
  });

  it('takes valid values', () => {
    const { params, notices } = parseBootParams('?scenario=datacenter-32&seed=5&tick=500&speed=0.5&autoplay=0&lang=ko&theme=projector&embed=1');
    expect(notices).toEqual([]);
    expect(params).toMatchObject({ scenario: 'datacenter-32', seed: 5, tick: 500, speed: 0.5, autoplay: false, lang: 'ko', theme: 'projector', embed: true });
    expect(parseBootParams('?speed=max').params.speed).toBe('max');
  });

  it.each([
    ['speed', 'banana'],
    ['speed', '0.1'],
    ['speed', '1e9'],
    ['tick', '-1'],
    ['tick', '1.5'],
    ['seed', '99999999999'],
    ['lang', 'fr'],
    ['theme', '<script>'],
    ['scenario', '__proto__'],
    ['scenario', 'constructor'],
    ['lens', 'javascript:alert(1)'],
    ['autoplay', 'yes'],
  ])('drops %s=%s with a notice', (name, value) => {
    const { params, notices } = parseBootParams(`?${name}=${encodeURIComponent(value)}`);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ key: 'notice.badParam', params: { name } });
    const defaults = parseBootParams('').params;
    expect(params).toEqual(defaults);
  });

  it('never throws on arbitrary query strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (q) => {
        const { params } = parseBootParams(q);
        expect(typeof params.tick).toBe('number');
      }),
      { numRuns: 300 },
    );
  });

  it('fails closed on a bad origins= list: a notice, and no host may drive the lab', () => {
    for (const bad of ['course.example.edu', 'https://a.example/path', 'javascript:alert(1)', ',', 'https://ok.example,ftp://x']) {
      const { params, notices } = parseBootParams(`?origins=${encodeURIComponent(bad)}`);
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatchObject({ key: 'notice.badParam', params: { name: 'origins' } });
      expect(params.origins).toEqual([]);
    }
    expect(parseBootParams('?origins=https%3A%2F%2Fa.example%2Chttp%3A%2F%2Flocalhost%3A8080').params.origins).toEqual(['https://a.example', 'http://localhost:8080']);
    expect(parseBootParams('').params.origins).toBeNull();
  });
});
