/**
 * The memory model pages as the host's technique does (issue 13): a binary-translation
 * host always shadows (4 references a miss, exits for its page-table writes and reloads,
 * never a nested walk or an EPT violation), a paravirtual one pages directly (a native
 * walk, no exits: its page-table updates are the hypercalls of its instruction mix), and
 * only hardware assistance on a modern CPU follows the translation setting. A setting
 * that would change nothing is refused with the reason.
 */
import { describe, expect, it } from 'vitest';
import { PAGING_EXITS, PAGING_WALKS } from '../kernel/channel';
import { pagingFixedBy, pagingOf, pagingOfHost } from '../kernel/paging';
import { applyCommand, checkInvariants, COST, createSim, presets, step, VF, type SimState } from '../index';
import { MEM_PERIOD } from './model';

/** Per VM id: the memory counters, the virt fields, and what is still on the paging channels for its vCPUs. */
function vmOf(st: SimState, id: string) {
  const i = st.topology.vms.findIndex((v) => v.id === id);
  const vm = st.topology.vms[i];
  const c = st.memory.vms[i]?.c;
  if (vm === undefined || c === undefined) throw new Error(id);
  const pending = (flow: string): number => {
    let n = 0;
    for (let e = vm.entOffset; e < vm.entOffset + vm.vcpus; e++) n += st.meters[flow]?.[e] ?? 0;
    return n;
  };
  const f = (k: number): number => st.virt.vm[i * VF.count + k] ?? 0;
  return { c, f, pending };
}

describe('paging follows the technique', () => {
  it('pagingOf: binary translation shadows and paravirtualization pages directly on any CPU and setting; hardware assistance follows the setting on a modern CPU, shadows on a first-generation one', () => {
    for (const era of ['modern', 'first-gen'] as const) {
      for (const translation of ['shadow', 'nested'] as const) {
        expect(pagingOf('binary-translation', { era, translation })).toBe('shadow');
        expect(pagingOf('paravirtual', { era, translation })).toBe('direct');
        expect(pagingOf('hardware-assisted', { era, translation })).toBe(era === 'first-gen' ? 'shadow' : translation);
        expect(pagingOfHost({ technique: 'hardware-assisted', hwEra: era, memory: { translation } })).toBe(pagingOf('hardware-assisted', { era, translation }));
      }
      expect(pagingFixedBy({ technique: 'binary-translation', hwEra: era })).toBe('memory.mode.fixed.binary-translation');
      expect(pagingFixedBy({ technique: 'paravirtual', hwEra: era })).toBe('memory.mode.fixed.paravirtual');
    }
    expect(pagingFixedBy({ technique: 'hardware-assisted', hwEra: 'first-gen' })).toBe('memory.mode.fixed.first-gen');
    expect(pagingFixedBy({ technique: 'hardware-assisted', hwEra: 'modern' })).toBe('');
  });

  it('bt-vs-para-vs-hw (all set to nested paging, the default), every memory period for 8 s: BT never posts a walk, PV posts neither walk nor exit, HW posts walks and no shadow exit', () => {
    let st = createSim(presets['bt-vs-para-vs-hw']);
    for (const h of st.topology.hosts) expect(h.hypervisor.memory.translation).toBe('nested');
    let hwWalks = 0;
    for (let t = 0; t < 8000; t += MEM_PERIOD / 2) {
      st = step(st, MEM_PERIOD / 2);
      for (const id of ['bt-web', 'bt-db']) expect(vmOf(st, id).pending(PAGING_WALKS)).toBe(0);
      for (const id of ['para-web', 'para-db']) {
        expect(vmOf(st, id).pending(PAGING_WALKS)).toBe(0);
        expect(vmOf(st, id).pending(PAGING_EXITS)).toBe(0);
      }
      hwWalks += vmOf(st, 'hw-web').pending(PAGING_WALKS);
    }
    expect(checkInvariants(st)).toEqual([]);
    expect(hwWalks).toBeGreaterThan(0);
    for (const id of ['bt-web', 'bt-db']) {
      const { c, f, pending } = vmOf(st, id);
      // Shadow: a native-length walk; the exits posted are exactly the shadow exits counted (no EPT violation among them).
      expect(c.tlbMisses).toBeGreaterThan(0);
      expect(c.walkRefs).toBe(4 * c.tlbMisses);
      expect(c.exits).toBeGreaterThan(0);
      expect(f(VF.traps) - f(VF.ioExits) + pending(PAGING_EXITS)).toBeCloseTo(c.exits, 3);
    }
    for (const id of ['para-web', 'para-db']) {
      const { c, f } = vmOf(st, id);
      // Direct: a native walk, no exits of any kind; its cycles are its hypercalls (page-table updates among them) and its I/O.
      expect(c.tlbMisses).toBeGreaterThan(0);
      expect(c.walkRefs).toBe(4 * c.tlbMisses);
      expect(c.exits).toBe(0);
      expect(c.hvFaults).toBeGreaterThan(0);
      expect(f(VF.traps)).toBe(f(VF.ioExits));
      expect(f(VF.cpuCycles)).toBeCloseTo(f(VF.hypercalls) * COST.hypercall, 3);
    }
    for (const id of ['hw-web', 'hw-db']) {
      const { c } = vmOf(st, id);
      expect(c.walkRefs).toBe(24 * c.tlbMisses);
      expect(c.exits).toBe(0);
    }
  });

  it('large pages: a direct walk is one level shorter too (3 references), as native', () => {
    const r = applyCommand(createSim(presets['bt-vs-para-vs-hw']), { type: 'setMemoryFeature', host: 'para', feature: 'largePages', on: true });
    expect(r.ok).toBe(true);
    const st = step(r.state, 4000);
    const { c } = vmOf(st, 'para-web');
    expect(c.tlbMisses).toBeGreaterThan(0);
    expect(c.walkRefs).toBe(3 * c.tlbMisses);
  });

  it('a host switched from hardware assistance to paravirtualization stops walking nested tables at once', () => {
    const before = step(createSim(presets['bt-vs-para-vs-hw']), 4000);
    const a = vmOf(before, 'hw-web').c;
    const r = applyCommand(before, { type: 'setTechnique', host: 'hw', technique: 'paravirtual' });
    expect(r.ok).toBe(true);
    const after = step(r.state, 4000);
    const b = vmOf(after, 'hw-web').c;
    expect(b.tlbMisses).toBeGreaterThan(a.tlbMisses);
    expect(b.walkRefs - a.walkRefs).toBe(4 * (b.tlbMisses - a.tlbMisses));
  });

  it('setTranslation is refused where the paging is fixed (binary translation, paravirtualization, first-generation VT-x), leaving the state untouched; accepted on a modern hardware-assisted host', () => {
    const st = createSim(presets['bt-vs-para-vs-hw']);
    for (const [host, why] of [
      ['bt', 'memory.mode.fixed.binary-translation'],
      ['para', 'memory.mode.fixed.paravirtual'],
    ] as const) {
      for (const mode of ['shadow', 'nested'] as const) {
        const r = applyCommand(st, { type: 'setTranslation', host, mode });
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.reason).toMatchObject({ key: 'memory.reason.pagingFixed', params: { host, why } });
        expect(r.state).toBe(st);
      }
    }
    const old = applyCommand(st, { type: 'setHwEra', host: 'hw', era: 'first-gen' }).state;
    const r = applyCommand(old, { type: 'setTranslation', host: 'hw', mode: 'shadow' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason.params).toMatchObject({ why: 'memory.mode.fixed.first-gen' });
    const ok = applyCommand(st, { type: 'setTranslation', host: 'hw', mode: 'shadow' });
    expect(ok.ok).toBe(true);
    expect(pagingOfHost(ok.state.topology.hosts.find((h) => h.id === 'hw')!.hypervisor)).toBe('shadow');
  });
});
