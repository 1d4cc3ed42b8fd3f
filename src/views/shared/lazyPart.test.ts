import { describe, expect, it, vi } from 'vitest';
import { lazyPart, renewFailedParts } from './lazyPart';

const View = () => null;

describe('lazyPart', () => {
  it('asks for its code once, however often it is preloaded', async () => {
    const load = vi.fn(() => Promise.resolve({ default: View }));
    const Part = lazyPart(load);
    expect(load).not.toHaveBeenCalled();
    Part.preload();
    Part.preload();
    await Promise.resolve();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('asks again after a failed load only once failed parts are renewed (the error boundary’s "Try again")', async () => {
    let fail = true;
    const load = vi.fn(() => (fail ? Promise.reject(new Error('offline')) : Promise.resolve({ default: View })));
    const Part = lazyPart(load);
    Part.preload();
    await new Promise((r) => setTimeout(r, 0));
    Part.preload();
    expect(load).toHaveBeenCalledTimes(1);
    fail = false;
    renewFailedParts();
    Part.preload();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
