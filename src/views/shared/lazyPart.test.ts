import { describe, expect, it, vi } from 'vitest';
import { lazyPart, onceRetried } from './lazyPart';

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

  it('asks again after a failed load (the error boundary’s "Try again" mounts the part afresh, which asks)', async () => {
    let fail = true;
    const load = vi.fn(() => (fail ? Promise.reject(new Error('offline')) : Promise.resolve({ default: View })));
    const Part = lazyPart(load);
    Part.preload();
    await new Promise((r) => setTimeout(r, 0));
    expect(load).toHaveBeenCalledTimes(1);
    fail = false;
    Part.preload();
    Part.preload();
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe('onceRetried', () => {
  it('holds the module once it has arrived, and nothing before or after a failure', async () => {
    let fail = true;
    const mod = { x: 1 };
    const get = onceRetried(() => (fail ? Promise.reject(new Error('offline')) : Promise.resolve(mod)));
    expect(get.ready()).toBeUndefined();
    await expect(get()).rejects.toThrow('offline');
    expect(get.ready()).toBeUndefined();
    fail = false;
    await expect(get()).resolves.toBe(mod);
    expect(get.ready()).toBe(mod);
  });
});
