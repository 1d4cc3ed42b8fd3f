import { describe, expect, it } from 'vitest';
import { freshId, idsOf, vmIndexById } from './ids';

describe('freshId', () => {
  it('takes the first free number', () => {
    expect(freshId('vm-', [])).toBe('vm-1');
    expect(freshId('vm-', ['vm-1', 'vm-2', 'vm-4'])).toBe('vm-3');
    expect(freshId('vol-', new Set(['vol-1']))).toBe('vol-2');
  });
  it('counts from a start', () => {
    expect(freshId('host-', ['host-3'], 3)).toBe('host-4');
    expect(freshId('x', [], 0)).toBe('x1');
  });
  it('collects ids from several lists', () => {
    expect([...idsOf([{ id: 'a' }], [{ id: 'b' }, { id: 'a' }])]).toEqual(['a', 'b']);
  });
});

describe('vmIndexById', () => {
  it('finds each VM by id, and builds the index once per topology', () => {
    const topo = { vms: [{ id: 'a' }, { id: 'b' }] };
    const m = vmIndexById(topo);
    expect(m.get('b')).toBe(1);
    expect(m.get('c')).toBeUndefined();
    expect(vmIndexById(topo)).toBe(m);
    expect(vmIndexById({ vms: [{ id: 'b' }] }).get('b')).toBe(0);
  });
});
