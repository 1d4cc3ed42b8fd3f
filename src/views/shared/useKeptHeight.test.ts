import { describe, expect, it } from 'vitest';
import { keepHeight } from './useKeptHeight';

describe('keepHeight', () => {
  it('keeps the tallest height at one width: a shorter content gives no room back', () => {
    let k = keepHeight({ width: -1, most: 0 }, 600, 401);
    k = keepHeight(k, 600, 416);
    k = keepHeight(k, 600, 401);
    expect(k).toEqual({ width: 600, most: 416 });
  });
  it('starts again at a new width', () => {
    const k = keepHeight({ width: 600, most: 416 }, 390, 380);
    expect(k).toEqual({ width: 390, most: 380 });
  });
});
