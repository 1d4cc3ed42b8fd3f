/**
 * The technique subsystem running inside the engine: on the comparison presets the
 * same workloads cost less under paravirtualization than under full virtualization,
 * and less on a bare-metal (type 1) host than on a hosted (type 2) one; switching a
 * host to binary translation starts with a cold translation cache; invariants hold.
 */
import { describe, expect, it } from 'vitest';
import { PAGING_EXITS, PAGING_WALKS } from '../kernel/channel';
import { applyCommand, checkInvariants, createSim, presets, step, type SimState } from '../index';
import { VF } from './virt';

const field = (st: SimState, vmId: string, f: number): number => {
  const i = st.topology.vms.findIndex((v) => v.id === vmId);
  return st.virt.vm[i * VF.count + f] ?? NaN;
};
const run = (s: SimState, ticks: number): SimState => {
  let st = s;
  for (let t = 0; t < ticks; t += 1000) {
    st = step(st, 1000);
    expect(checkInvariants(st)).toEqual([]);
  }
  return st;
};

describe('virt subsystem', () => {
  it('bt-vs-para-vs-hw: paravirtual has the lowest overhead, and only it makes hypercalls', () => {
    const st = run(createSim(presets['bt-vs-para-vs-hw']), 12_000);
    const ov = (id: string) => field(st, id, VF.recentOverhead);
    expect(ov('para-web')).toBeLessThan(ov('bt-web'));
    expect(ov('para-web')).toBeLessThan(ov('hw-web'));
    expect(field(st, 'para-web', VF.hypercalls)).toBeGreaterThan(0);
    expect(field(st, 'hw-web', VF.hypercalls)).toBe(0);
    expect(field(st, 'bt-web', VF.translations)).toBeGreaterThan(0);
    expect(field(st, 'hw-web', VF.traps)).toBeGreaterThan(0);
  });
  it('era switch: on modern VT-x with EPT hardware assistance costs less than binary translation; on first-generation VT-x more', () => {
    const modern = run(createSim(presets['bt-vs-para-vs-hw']), 12_000);
    expect(field(modern, 'hw-web', VF.recentOverhead)).toBeLessThan(field(modern, 'bt-web', VF.recentOverhead));
    const r = applyCommand(createSim(presets['bt-vs-para-vs-hw']), { type: 'setHwEra', host: 'hw', era: 'first-gen' });
    expect(r.ok).toBe(true);
    expect(r.state.scenario.hosts.find((h) => h.id === 'hw')?.hypervisor.hwEra).toBe('first-gen');
    const old = run(r.state, 12_000);
    expect(field(old, 'hw-web', VF.recentOverhead)).toBeGreaterThan(field(old, 'bt-web', VF.recentOverhead));
    const cpuExits = (st: typeof old) => field(st, 'hw-web', VF.traps) - field(st, 'hw-web', VF.ioExits);
    expect(cpuExits(old)).toBeGreaterThan(cpuExits(modern) * 2);
    const bad = applyCommand(modern, { type: 'setHwEra', host: 'nope', era: 'modern' });
    expect(bad.ok).toBe(false);
    expect(bad.state).toBe(modern);
  });
  it('binary translation counts its sensitive instructions as translated code, not traps (only its emulated I/O and its shadow page tables trap)', () => {
    const st = run(createSim(presets['bt-vs-para-vs-hw']), 8000);
    // Binary translation implies shadow paging, whatever the host's translation setting (nested
    // by default): the traps beyond I/O are the shadow exits the memory model counted (a few may
    // still be on the channel), never an EPT violation, and no nested walk is ever posted.
    const i = st.topology.vms.findIndex((v) => v.id === 'bt-web');
    const vm = st.topology.vms[i]!;
    const c = st.memory.vms[i]!.c;
    const pending = (id: string): number => {
      let n = 0;
      for (let e = vm.entOffset; e < vm.entOffset + vm.vcpus; e++) n += st.meters[id]?.[e] ?? 0;
      return n;
    };
    expect(st.topology.hosts[vm.host]?.hypervisor.memory.translation).toBe('nested');
    expect(c.exits).toBeGreaterThan(0);
    expect(c.walkRefs).toBe(c.tlbMisses * 4);
    expect(pending(PAGING_WALKS)).toBe(0);
    const paging = field(st, 'bt-web', VF.traps) - field(st, 'bt-web', VF.ioExits);
    expect(paging + pending(PAGING_EXITS)).toBeCloseTo(c.exits, 3);
    expect(field(st, 'bt-web', VF.ioExits)).toBeCloseTo(field(st, 'bt-web', VF.io) * 6, 6);
  });
  it('type1-vs-type2: the hosted host pays host-OS crossings, the bare-metal one none', () => {
    const st = run(createSim(presets['type1-vs-type2']), 12_000);
    expect(field(st, 'bare-io', VF.hostOsCrossings)).toBe(0);
    expect(field(st, 'hosted-io', VF.hostOsCrossings)).toBeGreaterThan(0);
    expect(field(st, 'hosted-io', VF.recentOverhead)).toBeGreaterThan(field(st, 'bare-io', VF.recentOverhead));
  });
  it('switching to binary translation starts with an empty translation cache', () => {
    const st = run(createSim(presets['bt-vs-para-vs-hw']), 6000);
    const r = applyCommand(st, { type: 'setTechnique', host: 'hw', technique: 'binary-translation' });
    expect(r.ok).toBe(true);
    expect(field(r.state, 'hw-web', VF.sensitiveSinceFlush)).toBe(0);
    const later = run(r.state, 2000);
    expect(field(later, 'hw-web', VF.translations)).toBeGreaterThan(50);
  });
  it('overhead is CPU time: the same guests do less work under a costlier technique, and the CPU counts that time as hypervisor overhead', () => {
    const work = (st: SimState, id: string): { done: number; ovh: number; run: number } => {
      const vm = st.topology.vms.find((v) => v.id === id)!;
      const out = { done: 0, ovh: 0, run: 0 };
      for (let e = vm.entOffset; e < vm.entOffset + vm.vcpus; e++) {
        out.done += st.cpu.done[e] ?? 0;
        out.ovh += st.cpu.ovh[e] ?? 0;
        out.run += st.ent.run[e] ?? 0;
      }
      return out;
    };
    // The same preset (same seed, same workloads) with host "bt" switched to paravirtual at tick 0.
    const bt = run(createSim(presets['bt-vs-para-vs-hw']), 12_000);
    const pv = run(applyCommand(createSim(presets['bt-vs-para-vs-hw']), { type: 'setTechnique', host: 'bt', technique: 'paravirtual' }).state, 12_000);
    for (const id of ['bt-web', 'bt-db']) {
      expect(work(bt, id).done).toBeLessThan(work(pv, id).done);
      expect(work(bt, id).ovh).toBeGreaterThan(work(pv, id).ovh * 2);
      expect(work(bt, id).ovh / work(bt, id).run).toBeCloseTo(field(bt, id, VF.recentOverhead), 1);
    }
  });
});
