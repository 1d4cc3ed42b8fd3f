/**
 * Lock-holder preemption (spin.ts): in `smp-costop`, without co-scheduling the wide VM's
 * running vCPUs spin on locks their descheduled, lagging siblings hold (on the pCPU, no
 * guest progress), and the pCPU time they burn is taken from the neighbours; with
 * co-scheduling the leaders are co-stopped instead, so little is spun and the host's
 * other VMs get that time. Only multi-vCPU VMs spin; spin is part of run.
 */
import { describe, expect, it } from 'vitest';
import { applyCommand, checkInvariants, createSim, presets, step, type SimState } from '../index';

interface Totals { run: number; costop: number; spin: number; done: number; alive: number }

function totals(st: SimState, id: string): Totals {
  const vm = st.topology.vms.find((v) => v.id === id);
  const t: Totals = { run: 0, costop: 0, spin: 0, done: 0, alive: 0 };
  if (vm === undefined) return t;
  for (let e = vm.entOffset; e < vm.entOffset + vm.vcpus; e++) {
    t.run += st.ent.run[e] ?? 0;
    t.costop += st.cpu.costop[e] ?? 0;
    t.spin += st.cpu.spin[e] ?? 0;
    t.done += st.cpu.done[e] ?? 0;
    t.alive += st.ent.alive[e] ?? 0;
  }
  return t;
}

/** Each VM's totals over 20 s after the 4 s boot, co-scheduling on or off. */
function run(on: boolean): Record<string, Totals> {
  let st = createSim(presets['smp-costop']);
  if (!on) st = applyCommand(st, { type: 'setCoSchedule', host: 'host-1', on: false }).state;
  st = step(st, 4_000);
  const before = Object.fromEntries(st.topology.vms.map((v) => [v.id, totals(st, v.id)]));
  st = step(st, 20_000);
  expect(checkInvariants(st)).toEqual([]);
  return Object.fromEntries(
    st.topology.vms.map((v) => {
      const a = totals(st, v.id);
      const b = before[v.id] as Totals;
      return [v.id, { run: a.run - b.run, costop: a.costop - b.costop, spin: a.spin - b.spin, done: a.done - b.done, alive: a.alive - b.alive }];
    }),
  );
}

const pct = (x: number, t: Totals): number => (100 * x) / t.alive;

describe('lock-holder preemption: why co-scheduling exists', () => {
  const on = run(true);
  const off = run(false);
  const wOn = on['wide'] as Totals;
  const wOff = off['wide'] as Totals;

  it('without co-scheduling the wide VM spins instead of being co-stopped', () => {
    expect(pct(wOff.costop, wOff)).toBe(0);
    expect(pct(wOff.spin, wOff)).toBeGreaterThan(3);
    expect(pct(wOn.costop, wOn)).toBeGreaterThan(3);
    expect(wOn.spin).toBeLessThan(wOff.spin / 2);
  });

  it('most of the run time the wide VM gains without co-scheduling is spent spinning, and its neighbours pay for it', () => {
    expect(wOff.spin).toBeGreaterThan(0.5 * (wOff.run - wOn.run));
    for (const id of ['app-1', 'app-2']) expect((on[id] as Totals).done).toBeGreaterThan(1.05 * (off[id] as Totals).done);
  });

  it('single-vCPU VMs never spin', () => {
    for (const id of ['app-1', 'app-2']) {
      expect((on[id] as Totals).spin).toBe(0);
      expect((off[id] as Totals).spin).toBe(0);
    }
  });
});
