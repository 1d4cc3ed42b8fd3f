import { describe, expect, it } from 'vitest';
import { catalogues, t } from '../../i18n';
import { whyKeys, type ReclaimSettings } from './why';

const ALL_ON: ReclaimSettings = { pageSharing: true, largePages: false, ballooning: true, compression: true, idleMemoryTax: true };
const say = (state: number, cfg: Partial<ReclaimSettings> = {}): string => whyKeys(state, { ...ALL_ON, ...cfg }).map((k) => t('en', k)).join(' ');
const CONFIGS: Partial<ReclaimSettings>[] = [{}, { compression: false }, { ballooning: false }, { idleMemoryTax: false }, { pageSharing: false }, { largePages: true }];

describe('the host-state sentence follows the host’s reclaim settings', () => {
  it('every clause exists in English and Korean, for every state and setting', () => {
    for (const cfg of CONFIGS) {
      for (let s = 0; s <= 4; s++) {
        for (const k of whyKeys(s, { ...ALL_ON, ...cfg })) {
          expect(Object.hasOwn(catalogues.en, k), k).toBe(true);
          expect(Object.hasOwn(catalogues.ko, k), k).toBe(true);
        }
      }
    }
  });

  it('all on (the defaults): sharing, balloons with the idle tax, compression and swap, blocked allocations', () => {
    expect(say(0)).toContain('shares identical pages, slowly');
    expect(say(1)).toContain('Page sharing scans fast');
    expect(say(2)).toMatch(/Balloon drivers inflate.*an idle page counting 4x an active one/);
    expect(say(3)).toMatch(/compresses pages .* and swaps the rest.*an idle page counting 4x.*balloons go on inflating/);
    expect(say(4)).toMatch(/New allocations are blocked.*Compression and swapping go on at twice/);
  });

  it('compression off: hard and low swap and never say the hypervisor compresses', () => {
    for (const s of [3, 4]) {
      expect(say(s, { compression: false })).not.toMatch(/compresses|Compression and swapping/);
      expect(say(s, { compression: false })).toMatch(/[Ss]wap.*compression is switched off/);
    }
    expect(say(2, { compression: false })).toBe(say(2));
  });

  it('ballooning off: soft says the guests are asked for nothing, hard says no balloon goes on inflating', () => {
    expect(say(2, { ballooning: false })).not.toMatch(/Balloon drivers inflate|shares per page/);
    expect(say(2, { ballooning: false })).toContain('Ballooning is switched off');
    expect(say(3, { ballooning: false })).not.toContain('balloons');
    expect(say(3, { ballooning: false })).toContain('compresses pages');
  });

  it('idle memory tax off: idle and active pages count alike in soft and hard', () => {
    for (const s of [2, 3]) {
      expect(say(s, { idleMemoryTax: false })).not.toContain('4x');
      expect(say(s, { idleMemoryTax: false })).toContain('idle and active pages alike');
    }
  });

  it('page sharing off or hidden by large pages: high and clear do not claim sharing works', () => {
    for (const s of [0, 1]) {
      expect(say(s, { pageSharing: false })).toContain('Page sharing is switched off');
      expect(say(s, { largePages: true })).toContain('Large pages hide the identical small pages');
    }
    expect(say(2, { largePages: true })).toContain('breaks its large pages up');
    expect(say(2, { largePages: true, pageSharing: false })).not.toContain('large pages');
  });

  it('the balloon preset (compression off, tax on): the hard sentence swaps and does not compress', () => {
    const hard = say(3, { compression: false });
    expect(hard).toContain('The hypervisor swaps pages to disk');
    expect(t('ko', 'memory.why.swap')).toContain('스왑');
  });
});
