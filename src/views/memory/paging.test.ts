import { describe, expect, it } from 'vitest';
import { hasKey, t } from '../../i18n';
import { pagingView } from './paging';

const hv = (technique: 'binary-translation' | 'paravirtual' | 'hardware-assisted', hwEra: 'modern' | 'first-gen', translation: 'shadow' | 'nested') =>
  ({ technique, hwEra, memory: { translation } }) as Parameters<typeof pagingView>[0];

describe('the memory lens says the paging a host really uses', () => {
  it('binary translation: shadow, fixed, whatever the setting; the walk beside nested is shadow', () => {
    for (const translation of ['shadow', 'nested'] as const) {
      const v = pagingView(hv('binary-translation', 'modern', translation));
      expect(v).toEqual({ mode: 'shadow', choices: ['shadow', 'nested'], fixed: 'memory.mode.fixed.binary-translation', beside: 'shadow' });
    }
    expect(t('en', 'memory.mode.fixed.binary-translation')).toContain('Binary translation always uses shadow page tables');
  });

  it('paravirtual: direct paging, a third radio, fixed; its own native walk is drawn beside nested', () => {
    const v = pagingView(hv('paravirtual', 'modern', 'nested'));
    expect(v).toEqual({ mode: 'direct', choices: ['shadow', 'nested', 'direct'], fixed: 'memory.mode.fixed.paravirtual', beside: 'direct' });
    expect(t('en', 'memory.mode.fixed.paravirtual')).toContain('Paravirtual guests update their own page tables through hypercalls (direct paging)');
  });

  it('hardware assistance: the setting on a modern CPU (a free choice), shadow on first-generation VT-x (fixed)', () => {
    expect(pagingView(hv('hardware-assisted', 'modern', 'nested'))).toMatchObject({ mode: 'nested', fixed: '' });
    expect(pagingView(hv('hardware-assisted', 'modern', 'shadow'))).toMatchObject({ mode: 'shadow', fixed: '' });
    expect(pagingView(hv('hardware-assisted', 'first-gen', 'nested'))).toMatchObject({ mode: 'shadow', fixed: 'memory.mode.fixed.first-gen' });
  });

  it('every reason, mode, walk head and refusal it can show is in both catalogues', () => {
    for (const technique of ['binary-translation', 'paravirtual', 'hardware-assisted'] as const) {
      for (const era of ['modern', 'first-gen'] as const) {
        const v = pagingView(hv(technique, era, 'nested'));
        for (const k of [v.fixed, `memory.mode.${v.mode}`, `memory.walk.${v.beside}Head`, `memory.fault.${v.mode}`].filter((x) => x !== '')) {
          expect(hasKey(k), k).toBe(true);
          expect(t('ko', k)).not.toBe(k);
        }
      }
    }
    expect(t('ko', 'memory.reason.pagingFixed', { host: 'bt', why: 'memory.mode.fixed.binary-translation' })).toBe('bt는 페이징 방식을 바꿀 수 없습니다. 바이너리 변환은 늘 섀도 페이지 테이블을 씁니다. 변환기가 게스트 페이지 테이블을 추적하므로 이 호스트에는 고를 페이징 방식이 없습니다.');
  });
});
