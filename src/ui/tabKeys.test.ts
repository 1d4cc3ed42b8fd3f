/** Arrow keys walk the lens tabs and wrap; Home and End jump; other keys do nothing. */
import { describe, expect, it } from 'vitest';
import { tabAfterKey } from './tabKeys';

describe('tabAfterKey', () => {
  it('walks right and left with wrapping, from wherever the last press left off', () => {
    let i = 0;
    const seen: number[] = [];
    for (let k = 0; k < 4; k++) seen.push((i = tabAfterKey('ArrowRight', i, 3) ?? -1));
    expect(seen).toEqual([1, 2, 0, 1]);
    expect(tabAfterKey('ArrowLeft', 0, 3)).toBe(2);
  });
  it('jumps with Home and End and ignores other keys', () => {
    expect(tabAfterKey('Home', 2, 8)).toBe(0);
    expect(tabAfterKey('End', 0, 8)).toBe(7);
    expect(tabAfterKey('a', 0, 8)).toBeNull();
  });
});
