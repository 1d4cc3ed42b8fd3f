/**
 * The DRS recommendation: nothing while the hosts are within the threshold, else the
 * one move from the busiest to the idlest host that narrows the gap most, fits by
 * reservation, and pays for its migration; never a move that just swaps the two hosts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { copyShareMiBps, COST_PTS_PER_S, drsRecommend, migrationCostS, type DrsHost, type DrsVm } from './drs';

const host = (reservedMiB = 512, extra: Partial<DrsHost> = {}): DrsHost => ({ pcpus: 8, memoryMiB: 32768, reservedMiB, usedMiB: 512, failed: false, sendMiBps: 1250, receiveMiBps: 1250, ...extra });
/** A VM of 2000 MiB that writes nothing: 1.6 s to copy over 10 GbE (1250 MiB/s). */
const vm = (h: number, demand: number, extra: Partial<DrsVm> = {}): DrsVm => ({ host: h, demand, reserveMiB: 64, usedMiB: 1024, memoryMiB: 2000, dirtyMiBps: 0, movable: true, ...extra });

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
    expect(r.move).toMatchObject({ vm: 0, from: 0, to: 1, resource: 'cpu', afterPct: 75, benefitPts: 75, costPts: 1.6 * COST_PTS_PER_S, copyMiBps: 1250, costS: 1.6 });
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
    const small = drsRecommend([host(), host()], [vm(0, 3.9), vm(0, 0.2, { memoryMiB: 3750 }), vm(1, 2)], 20);
    expect(small.move).toBeNull();
    expect(small.rejected).toMatchObject({ vm: 1 });
  });

  it('prices a move at the bandwidth the copy would get: a busy NIC on either side makes it costlier, and can make it not worth it', () => {
    // host 0 at 150 %, host 1 idle: moving the 6-vCPU VM removes 150 points; over an idle 10 GbE link its 12,000 MiB cost 48 (9.6 s).
    const vms = [vm(0, 6, { memoryMiB: 12_000 }), vm(0, 3, { memoryMiB: 12_000 }), vm(0, 3, { memoryMiB: 12_000 })];
    const idle = drsRecommend([host(), host()], vms, 25).move;
    expect(idle).toMatchObject({ vm: 0, benefitPts: 150, copyMiBps: 1250, costS: 9.6, costPts: 48 });
    // The source already sends 5000 MiB/s of other traffic: a copy offered at 1250 gets 1250 x 1250 / 6250 = 250 MiB/s.
    expect(copyShareMiBps(1250, 1250, 5000)).toBe(250);
    const busySend = drsRecommend([host(512, { sendMiBps: 250 }), host()], vms, 25);
    expect(busySend.move).toBeNull();
    expect(busySend.rejected).toMatchObject({ vm: 0, copyMiBps: 250, costS: 48, costPts: 240 });
    // Over the busy link a smaller VM that still pays for itself is moved instead (2000 MiB: 8 s, 40 points for 75).
    const smaller = drsRecommend([host(512, { sendMiBps: 250 }), host()], [vms[0]!, vm(0, 3), vms[2]!], 25);
    expect(smaller.move).toMatchObject({ vm: 1, copyMiBps: 250, costS: 8, benefitPts: 75 });
    // The destination's receive side counts as well.
    expect(drsRecommend([host(), host(512, { receiveMiBps: 250 })], vms, 25).rejected).toMatchObject({ copyMiBps: 250 });
  });

  it('copyShareMiBps: a FIFO share of the NIC beside the other traffic, at most the link speed, at least 1 MiB/s', () => {
    expect(copyShareMiBps(1250, 1250, 0)).toBe(1250);
    expect(copyShareMiBps(1250, 1250, 500)).toBeCloseTo(892.86, 2); // live-migration's copy beside db-vm's backup
    expect(copyShareMiBps(1250, 125, 0)).toBe(125); // a 1 GbE NIC
    expect(copyShareMiBps(1250, 0, 500)).toBe(1250); // no network figure
    expect(copyShareMiBps(1250, 1250, 1e9)).toBe(1);
    fc.assert(fc.property(fc.double({ min: 1, max: 5000, noNaN: true }), fc.double({ min: 1, max: 50_000, noNaN: true }), fc.double({ min: 0, max: 1e5, noNaN: true }), fc.double({ min: 0, max: 1e5, noNaN: true }), (want, cap, a, b) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      expect(copyShareMiBps(want, cap, hi)).toBeLessThanOrEqual(copyShareMiBps(want, cap, lo));
      expect(copyShareMiBps(want, cap, lo)).toBeLessThanOrEqual(Math.max(1, Math.min(want, cap)) + 1e-9);
    }));
  });

  it('ignores failed hosts', () => {
    const r = drsRecommend([host(), { ...host(), failed: true }], [vm(0, 8)], 25);
    expect(r.move).toBeNull();
    expect(r.cpuImbalancePct).toBe(0);
  });

  it('property: every recommended move narrows the gap by at least its cost and never leaves the destination above where the source was', () => {
    const arb = fc.record({
      hosts: fc.integer({ min: 2, max: 5 }),
      vms: fc.array(fc.record({ host: fc.nat(4), demand: fc.double({ min: 0, max: 8, noNaN: true }), costS: fc.double({ min: 0, max: 10, noNaN: true }), busy: fc.double({ min: 0, max: 5000, noNaN: true }), usedMiB: fc.integer({ min: 0, max: 8192 }) }), { maxLength: 24 }),
      threshold: fc.integer({ min: 5, max: 100 }),
    });
    fc.assert(fc.property(arb, ({ hosts, vms, threshold }) => {
      const hs = Array.from({ length: hosts }, (_, i) => host(512, { sendMiBps: copyShareMiBps(1250, 1250, vms[i]?.busy ?? 0) }));
      const vs = vms.map((v) => vm(v.host % hosts, v.demand, { memoryMiB: v.costS * 1250, usedMiB: v.usedMiB }));
      const r = drsRecommend(hs, vs, threshold);
      if (r.move === null) return;
      const m = r.move;
      expect(m.benefitPts).toBeGreaterThanOrEqual(m.costPts);
      // Priced at what the copy would get: the lesser of the two sides, never above the link.
      expect(m.copyMiBps).toBe(Math.min(hs[m.from]!.sendMiBps, hs[m.to]!.receiveMiBps));
      // Traffic on the NICs never makes a move look cheaper than on idle links.
      expect(m.costPts).toBeGreaterThanOrEqual(COST_PTS_PER_S * migrationCostS(vs[m.vm]!.memoryMiB, 0, 1250) - 1e-9);
      expect(m.afterPct).toBeLessThan(m.beforePct);
      const loads = m.resource === 'cpu' ? r.cpuPct : r.memPct;
      const moved = vs[m.vm];
      const share = m.resource === 'cpu' ? (100 * (moved?.demand ?? 0)) / 8 : (100 * (moved?.usedMiB ?? 0)) / 32768;
      expect((loads[m.to] ?? 0) + share).toBeLessThan(loads[m.from] ?? 0);
    }));
  });
});
