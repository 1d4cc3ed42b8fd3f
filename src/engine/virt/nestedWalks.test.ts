/**
 * Nested paging's cost is CPU time (issue 13), as shadow paging's exits are: each sampled
 * TLB miss under EPT/NPT stands for WALKS_PER_SAMPLED_MISS two-dimensional walks, which
 * virt prices at the references they read beyond a native walk (kernel/cycles.ts) and
 * charges to the vCPU; each EPT violation is charged as one VM exit. So the same guest
 * does less work with more TLB misses under nested paging (not under shadow, which walks
 * natively), and the ranking of the two depends on the workload: page-table churn costs
 * shadow paging more, TLB misses cost nested paging more. Both hosts use hardware
 * assistance, the only technique that can page either way (kernel/paging.ts).
 */
import { describe, expect, it } from 'vitest';
import { PAGING_EXITS, PAGING_WALKS } from '../kernel/channel';
import { exitCyclesOf, nestedWalkCycles } from '../kernel/cycles';
import { checkInvariants, createSim, presets, step, VF, WALKS_PER_SAMPLED_MISS, type SimState } from '../index';
import { exitShare, MODERN } from './costModel';

type Translation = 'shadow' | 'nested';

/** shadow-vs-nested with hardware assistance on both hosts (its mix depends on the paging mode, not on the TLB), a cpu-bound guest. */
function world(translation: Translation, tlbEntries: number, seed = 21): SimState {
  const sc = structuredClone(presets['shadow-vs-nested']);
  for (const h of sc.hosts) h.hypervisor = { ...h.hypervisor, technique: 'hardware-assisted', memory: { ...h.hypervisor?.memory, translation, tlbEntries } };
  for (const v of sc.vms) v.workload = 'cpu-bound';
  return createSim({ ...sc, seed });
}

/** Work done by the VMs' vCPUs (both VMs run the same guest on identical hosts). */
function done(st: SimState): number {
  let d = 0;
  for (let e = 0; e < st.cpu.done.length; e++) d += st.cpu.done[e] ?? 0;
  return d;
}

describe('nested paging walks and EPT violations are CPU time', () => {
  it('more TLB misses mean less work under nested paging, and none less under shadow paging', () => {
    const few = { nested: step(world('nested', 1536), 20_000), shadow: step(world('shadow', 1536), 20_000) };
    const many = { nested: step(world('nested', 4), 20_000), shadow: step(world('shadow', 4), 20_000) };
    for (const st of [few.nested, many.nested]) expect(checkInvariants(st)).toEqual([]);
    const misses = (st: SimState) => st.memory.vms.reduce((n, m) => n + m.c.tlbMisses, 0);
    expect(misses(many.nested)).toBeGreaterThan(4 * misses(few.nested));
    // A 4-entry TLB: about 2 % of the work goes to 2-D walks (measured 2.3 %).
    expect(done(many.nested)).toBeLessThan(0.985 * done(few.nested));
    // Shadow paging walks natively: a smaller TLB costs it nothing in this model.
    expect(done(many.shadow)).toBe(done(few.shadow));
  });

  it('every walk and EPT violation is charged once, at its price', () => {
    const st = step(world('nested', 16), 6000);
    const walks = st.meters[PAGING_WALKS];
    const exits = st.meters[PAGING_EXITS];
    if (walks === undefined || exits === undefined) throw new Error('meters');
    st.topology.vms.forEach((vm, i) => {
      const c = st.memory.vms[i]?.c;
      if (c === undefined) throw new Error('vm');
      let pendingWalks = 0;
      let pendingExits = 0;
      for (let e = vm.entOffset; e < vm.entOffset + vm.vcpus; e++) {
        pendingWalks += walks[e] ?? 0;
        pendingExits += exits[e] ?? 0;
      }
      const f = (k: number): number => st.virt.vm[i * VF.count + k] ?? 0;
      // The mix's own exits (under EPT only the other privileged instructions exit); the rest is paging's.
      const mixExits = f(VF.sensitive) * exitShare(MODERN);
      const cycles = mixExits * exitCyclesOf('modern') + (c.tlbMisses * WALKS_PER_SAMPLED_MISS - pendingWalks) * nestedWalkCycles(false) + (c.hvFaults - pendingExits) * exitCyclesOf('modern');
      expect(c.exits).toBe(0);
      expect(c.hvFaults).toBeGreaterThan(0);
      expect(Math.abs(f(VF.cpuCycles) - cycles)).toBeLessThan(1e-6 * cycles);
      // The traps counted beyond the mix's are the EPT violations taken.
      expect(f(VF.traps) - f(VF.ioExits) - mixExits).toBeCloseTo(c.hvFaults - pendingExits, 3);
    });
  });

  it('ranking: page-table churn costs shadow paging more, TLB misses cost nested paging more', () => {
    // First 10 s with a large TLB: the guests map their memory (shadow: an exit per 4 KiB page-table write).
    const churn = { shadow: step(world('shadow', 1536), 10_000), nested: step(world('nested', 1536), 10_000) };
    expect(done(churn.shadow)).toBeLessThan(0.99 * done(churn.nested));
    // From 10 s to 30 s with a 4-entry TLB: memory is mapped, the TLB misses often.
    const a = { shadow: step(world('shadow', 4), 10_000), nested: step(world('nested', 4), 10_000) };
    const b = { shadow: step(a.shadow, 20_000), nested: step(a.nested, 20_000) };
    expect(done(b.nested) - done(a.nested)).toBeLessThan(0.985 * (done(b.shadow) - done(a.shadow)));
  });
});
