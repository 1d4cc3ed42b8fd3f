/**
 * The lifecycle, the one path for power and boot: a start boots from the beginning and
 * tells the subsystems about every entity it powers on; a stop (from any caller) frees
 * pCPUs and queues, ends the boot countdown and the memory in use, and stops what runs
 * inside; boots finish into the workload; pauses and throttles hold entities off the
 * CPU; a failed host stops what it ran. Checked with the engine's own invariants.
 */
import { describe, expect, it } from 'vitest';
import { checkInvariants, createSim, presets, step, type SimState } from '../index';
import { SUBSYSTEMS } from '../registry';
import { MEM_STALL, meter, VM_MEM_USED } from './channel';
import { ENT, POWER } from './codes';
import { bootVm, failHostPower, isHostFailed, pauseVm, progressBoot, repairHostPower, startContainer, stopContainer, stopVm, throttleEntity, type PowerHooks } from './lifecycle';
import { queueContents } from './queues';
import { CONTAINER_START_TICKS, phaseCode, VM_BOOT_TICKS } from './workload';

const at = (st: SimState, id: string): number => st.topology.vms.findIndex((v) => v.id === id);
const vcpus = (st: SimState, i: number): number[] => {
  const vm = st.topology.vms[i]!;
  return Array.from({ length: vm.vcpus }, (_, k) => vm.entOffset + k);
};
const queued = (st: SimState): number[] => st.topology.hosts.flatMap((_, h) => queueContents(st, h));
/** What the engine does after any change outside a tick (the CPU refills idle pCPUs), then the invariants. */
function healthy(st: SimState): string[] {
  for (const s of SUBSYSTEMS) if ('settle' in s) s.settle?.(st);
  return checkInvariants(st);
}
function spy(): PowerHooks & { seen: number[] } {
  const seen: number[] = [];
  return { seen, poweredOn: (_st, e) => void seen.push(e) };
}

describe('lifecycle', () => {
  it('stopping a VM mid-boot ends its countdown, frees its pCPUs and queues, zeroes its memory and stops its containers', () => {
    const st = step(createSim(presets.basic), 700);
    const i = at(st, 'db-1');
    const inside = st.topology.containers.findIndex((c) => c.vm === i);
    expect([st.vmPower[i], st.vmBootLeft[i]! > 0]).toEqual([POWER.booting, true]);
    meter(st, VM_MEM_USED)[i] = 123;
    stopVm(st, i);
    expect([st.vmPower[i], st.vmBootLeft[i], meter(st, VM_MEM_USED)[i]]).toEqual([POWER.off, 0, 0]);
    for (const e of vcpus(st, i)) expect([st.ent.state[e], st.ent.pcpu[e]]).toEqual([ENT.off, -1]);
    expect(queued(st).filter((e) => vcpus(st, i).includes(e))).toEqual([]);
    if (inside >= 0) expect([st.ctPower[inside], st.ctBootLeft[inside]]).toEqual([POWER.off, 0]);
    expect(healthy(st)).toEqual([]);
  });

  it('a start boots from the beginning, queues every vCPU and tells the subsystems, once per entity', () => {
    const st = step(createSim(presets.basic), 700);
    const i = at(st, 'db-1');
    stopVm(st, i);
    const hooks = spy();
    bootVm(st, hooks, i, true);
    expect([st.vmPower[i], st.vmBootLeft[i]]).toEqual([POWER.booting, VM_BOOT_TICKS]);
    expect(hooks.seen).toEqual(vcpus(st, i));
    for (const e of vcpus(st, i)) expect(queued(st)).toContain(e);
    expect(st.events.list.at(-1)).toMatchObject({ key: 'event.vmBooting', params: { vm: 'db-1' } });
    bootVm(st, hooks, i, true); // already on: nothing happens
    expect(hooks.seen).toHaveLength(vcpus(st, i).length);
  });

  it('a boot finishes into the workload, with an event', () => {
    const st = step(createSim(presets.basic), VM_BOOT_TICKS - 1);
    const i = at(st, 'web-1');
    expect(st.vmBootLeft[i]).toBe(1);
    progressBoot(st);
    expect(st.vmPower[i]).toBe(POWER.on);
    expect(st.ent.phaseKind[st.topology.vms[i]!.entOffset]).toBe(phaseCode(st.topology.vms[i]!.workload));
    expect(st.events.list.some((e) => e.key === 'event.vmStarted' && e.params?.['vm'] === 'web-1')).toBe(true);
  });

  it('containers start and stop the same way', () => {
    const st = step(createSim(presets.basic), 5000);
    const c = st.topology.containers.findIndex((x) => x.vm < 0);
    stopContainer(st, c);
    expect([st.ctPower[c], st.ctBootLeft[c], st.ent.state[st.topology.containers[c]!.ent]]).toEqual([POWER.off, 0, ENT.off]);
    const hooks = spy();
    startContainer(st, hooks, c);
    expect([st.ctPower[c], st.ctBootLeft[c]]).toEqual([POWER.booting, CONTAINER_START_TICKS]);
    expect(hooks.seen).toEqual([st.topology.containers[c]!.ent]);
    expect(healthy(st)).toEqual([]);
  });

  it('a pause and a throttle hold entities off the CPU, blocked for the time asked (a pause keeps longer I/O)', () => {
    const st = step(createSim(presets.basic), 5000);
    const i = at(st, 'web-1');
    pauseVm(st, i, 7);
    for (const e of vcpus(st, i)) {
      expect([st.ent.state[e], st.ent.pcpu[e], st.ent.paused[e]]).toEqual([ENT.blocked, -1, 7]);
    }
    // A longer pause in progress is kept; a replacing one (stop-and-copy) ends it sooner.
    pauseVm(st, i, 3);
    expect(vcpus(st, i).map((e) => st.ent.paused[e])).toEqual([7, 7]);
    pauseVm(st, i, 3, true);
    expect(vcpus(st, i).map((e) => st.ent.paused[e])).toEqual([3, 3]);
    // A vCPU paused in the middle of its burst carries on with it when the pause ends.
    let s2 = step(createSim(presets.basic), 5000);
    const busy = vcpus(s2, i).find((e) => s2.ent.state[e] === ENT.running);
    if (busy === undefined) throw new Error('no running vCPU');
    const burst = s2.ent.phaseLeft[busy];
    pauseVm(s2, i, 4);
    expect([s2.ent.resume[busy], s2.ent.phaseLeft[busy]]).toEqual([Math.max(1, burst ?? 0), 0]);
    s2 = step(s2, 4);
    expect(s2.ent.state[busy]).not.toBe(ENT.blocked);
    expect(s2.ent.resume[busy]).toBe(0);
    expect(healthy(s2)).toEqual([]);
    const e = vcpus(st, at(st, 'db-1'))[0]!;
    throttleEntity(st, e, 42);
    expect([st.ent.state[e], st.ent.paused[e], st.ent.pcpu[e]]).toEqual([ENT.blocked, 42, -1]);
    expect(queued(st)).not.toContain(e);
    expect(healthy(st)).toEqual([]);
  });

  it('a pause that begins while a vCPU waits on memory is sat out after the page is in, then the burst resumes (no pause is left over)', () => {
    let st = step(createSim(presets.basic), 5000);
    const i = at(st, 'web-1');
    let e = -1;
    for (let n = 0; n < 200 && e < 0; n++) {
      e = vcpus(st, i).find((x) => st.ent.state[x] === ENT.running) ?? -1;
      if (e < 0) st = step(st, 1);
    }
    expect(e).toBeGreaterThanOrEqual(0);
    meter(st, MEM_STALL)[e] = 3; // a swap-in of 3 ms
    st = step(st, 1);
    expect(st.cpu.memBlocked[e]).toBe(1);
    const burst = st.ent.phaseLeft[e] ?? 0;
    pauseVm(st, i, 10);
    st = step(st, 5); // the page is in after 3 ms; the pause still holds it
    expect([st.ent.state[e], st.cpu.memBlocked[e], st.ent.resume[e]]).toEqual([ENT.blocked, 0, Math.max(1, burst)]);
    expect(healthy(st)).toEqual([]);
    st = step(st, 5);
    expect(st.ent.paused[e]).toBe(0);
    expect(st.ent.state[e]).not.toBe(ENT.blocked);
    expect(healthy(st)).toEqual([]);
  });

  it('a failed host stops its VMs and bare-host containers, and is listed until repaired', () => {
    const st = step(createSim(presets.basic), 5000);
    const victims = failHostPower(st, 0);
    expect(victims.length).toBeGreaterThan(0);
    for (const i of victims) expect(st.vmPower[i]).toBe(POWER.off);
    st.topology.containers.forEach((c, i) => {
      if (c.vm < 0 && c.host === 0) expect(st.ctPower[i]).toBe(POWER.off);
    });
    expect([st.failedHosts, isHostFailed(st, 0)]).toEqual([['host-1'], true]);
    repairHostPower(st, 0);
    expect([st.failedHosts, isHostFailed(st, 0)]).toEqual([[], false]);
    expect(healthy(st)).toEqual([]);
  });
});
