import { describe, expect, it, vi } from 'vitest';
import type { KeyboardEvent } from 'react';
import { activateOnKey, isActivationKey } from './keys';

function press(key: string): KeyboardEvent<Element> & { preventDefault: ReturnType<typeof vi.fn>; stopPropagation: ReturnType<typeof vi.fn> } {
  return { key, preventDefault: vi.fn(), stopPropagation: vi.fn() } as never;
}

describe('activateOnKey', () => {
  it('runs the handler on Enter and Space, and keeps the key to the control', () => {
    const handler = vi.fn();
    const onKey = activateOnKey(handler);
    for (const key of ['Enter', ' ']) {
      const e = press(key);
      onKey(e);
      expect(handler).toHaveBeenLastCalledWith(e);
      expect(e.preventDefault).toHaveBeenCalledOnce();
      expect(e.stopPropagation).toHaveBeenCalledOnce();
    }
    expect(handler).toHaveBeenCalledTimes(2);
  });

  it('leaves every other key alone', () => {
    const handler = vi.fn();
    const e = press('ArrowDown');
    activateOnKey(handler)(e);
    expect(handler).not.toHaveBeenCalled();
    expect(e.preventDefault).not.toHaveBeenCalled();
    expect(isActivationKey('Spacebar')).toBe(false);
    expect(isActivationKey('Enter')).toBe(true);
  });
});
