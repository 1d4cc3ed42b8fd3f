/** Notices of one kind replace each other, and the list stays short. */
import { describe, expect, it } from 'vitest';
import { MAX_NOTICES, withNotice } from './notices';

const n = (id: number, key: string, free = 0) => ({ id, message: { key, params: { free } } });

describe('withNotice', () => {
  it('replaces a notice of the same kind with the newest one', () => {
    let list = [n(1, 'containers.reason.hostFull', 500)];
    for (let i = 2; i <= 6; i++) list = withNotice(list, n(i, 'containers.reason.hostFull', 600 - i));
    expect(list).toEqual([n(6, 'containers.reason.hostFull', 594)]);
  });

  it('keeps different kinds, newest last, at most a few', () => {
    let list: ReturnType<typeof n>[] = [];
    for (let i = 1; i <= 5; i++) list = withNotice(list, n(i, `k${i}`));
    expect(list.map((x) => x.id)).toEqual([3, 4, 5]);
    expect(list).toHaveLength(MAX_NOTICES);
  });
});
