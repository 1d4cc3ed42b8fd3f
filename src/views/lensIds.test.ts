/** The plain list of lens ids and the React registry name the same lenses in the same order. */
import { describe, expect, it } from 'vitest';
import { LENS_IDS } from './registry';
import { LENS_ID_LIST, isKnownLens } from './lensIds';

describe('lens ids', () => {
  it('match the registry, in tab order', () => {
    expect([...LENS_ID_LIST]).toEqual([...LENS_IDS]);
  });
  it('accept only known ids', () => {
    expect(isKnownLens('cpu')).toBe(true);
    expect(isKnownLens('constructor')).toBe(false);
    expect(isKnownLens('')).toBe(false);
  });
});
