import { describe, expect, it } from 'vitest';
import { tlbKey } from './tlbKey';

const hv = (technique: 'binary-translation' | 'paravirtual' | 'hardware-assisted', hwEra: 'modern' | 'first-gen', taggedTlb: boolean) =>
  ({ technique, hwEra, memory: { taggedTlb } }) as Parameters<typeof tlbKey>[0];

describe('tlbKey', () => {
  it('first-generation VT-x has no VPID: untagged whatever the setting; a modern host follows its setting; BT and PV flush only on world switches', () => {
    expect(tlbKey(hv('hardware-assisted', 'first-gen', true))).toBe('techniques.tlb.untagged.first-gen');
    expect(tlbKey(hv('hardware-assisted', 'modern', true))).toBe('techniques.tlb.tagged');
    expect(tlbKey(hv('hardware-assisted', 'modern', false))).toBe('techniques.tlb.untagged.off');
    expect(tlbKey(hv('binary-translation', 'first-gen', true))).toBe('techniques.tlb.untagged.switch');
    expect(tlbKey(hv('paravirtual', 'modern', true))).toBe('techniques.tlb.tagged.switch');
  });
});
