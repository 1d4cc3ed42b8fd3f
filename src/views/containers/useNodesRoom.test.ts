import { describe, expect, it } from 'vitest';
import { GROW_MAX, growFor } from './useNodesRoom';

describe('growFor', () => {
  it('grows the nodes into their room, in 0.05 steps, up to GROW_MAX, never shrinks them', () => {
    expect(growFor(200, 100)).toBe(2);
    expect(growFor(133, 100)).toBe(1.3);
    expect(growFor(1000, 100)).toBe(GROW_MAX);
    expect(growFor(80, 100)).toBe(1);
    expect(growFor(100, 0)).toBe(1);
  });
});
