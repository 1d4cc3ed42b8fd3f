/**
 * The technique cost model against hand-worked examples (one ms of a web guest: 180
 * sensitive instructions, 18 I/Os on a 2 GHz pCPU) and the rankings real hardware
 * shows (DOMAIN.md, consequences; Adams & Agesen, ASPLOS 2006): paravirtualization is
 * cheapest and type 1 beats type 2 whatever the workload; interrupt-flag changes never
 * exit in VMX non-root mode, page-table writes and CR3 loads exit only without EPT/NPT;
 * on first-generation VT-x binary translation beats hardware assistance, on modern
 * VT-x with EPT hardware assistance wins; binary translation's work is translation, not
 * traps.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COST, costOf, CYCLES_PER_TICK, exitShare, MODERN, pagingOf, translatedBlocks, type HwMode, type TechniqueId } from './costModel';
import { IO_PATH } from './ioPath';

/** One emulated I/O: six register accesses that each exit and are decoded, then the real request. */
const emulated = (exit: number) => IO_PATH.emulatedTraps * (exit + IO_PATH.trapDecode) + IO_PATH.emulatedBackend;

const web = { runMs: 1, sensitive: 180, io: 18, sensitiveSinceFlush: 1_000_000 };
const FIRST_GEN: HwMode = { era: 'first-gen', translation: 'nested' };
const SHADOW: HwMode = { era: 'modern', translation: 'shadow' };

describe('costOf, worked examples', () => {
  it('modern hardware assistance with EPT: only the "other" privileged tenth of sensitive instructions exits, plus every emulated register access', () => {
    const c = costOf('hardware-assisted', 'type1', web);
    expect(c.traps).toBeCloseTo(18 + 18 * 6, 9);
    expect(c.ioExits).toBeCloseTo(18 * 6, 9);
    expect(c.cpuCycles).toBeCloseTo(18 * COST.vmExit, 6); // 14,400
    expect(c.ioCycles).toBeCloseTo(18 * emulated(COST.vmExit), 6); // 270,000
    expect(c.overhead).toBeCloseTo(284_400 / (CYCLES_PER_TICK + 284_400), 6); // 12.5 % of the pCPU time
  });
  it('first-generation VT-x (no EPT): page-table writes and CR3 loads exit too, and each exit costs 3x', () => {
    const c = costOf('hardware-assisted', 'type1', web, FIRST_GEN);
    expect(c.traps).toBeCloseTo(90 + 18 * 6, 9);
    expect(c.cpuCycles).toBeCloseTo(90 * COST.vmExitFirstGen, 6); // 216,000
    expect(c.ioCycles).toBeCloseTo(18 * emulated(COST.vmExitFirstGen), 6); // 442,800
  });
  it('shadow paging on a modern CPU brings the page-table exits back at the modern price', () => {
    expect(costOf('hardware-assisted', 'type1', web, SHADOW).cpuCycles).toBeCloseTo(90 * COST.vmExit, 6);
  });
  it('type 2 adds a host-OS crossing on each exit and I/O', () => {
    const c = costOf('hardware-assisted', 'type2', web);
    expect(c.hostOsCrossings).toBeCloseTo(36, 9);
    expect(c.hostOsCycles).toBeCloseTo(18 * COST.hostOsTrap + 18 * COST.hostOsIo, 6);
  });
  it('paravirtual: batched hypercalls, and its usual virtio I/O notifies once per batch of 8', () => {
    const c = costOf('paravirtual', 'type1', web);
    expect(c.hypercalls).toBe(45);
    expect(c.traps).toBeCloseTo(18 / 8, 9);
    const virtio = (COST.vmExit + IO_PATH.virtioKick) / 8 + IO_PATH.virtioBackend;
    expect(c.totalCycles).toBeCloseTo(45 * COST.hypercall + 18 * virtio, 6); // 49,500
  });
  it('binary translation: its sensitive instructions are translated code, not traps; a cold cache costs, a warm one does not', () => {
    const cold = costOf('binary-translation', 'type1', { ...web, sensitiveSinceFlush: 180 });
    const warm = costOf('binary-translation', 'type1', web);
    expect(warm.traps).toBe(18 * 6); // only the emulated device's register accesses trap
    expect(cold.translations).toBeCloseTo(translatedBlocks(180), 9);
    expect(cold.translations).toBeGreaterThan(100);
    expect(warm.translations).toBeCloseTo(0, 6);
    expect(cold.totalCycles).toBeGreaterThan(warm.totalCycles * 2);
  });
  it('no running time costs nothing', () => {
    expect(costOf('paravirtual', 'type2', { runMs: 0, sensitive: 0, io: 0, sensitiveSinceFlush: 0 }).overhead).toBe(0);
  });
});

describe('exits and paging by mode', () => {
  it('interrupt-flag changes never exit; page-table ones exit only when shadowed', () => {
    for (const hw of [MODERN, FIRST_GEN, SHADOW]) expect(exitShare(hw)).toBeLessThanOrEqual(1 - COST.flagShare);
    expect(exitShare(MODERN)).toBe(COST.otherShare);
    expect(exitShare(FIRST_GEN)).toBeCloseTo(COST.otherShare + COST.pagingShare, 9);
  });
  it('binary translation implies shadow paging, Xen PV pages directly, hardware assistance uses EPT unless first-gen or shadowed', () => {
    for (const hw of [MODERN, FIRST_GEN, SHADOW]) {
      expect(pagingOf('binary-translation', hw)).toBe('shadow');
      expect(pagingOf('paravirtual', hw)).toBe('direct');
    }
    expect([pagingOf('hardware-assisted', MODERN), pagingOf('hardware-assisted', FIRST_GEN), pagingOf('hardware-assisted', SHADOW)]).toEqual(['nested', 'shadow', 'shadow']);
  });
});

describe('costOf, rankings real hardware shows', () => {
  const counts = fc.record({
    runMs: fc.integer({ min: 1, max: 10_000 }),
    sensPerMs: fc.integer({ min: 10, max: 600 }),
    ioPerSens: fc.double({ min: 0.01, max: 0.3, noNaN: true }),
  });
  const work = ({ runMs, sensPerMs, ioPerSens }: { runMs: number; sensPerMs: number; ioPerSens: number }) => ({ runMs, sensitive: runMs * sensPerMs, io: runMs * sensPerMs * ioPerSens, sensitiveSinceFlush: 1e9 });
  it('paravirtual is cheapest and type 1 beats type 2, on any workload and era', () => {
    fc.assert(
      fc.property(counts, fc.constantFrom(MODERN, FIRST_GEN, SHADOW), (k, hw) => {
        const w = work(k);
        const cyc = (t: TechniqueId, h: 'type1' | 'type2') => costOf(t, h, w, hw).totalCycles;
        for (const t of ['binary-translation', 'paravirtual', 'hardware-assisted'] as const) expect(cyc(t, 'type1')).toBeLessThan(cyc(t, 'type2'));
        expect(cyc('paravirtual', 'type1')).toBeLessThan(cyc('hardware-assisted', 'type1'));
        expect(cyc('paravirtual', 'type1')).toBeLessThan(cyc('binary-translation', 'type1'));
      }),
    );
  });
  it('era switch: binary translation beats first-generation VT-x, modern VT-x with EPT beats binary translation (warm cache, type 1)', () => {
    fc.assert(
      fc.property(counts, (k) => {
        const w = work(k);
        const bt = costOf('binary-translation', 'type1', w).totalCycles;
        expect(bt).toBeLessThan(costOf('hardware-assisted', 'type1', w, FIRST_GEN).totalCycles);
        expect(costOf('hardware-assisted', 'type1', w, MODERN).totalCycles).toBeLessThan(bt);
      }),
    );
  });
});
