/**
 * The technique counters' invariants: healthy through a long run with technique and
 * type switches; a wrong row count, a negative or a non-finite counter is reported.
 */
import { describe, expect, it } from 'vitest';
import { applyCommand, createSim, presets, step, type SimState } from '../index';
import { virtInvariants } from './invariants';
import { VF } from './virt';

function switched(): SimState {
  let st = step(createSim(presets['bt-vs-para-vs-hw']), 3000);
  for (const cmd of [
    { type: 'setTechnique', host: 'hw', technique: 'binary-translation' },
    { type: 'setHypervisorType', host: 'bt', hvType: 'type2' },
  ] as const) {
    const r = applyCommand(st, cmd);
    if (!r.ok) throw new Error(r.reason.key);
    st = step(r.state, 2000);
  }
  return st;
}

describe('virt invariants', () => {
  it('hold through a run with technique and hypervisor-type switches', () => {
    expect(virtInvariants(switched())).toEqual([]);
  });

  it('a VM that loses vCPUs keeps counting up (the run they had is not charged back as negative work)', () => {
    let st = step(createSim(presets['bt-vs-para-vs-hw']), 5000);
    const i = 0;
    const id = st.topology.vms[i]!.id;
    let r = applyCommand(st, { type: 'setVmCpu', vm: id, vcpus: 3 });
    if (!r.ok) throw new Error(r.reason.key);
    st = step(r.state, 3000);
    r = applyCommand(st, { type: 'setVmCpu', vm: id, vcpus: 1 });
    if (!r.ok) throw new Error(r.reason.key);
    const counters = [VF.sensitive, VF.io, VF.traps, VF.hypercalls, VF.cpuCycles, VF.ioCycles];
    let last = counters.map((f) => st.virt.vm[i * VF.count + f] ?? 0);
    for (let t = 25; t <= 500; t += 25) {
      const s = step(r.state, t);
      const now = counters.map((f) => s.virt.vm[i * VF.count + f] ?? 0);
      now.forEach((x, k) => expect(x).toBeGreaterThanOrEqual(last[k] ?? 0));
      expect(virtInvariants(s)).toEqual([]);
      last = now;
    }
  });

  it('report a wrong row count, a negative counter and a non-finite one', () => {
    const st = switched();
    st.virt.vm[VF.hypercalls] = -1;
    st.virt.vm[VF.count + VF.cpuCycles] = Number.NaN;
    expect(virtInvariants(st)).toEqual([`virt counter ${VF.hypercalls} is -1`, `virt counter ${VF.count + VF.cpuCycles} is NaN`]);
    st.virt.vm = new Float64Array(VF.count);
    expect(virtInvariants(st)).toContain('virt counters do not match the VMs');
  });
});
