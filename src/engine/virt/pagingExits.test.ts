/**
 * Shadow paging's exits are CPU time (issue 13): the exits the memory model counts under
 * shadow paging (a guest page-table write per 4 KiB page the guest maps, a shadow-root
 * reload per switch-in) reach the channel, virt prices each as one VM exit of the host's
 * VT-x generation and charges it to the vCPU as hypervisor overhead, once. So the same
 * workload under the same technique does measurably less work under shadow paging than
 * under nested paging while the guest maps its memory (high page-table churn). Nested
 * paging's walks cost time too (nestedWalks.test.ts), so these compare with a large TLB,
 * where few walks happen and the page-table churn is the difference. The paging mode
 * follows the technique (kernel/paging.ts): only hardware assistance can use either, a
 * binary-translation host always shadows and a paravirtual one pages directly (no exits).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PAGING_EXITS } from '../kernel/channel';
import { exitCyclesOf, nestedWalkCycles } from '../kernel/cycles';
import { checkInvariants, createSim, CYCLES_PER_TICK, presets, step, VF, WALKS_PER_SAMPLED_MISS, type SimState } from '../index';
import { COST, exitShare, MODERN, type HwMode } from './costModel';

type Technique = 'binary-translation' | 'paravirtual' | 'hardware-assisted';

function world(technique: Technique, workload: 'cpu-bound' | 'web' | 'database', seed = 21, more: { type?: 'type1' | 'type2'; hwEra?: 'modern' | 'first-gen'; translation?: 'shadow' | 'nested'; tlbEntries?: number } = {}): SimState {
  const sc = structuredClone(presets['shadow-vs-nested']);
  for (const h of sc.hosts) {
    h.hypervisor = { ...h.hypervisor, technique, ...(more.type === undefined ? {} : { type: more.type }), ...(more.hwEra === undefined ? {} : { hwEra: more.hwEra }) };
    if (more.translation !== undefined) h.hypervisor.memory = { ...h.hypervisor.memory, translation: more.translation };
    if (more.tlbEntries !== undefined) h.hypervisor.memory = { ...h.hypervisor.memory, tlbEntries: more.tlbEntries };
  }
  for (const v of sc.vms) v.workload = workload;
  return createSim({ ...sc, seed });
}

function vcpus(st: SimState, name: string) {
  const i = st.topology.vms.findIndex((v) => v.name === name);
  const vm = st.topology.vms[i];
  if (vm === undefined) throw new Error(name);
  let done = 0;
  let ovh = 0;
  let run = 0;
  for (let e = vm.entOffset; e < vm.entOffset + vm.vcpus; e++) {
    done += st.cpu.done[e] ?? 0;
    ovh += (st.cpu.ovh[e] ?? 0) + (st.cpu.owed[e] ?? 0) + (st.meters['overhead.ms']?.[e] ?? 0);
    run += st.ent.run[e] ?? 0;
  }
  return { i, vm, done, ovh, run, exits: st.memory.vms[i]?.c.exits ?? 0 };
}

describe('shadow paging exits are CPU time', () => {
  it('shadow-vs-nested, same technique, first 10 s (the guests map their memory): shadow does measurably less work, and the exits are its extra overhead', () => {
    // Hardware assistance on both hosts, the only technique that can use either paging mode.
    // Its instruction mix exits a little more under shadow paging (the guest's own page-table
    // writes and CR3 loads, exitShare); each VM's mix and I/O cycles are taken out below, so
    // what is left between the two VMs is what the counted shadow exits cost.
    const st = step(world('hardware-assisted', 'cpu-bound', 21, { tlbEntries: 1536 }), 10_000);
    expect(checkInvariants(st)).toEqual([]);
    const s = vcpus(st, 'app-s');
    const n = vcpus(st, 'app-n');
    expect(n.exits).toBe(0);
    expect(s.exits).toBeGreaterThan(500_000);
    const exitMs = (s.exits * exitCyclesOf('modern')) / CYCLES_PER_TICK;
    // What nested paging pays instead: its walks and EPT violations (nestedWalks.test.ts).
    const c = st.memory.vms[n.i]?.c;
    const nestedMs = c === undefined ? 0 : (c.tlbMisses * WALKS_PER_SAMPLED_MISS * nestedWalkCycles(false) + c.hvFaults * exitCyclesOf('modern')) / CYCLES_PER_TICK;
    const f = (i: number, k: number): number => st.virt.vm[i * VF.count + k] ?? 0;
    const mixMs = (i: number, hw: HwMode): number => (f(i, VF.sensitive) * exitShare(hw) * exitCyclesOf('modern') + f(i, VF.ioCycles) + f(i, VF.hostOsCycles)) / CYCLES_PER_TICK;
    const mixMore = mixMs(s.i, { era: 'modern', translation: 'shadow' }) - mixMs(n.i, MODERN);
    expect(exitShare({ era: 'modern', translation: 'shadow' })).toBeGreaterThan(exitShare(MODERN));
    // The exits' time is charged (paid, owed or in the flow), apart from the last few not yet priced.
    expect(s.ovh - n.ovh + nestedMs - mixMore).toBeGreaterThan(0.9 * exitMs);
    expect(s.ovh - n.ovh + nestedMs - mixMore).toBeLessThan(1.2 * exitMs);
    // ... and it is work the guest did not do: over 1 % less in 10 s (about 350 ms of exits).
    expect(s.done).toBeLessThan(0.99 * n.done);
  });

  it('hardware assistance: shadow paging costs its mix exits plus the counted ones; the preset itself loses work under shadow', () => {
    const hw = step(world('hardware-assisted', 'cpu-bound', 21, { tlbEntries: 1536 }), 10_000);
    expect(vcpus(hw, 'app-s').done).toBeLessThan(0.97 * vcpus(hw, 'app-n').done);
    const preset = step(createSim(presets['shadow-vs-nested']), 10_000);
    expect(vcpus(preset, 'app-s').done).toBeLessThan(vcpus(preset, 'app-n').done);
  });

  it('property: every counted exit is charged once, at the exit price of the host (plus a host-OS crossing on type 2); a paravirtual host, paging directly, counts none', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Technique>('binary-translation', 'paravirtual', 'hardware-assisted'),
        fc.constantFrom('type1' as const, 'type2' as const),
        fc.constantFrom('modern' as const, 'first-gen' as const),
        fc.constantFrom('web' as const, 'database' as const),
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 2, max: 8 }),
        (technique, type, hwEra, workload, seed, secs) => {
          const st = step(world(technique, workload, seed, { type, hwEra, translation: 'shadow' }), secs * 1000);
          const flow = st.meters[PAGING_EXITS];
          if (flow === undefined) return false;
          return st.topology.vms.every((vm, i) => {
            const f = (k: number): number => st.virt.vm[i * VF.count + k] ?? 0;
            let pending = 0;
            for (let e = vm.entOffset; e < vm.entOffset + vm.vcpus; e++) pending += flow[e] ?? 0;
            const counted = st.memory.vms[i]?.c.exits ?? 0;
            // Traps = the mix's exits (hardware assistance only) + the I/O path's + the counted paging exits taken.
            const mixExits = technique === 'hardware-assisted' ? f(VF.sensitive) * exitShare({ era: hwEra, translation: 'shadow' }) : 0;
            const taken = f(VF.traps) - f(VF.ioExits) - mixExits;
            const once = Math.abs(taken + pending - counted) < 1e-6 * Math.max(1, counted);
            // Their cycles are in the counters the overhead is charged from (cpu + host OS).
            const mixCpu = technique === 'hardware-assisted' ? mixExits * exitCyclesOf(hwEra) : technique === 'paravirtual' ? f(VF.hypercalls) * COST.hypercall : f(VF.sensitive) * COST.btEmulate + f(VF.translations) * COST.btTranslate;
            const priced = Math.abs(f(VF.cpuCycles) - mixCpu - taken * exitCyclesOf(hwEra)) < 1e-6 * Math.max(1, f(VF.cpuCycles));
            const crossed = type === 'type1' ? f(VF.hostOsCrossings) === 0 : f(VF.hostOsCrossings) >= taken - 1e-6;
            // Shadow asked for: hardware assistance and binary translation shadow, a paravirtual guest pages directly.
            const counts = technique === 'paravirtual' ? counted === 0 && pending === 0 : counted > 0;
            return once && priced && crossed && counts;
          });
        },
      ),
      { numRuns: 10 },
    );
  }, 120_000);
});
