import { describe, expect, it } from 'vitest';
import { translationWalk } from './walk';

const base = { gvpn: 0x7f0123, gpp: 42, osPages: 64, frameOf: (g: number) => 1000 + g };

describe('translationWalk', () => {
  it('costs 4 references under shadow paging and 24 under nested paging (4 levels)', () => {
    const shadow = translationWalk({ ...base, mode: 'shadow', largePages: false });
    const nested = translationWalk({ ...base, mode: 'nested', largePages: false });
    expect(shadow.filter((r) => r.kind !== 'data')).toHaveLength(4);
    expect(nested.filter((r) => r.kind !== 'data')).toHaveLength(24);
    expect(nested.filter((r) => r.kind === 'guest')).toHaveLength(4);
    expect(nested.filter((r) => r.kind === 'ept')).toHaveLength(20);
  });

  it('direct paging (paravirtual) walks the guest’s own table natively: 4 guest references read at host frames, no nested ones (3 with large pages)', () => {
    const direct = translationWalk({ ...base, mode: 'direct', largePages: false });
    const refs = direct.filter((r) => r.kind !== 'data');
    expect(refs).toHaveLength(4);
    expect(refs.every((r) => r.kind === 'guest' && r.frame === 1000 + r.gpp)).toBe(true);
    expect(direct.map((r) => r.level)).toEqual([4, 3, 2, 1, 0]);
    expect(direct.at(-1)).toMatchObject({ kind: 'data', gpp: 42, frame: 1042 });
    expect(translationWalk({ ...base, mode: 'direct', largePages: true }).length - 1).toBe(3);
  });

  it('large pages shorten both walks: 3 and (3+1)(3+1)-1 = 15', () => {
    expect(translationWalk({ ...base, mode: 'shadow', largePages: true }).length - 1).toBe(3);
    expect(translationWalk({ ...base, mode: 'nested', largePages: true }).length - 1).toBe(15);
  });

  it('ends with the data at the host frame of the guest physical page, guest tables inside the OS pages', () => {
    const nested = translationWalk({ ...base, mode: 'nested', largePages: false });
    expect(nested.at(-1)).toMatchObject({ kind: 'data', gpp: 42, frame: 1042 });
    for (const r of nested.filter((x) => x.kind === 'guest')) expect(r.gpp).toBeLessThan(64);
    // Each guest table read is preceded by the nested walk of that table's own address.
    const firstGuest = nested.findIndex((r) => r.kind === 'guest');
    expect(nested.slice(0, firstGuest).every((r) => r.kind === 'ept' && r.gpp === nested[firstGuest]?.gpp)).toBe(true);
  });
});
