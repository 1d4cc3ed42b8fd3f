/**
 * The channel's meters: sized by their index space, carried across a scenario edit by
 * stable keys (a VM's value follows its id when another VM is removed), a flow is taken
 * (read and zeroed) by its consumer, and an undeclared meter is an error, not a silent
 * new array.
 */
import { describe, expect, it } from 'vitest';
import { presets } from '../index';
import { buildMeters, carryMeters, meter, take, type MeterSpec } from './channel';
import { buildTopology } from './topology';

const specs: MeterSpec[] = [
  { id: 'vmLevel', space: 'vm', kind: 'level', unit: 'x', doc: '' },
  { id: 'entFlow', space: 'entity', kind: 'flow', unit: 'x', doc: '' },
  { id: 'pcpuLevel', space: 'pcpu', kind: 'level', unit: 'x', doc: '' },
];

describe('channel', () => {
  const before = buildTopology(presets.basic, 1);
  const after = buildTopology({ ...presets.basic, vms: presets.basic.vms.filter((v) => v.id !== 'web-1') }, 2);

  it('sizes each meter by its space', () => {
    const m = buildMeters(specs, before);
    expect([m['vmLevel']?.length, m['entFlow']?.length, m['pcpuLevel']?.length]).toEqual([before.vms.length, before.entityCount, before.pcpuCount]);
  });

  it('carries each slot by its key; gone keys drop, prev is untouched', () => {
    const m = buildMeters(specs, before);
    before.vms.forEach((v, i) => (m['vmLevel']![i] = i + 1));
    m['entFlow']!.forEach((_, e) => (m['entFlow']![e] = 100 + e));
    const next = carryMeters(specs, m, before, after);
    expect(Array.from(next['vmLevel']!)).toEqual(after.vms.map((v) => before.vms.findIndex((x) => x.id === v.id) + 1));
    const db = after.vms.find((v) => v.id === 'db-1')!;
    const oldDb = before.vms.find((v) => v.id === 'db-1')!;
    expect(next['entFlow']![db.entOffset]).toBe(100 + oldDb.entOffset);
    expect(m['vmLevel']![0]).toBe(1);
  });

  it('take reads a flow and zeroes it; an undeclared meter throws', () => {
    const st = { meters: buildMeters(specs, before) };
    meter(st, 'entFlow')[3] = 2.5;
    expect(take(meter(st, 'entFlow'), 3)).toBe(2.5);
    expect(meter(st, 'entFlow')[3]).toBe(0);
    expect(() => meter(st, 'nope')).toThrow(/no meter "nope"/);
  });
});
