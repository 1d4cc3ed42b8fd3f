/**
 * The DRS recommendation: nothing while the hosts are within the threshold, else the
 * one move from the busiest to the idlest host that narrows the gap most, fits by
 * reservation, and pays for its migration; never a move that just swaps the two hosts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COST_PTS_PER_S, drsRecommend, type DrsHost, type DrsVm } from './drs';

const host = (reservedMiB = 512): DrsHost => ({ pcpus: 8, memoryMiB: 32768, reservedMiB, usedMiB: 512, failed: false });
const vm = (h: number, demand: number, extra: Partial<DrsVm> = {}): DrsVm => ({ host: h, demand, reserveMiB: 64, usedMiB: 1024, costS: 1.6, movable: true, ...extra });

describe('drsRecommend', () => {
  it('leaves balanced hosts alone', () => {
    const r = drsRecommend([host(), host()], [vm(0, 2), vm(1, 2)], 25);
    expect(r.move).toBeNull();
    expect(r.cpuImbalancePct).toBe(0);
  });

  it('moves the VM that narrows the CPU gap most, from the busiest to the idlest host', () => {
    const r = drsRecommend([host(), host(), host()], [vm(0, 6), vm(0, 3), vm(0, 3)], 25);
    // 12 busy vCPUs on 8 pCPUs = 150 %; moving the 6-vCPU VM leaves 75 % vs 75 %: gap 75.
    expect(r.cpuImbalancePct).toBe(150);
    expect(r.move).toMatchObject({ vm: 0, from: 0, to: 1, resource: 'cpu', afterPct: 75, benefitPts: 75, costPts: 1.6 * COST_PTS_PER_S });
  });

  it('fits a move by reservation, not by configured memory: a VM bigger than the free memory moves when its reservation fits', () => {
    const vms = [vm(0, 8, { reserveMiB: 64, usedMiB: 30000 }), vm(0, 8, { movable: false })];
    expect(drsRecommend([host(), host(32740)], vms, 25).move).toBeNull(); // 28 MiB unreserved: its 64 do not fit
    expect(drsRecommend([host(), host(20000)], vms, 25).move).toMatchObject({ vm: 0 });
  });

  it('does not move a VM whose migration costs more than it removes (the reason ping-pong happened)', () => {
    // host 0 at 50 %, host 1 at 25 %: moving a 2-vCPU VM (25 %) swaps them: gap 25 -> 25.
    const swap = drsRecommend([host(), host()], [vm(0, 2), vm(0, 2), vm(1, 2)], 20);
    expect(swap.move).toBeNull();
    // A small VM would narrow the gap a little, but costs more than it removes.
    const small = drsRecommend([host(), host()], [vm(0, 3.9), vm(0, 0.2, { costS: 3 }), vm(1, 2)], 20);
    expect(small.move).toBeNull();
    expect(small.rejected).toMatchObject({ vm: 1 });
  });

  it('ignores failed hosts', () => {
    const r = drsRecommend([host(), { ...host(), failed: true }], [vm(0, 8)], 25);
    expect(r.move).toBeNull();
    expect(r.cpuImbalancePct).toBe(0);
  });

  it('property: every recommended move narrows the gap by at least its cost and never leaves the destination above where the source was', () => {
    const arb = fc.record({
      hosts: fc.integer({ min: 2, max: 5 }),
      vms: fc.array(fc.record({ host: fc.nat(4), demand: fc.double({ min: 0, max: 8, noNaN: true }), costS: fc.double({ min: 0, max: 10, noNaN: true }), usedMiB: fc.integer({ min: 0, max: 8192 }) }), { maxLength: 24 }),
      threshold: fc.integer({ min: 5, max: 100 }),
    });
    fc.assert(fc.property(arb, ({ hosts, vms, threshold }) => {
      const hs = Array.from({ length: hosts }, () => host());
      const vs = vms.map((v) => vm(v.host % hosts, v.demand, { costS: v.costS, usedMiB: v.usedMiB }));
      const r = drsRecommend(hs, vs, threshold);
      if (r.move === null) return;
      const m = r.move;
      expect(m.benefitPts).toBeGreaterThanOrEqual(m.costPts);
      expect(m.afterPct).toBeLessThan(m.beforePct);
      const loads = m.resource === 'cpu' ? r.cpuPct : r.memPct;
      const moved = vs[m.vm];
      const share = m.resource === 'cpu' ? (100 * (moved?.demand ?? 0)) / 8 : (100 * (moved?.usedMiB ?? 0)) / 32768;
      expect((loads[m.to] ?? 0) + share).toBeLessThan(loads[m.from] ?? 0);
    }));
  });
});
