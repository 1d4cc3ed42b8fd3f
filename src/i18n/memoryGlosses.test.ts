/** Audit 17 #11: the Korean memory words name the reclaim states and shares in Korean only, without English glosses. */
import { describe, expect, it } from 'vitest';
import lens from './lenses/memory.ko';
import shell from './shell/memory.ko';

describe('memory (ko): no English glosses', () => {
  it('no "(high)", "(clear)", "(soft)", "(hard)", "(low)" or "(shares)"', () => {
    const glossed = Object.entries({ ...shell, ...lens }).filter(([, s]) => /\((high|clear|soft|hard|low|shares)\)/.test(s)).map(([k, s]) => `${k}: ${s}`);
    expect(glossed).toEqual([]);
  });
});
