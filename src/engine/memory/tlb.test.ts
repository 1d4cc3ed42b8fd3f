/**
 * Translation costs (issue 13): TLB hit rates are realistic (95-99 % or more), shadow
 * paging counts exits for guest page-table writes and shadow-root reloads, and walks and
 * exits are weighed in one unit (cycles), as the CPU is charged for them: in
 * `shadow-vs-nested` shadow paging pays more while the guests map their memory, and
 * nested paging's walks overtake it as the run goes on.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCommand, createSim, pagingOfHost, presets, step, tlbTaggedOf, type SimState } from '../index';
import { nestedWalkCycles, VM_EXIT_CYCLES } from '../kernel/cycles';
import { ACCESS_RUN, SMALL_PAGES_PER_MIB, WALKS_PER_SAMPLED_MISS } from './model';

const rate = (c: { tlbHits: number; tlbMisses: number }): number => c.tlbHits / Math.max(1, c.tlbHits + c.tlbMisses);

function byMode(st: SimState, mode: 'shadow' | 'nested') {
  const v = st.topology.vms.findIndex((vm) => { const hv = st.topology.hosts[vm.host]?.hypervisor; return hv !== undefined && pagingOfHost(hv) === mode; });
  const c = st.memory.vms[v]?.c;
  if (c === undefined) throw new Error(mode);
  return c;
}

describe('translation costs', () => {
  it('shadow-vs-nested after 30 s: both TLBs hit 95-99.9 %; shadow pays exits, nested pays walks; in cycles shadow costs more at 10 s, nested by 60 s', () => {
    const early = step(createSim(presets['shadow-vs-nested']), 10_000);
    const st = step(early, 20_000);
    const s = byMode(st, 'shadow');
    const n = byMode(st, 'nested');
    for (const c of [s, n]) {
      expect(rate(c)).toBeGreaterThan(0.95);
      expect(rate(c)).toBeLessThan(0.999);
    }
    expect(n.exits).toBe(0);
    // A page-table write per 4 KiB page of each model page (2 MiB) first touched, plus a reload per switch-in.
    const ptWrites = s.guestFaults * 2 * SMALL_PAGES_PER_MIB;
    expect(s.exits).toBeGreaterThanOrEqual(ptWrites);
    expect(s.exits - ptWrites).toBeLessThan(1000);
    expect(n.walkRefs).toBeGreaterThan(s.walkRefs);
    // What each is charged: exits (shadow's page-table writes and reloads, nested's EPT violations) and nested walks.
    const cycles = (at: SimState, mode: 'shadow' | 'nested') => {
      const c = byMode(at, mode);
      return mode === 'shadow' ? c.exits * VM_EXIT_CYCLES : c.tlbMisses * WALKS_PER_SAMPLED_MISS * nestedWalkCycles(false) + c.hvFaults * VM_EXIT_CYCLES;
    };
    expect(cycles(early, 'shadow')).toBeGreaterThan(2 * cycles(early, 'nested'));
    const late = step(st, 30_000);
    expect(cycles(late, 'nested')).toBeGreaterThan(1.5 * cycles(late, 'shadow'));
  });

  it('property: at most one TLB miss per run of accesses, whatever the TLB size, tagging or translation; exits only where the host really shadows (its binary-translation host always does)', () => {
    fc.assert(
      fc.property(fc.constantFrom(4, 16, 64, 512), fc.boolean(), fc.constantFrom('shadow' as const, 'nested' as const), fc.integer({ min: 1, max: 500 }), (entries, tagged, translation, seed) => {
        const sc = structuredClone(presets['shadow-vs-nested']);
        for (const h of sc.hosts) h.hypervisor = { ...h.hypervisor, memory: { ...h.hypervisor?.memory, tlbEntries: entries, taggedTlb: tagged, translation } };
        const st = step(createSim({ ...sc, seed }), 6000);
        return st.memory.vms.every((m, v) => {
          const hv = st.topology.hosts[st.topology.vms[v]?.host ?? -1]?.hypervisor;
          const shadows = hv !== undefined && (hv.technique === 'binary-translation' || translation === 'shadow');
          return hv !== undefined && pagingOfHost(hv) === (shadows ? 'shadow' : 'nested') && m.c.tlbMisses * ACCESS_RUN <= m.c.tlbHits + m.c.tlbMisses && rate(m.c) >= 1 - 1 / ACCESS_RUN - 1e-9 && shadows === m.c.exits > 0;
        });
      }),
      { numRuns: 8 },
    );
  }, 60_000);
});

describe('the era switch includes VPID', () => {
  /** shadow-vs-nested with both hosts on VT-x generation `era` and translation `translation`, after 30 s. */
  function run(era: 'first-gen' | 'modern', translation: 'shadow' | 'nested') {
    const sc = structuredClone(presets['shadow-vs-nested']);
    for (const h of sc.hosts) h.hypervisor = { ...h.hypervisor, technique: 'hardware-assisted', hwEra: era, memory: { ...h.hypervisor?.memory, translation } };
    const st = step(createSim(sc), 30_000);
    const sum = (k: 'tlbHits' | 'tlbMisses' | 'tlbFlushes' | 'walkRefs') => st.memory.vms.reduce((n, m) => n + m.c[k], 0);
    return { rate: rate({ tlbHits: sum('tlbHits'), tlbMisses: sum('tlbMisses') }), flushes: sum('tlbFlushes'), walkRefs: sum('walkRefs') };
  }

  it('the same workload on first-generation VT-x (no VPID: every VM exit and entry flushes the TLB) hits less and walks more than on a modern host, still within 95-99 %', () => {
    const first = run('first-gen', 'nested');
    const modernShadow = run('modern', 'shadow');
    const modernNested = run('modern', 'nested');
    expect(first.flushes).toBeGreaterThan(1000);
    expect(modernShadow.flushes).toBe(0);
    expect(modernNested.flushes).toBe(0);
    // Both shadow (first-gen has no EPT), so the walks are the same length: the extra references are the flushes' misses.
    expect(first.rate).toBeLessThan(modernShadow.rate - 0.005);
    expect(first.rate).toBeLessThan(modernNested.rate - 0.005);
    expect(first.walkRefs).toBeGreaterThan(1.3 * modernShadow.walkRefs);
    expect(first.rate).toBeGreaterThan(0.95);
  }, 60_000);

  it('a first-generation host cannot tag its TLB: the setting is refused with the reason, and the memory lens shows it untagged', () => {
    const s = applyCommand(createSim(presets['shadow-vs-nested']), { type: 'setHwEra', host: 'host-nested', era: 'first-gen' }).state;
    const hv = s.topology.hosts.find((h) => h.id === 'host-nested')?.hypervisor;
    expect(hv !== undefined && tlbTaggedOf(hv)).toBe(false);
    for (const on of [true, false]) {
      const r = applyCommand(s, { type: 'setMemoryFeature', host: 'host-nested', feature: 'taggedTlb', on });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.reason.params?.why).toBe('memory.tlb.fixed.first-gen');
    }
    // A binary-translation host on first-generation hardware: untagged too, and the reason names world switches alone.
    const bt = applyCommand(s, { type: 'setTechnique', host: 'host-nested', technique: 'binary-translation' });
    if (bt.ok) {
      const r = applyCommand(bt.state, { type: 'setMemoryFeature', host: 'host-nested', feature: 'taggedTlb', on: true });
      expect(!r.ok && r.reason.params?.why).toBe('memory.tlb.fixed.first-gen-switch');
    }
    expect(bt.ok).toBe(true);
    const back = applyCommand(s, { type: 'setHwEra', host: 'host-nested', era: 'modern' }).state;
    expect(applyCommand(back, { type: 'setMemoryFeature', host: 'host-nested', feature: 'taggedTlb', on: false }).ok).toBe(true);
  });
});
