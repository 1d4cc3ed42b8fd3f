/**
 * The technique cost model against hand-worked examples (one ms of a web guest: 180
 * sensitive instructions, 18 I/Os on a 2 GHz pCPU) and the orderings the course notes
 * teach: paravirtualization beats full virtualization, type 1 beats type 2, whatever
 * the workload (a property over random counts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COST, costOf, CYCLES_PER_TICK, translatedBlocks, type TechniqueId } from './costModel';

const web = { runMs: 1, sensitive: 180, io: 18, sensitiveSinceFlush: 1_000_000 };

describe('costOf, worked examples', () => {
  it('hardware-assisted type 1: privileged instructions (half of the sensitive ones) and every I/O exit', () => {
    const c = costOf('hardware-assisted', 'type1', web);
    expect(c.traps).toBe(90 + 18);
    expect(c.cpuCycles).toBe(90 * COST.vmExit); // 108,000
    expect(c.ioCycles).toBe(18 * COST.ioEmulated); // 108,000
    expect(c.overhead).toBeCloseTo(216_000 / (CYCLES_PER_TICK + 216_000), 6); // 9.7 % of the pCPU time
  });
  it('type 2 adds a host-OS crossing on each exit and I/O', () => {
    const c = costOf('hardware-assisted', 'type2', web);
    expect(c.hostOsCrossings).toBe(108);
    expect(c.hostOsCycles).toBe(90 * COST.hostOsTrap + 18 * COST.hostOsIo); // 135,000
    expect(c.overhead).toBeCloseTo(351_000 / (CYCLES_PER_TICK + 351_000), 6); // 14.9 %
  });
  it('paravirtual: batched hypercalls and virtio-style I/O', () => {
    const c = costOf('paravirtual', 'type1', web);
    expect(c.hypercalls).toBe(45 + 18);
    expect(c.traps).toBe(0);
    expect(c.totalCycles).toBe(45 * COST.hypercall + 18 * COST.ioParavirtual); // 45,000 = 2.25 %
  });
  it('binary translation: a cold translation cache costs, a warm one does not', () => {
    const cold = costOf('binary-translation', 'type1', { ...web, sensitiveSinceFlush: 180 });
    const warm = costOf('binary-translation', 'type1', web);
    expect(cold.translations).toBeCloseTo(translatedBlocks(180), 9);
    expect(cold.translations).toBeGreaterThan(100);
    expect(warm.translations).toBeCloseTo(0, 6);
    expect(cold.totalCycles).toBeGreaterThan(warm.totalCycles * 2);
  });
  it('no running time costs nothing', () => {
    expect(costOf('paravirtual', 'type2', { runMs: 0, sensitive: 0, io: 0, sensitiveSinceFlush: 0 }).overhead).toBe(0);
  });
});

describe('costOf, orderings the notes teach', () => {
  const counts = fc.record({
    runMs: fc.integer({ min: 1, max: 10_000 }),
    sensPerMs: fc.integer({ min: 1, max: 600 }),
    ioPerMs: fc.integer({ min: 1, max: 60 }),
  });
  it('paravirtual < full virtualization, and type 1 < type 2, on any workload', () => {
    // (A type-2 BT guest can beat a type-2 paravirtual one: BT emulates inside its own VMM context.)
    fc.assert(
      fc.property(counts, ({ runMs, sensPerMs, ioPerMs }) => {
        const w = { runMs, sensitive: runMs * sensPerMs, io: runMs * ioPerMs, sensitiveSinceFlush: runMs * sensPerMs };
        const cyc = (t: TechniqueId, h: 'type1' | 'type2') => costOf(t, h, w).totalCycles;
        for (const t of ['binary-translation', 'paravirtual', 'hardware-assisted'] as const) expect(cyc(t, 'type1')).toBeLessThan(cyc(t, 'type2'));
        expect(cyc('paravirtual', 'type1')).toBeLessThan(cyc('hardware-assisted', 'type1'));
        expect(cyc('paravirtual', 'type1')).toBeLessThan(cyc('binary-translation', 'type1'));
      }),
    );
  });
});
