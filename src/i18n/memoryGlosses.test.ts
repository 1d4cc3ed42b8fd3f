/** Audit 17 #11: the Korean memory words name the reclaim states and shares in Korean only, without English glosses. */
import { describe, expect, it } from 'vitest';
import lens from './lenses/memory.ko';
import shell from './shell/memory.ko';

describe('memory (ko): no English glosses', () => {
  it('no "(high)", "(clear)", "(soft)", "(hard)", "(low)" or "(shares)"', () => {
    const glossed = Object.entries({ ...shell, ...lens }).filter(([, s]) => /\((high|clear|soft|hard|low|shares)\)/.test(s)).map(([k, s]) => `${k}: ${s}`);
    expect(glossed).toEqual([]);
  });
  // Review 41 #5: "몫" for the memory shares beside the CPU and containers lenses' "셰어"; "해제" (released, cancelled) for clear.
  it('shares are "셰어", as in the CPU and containers lenses, and the clear state is "클리어", not "해제"', () => {
    const all = { ...shell, ...lens };
    expect(all['memory.vm.shares']).toBe('셰어');
    expect(Object.entries(all).filter(([, s]) => s.includes('몫')).map(([k]) => k)).toEqual([]);
    expect(all['memory.state.clear']).toBe('클리어');
    expect(all['memory.why.balloon.off']).toContain('하드 상태의 기준선까지');
  });
});
