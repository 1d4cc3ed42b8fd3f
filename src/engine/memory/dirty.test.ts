/**
 * The dirty rate comes from the memory model (issue 13): a VM writes its writable working
 * set (working set x write share) over once per working-set window for each running
 * vCPU, so the same workload with more memory, and so a larger working set, writes
 * faster; a VM whose vCPUs do not run writes nothing.
 */
import { describe, expect, it } from 'vitest';
import { applyCommand, createSim, presets, step, type SimState } from '../index';
import { meter, VM_DIRTIED_MIB, VM_DIRTY_MIBPS, VM_WRITABLE_MIB } from '../kernel/channel';
import { WRITE_SHARE } from '../kernel/workload';
import { WS_WINDOW_MS } from './dirty';

/** The live-migration preset without its migrations, db-vm given `memoryMiB`. */
function world(memoryMiB: number): SimState {
  const sc = structuredClone(presets['live-migration']);
  sc.events = [];
  const db = sc.vms.find((v) => v.id === 'db-vm');
  if (db !== undefined) db.memoryMiB = memoryMiB;
  return createSim(sc);
}

/** db-vm's published rate, averaged over `n` publications after `from` ms. */
function avgRate(st: SimState, from: number, n: number): number {
  let s = step(st, from);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    s = step(s, 250);
    sum += meter(s, VM_DIRTY_MIBPS)[1] ?? 0;
  }
  return sum / n;
}

describe('dirty rate from the working set', () => {
  it('the writable working set is the working set x the write share, and bounds the rate', () => {
    const st = step(world(4096), 6000);
    st.topology.vms.forEach((t, v) => {
      const vm = st.memory.vms[v]!;
      const writable = vm.wsPages * st.memory.hosts[t.host]!.pageMiB * WRITE_SHARE;
      expect(writable).toBeGreaterThan(0);
      expect(meter(st, VM_WRITABLE_MIB)[v]).toBeCloseTo(writable, 6);
      // At most every vCPU running all the time.
      expect(meter(st, VM_DIRTY_MIBPS)[v]).toBeLessThanOrEqual((t.vcpus * writable * 1000) / WS_WINDOW_MS + 1e-6);
    });
  });

  it('the same database with twice the memory has a larger working set and writes about twice as fast (was: the same 1,300 MiB/s per running vCPU)', () => {
    const small = avgRate(world(4096), 6000, 16);
    const large = avgRate(world(8192), 6000, 16);
    expect(small).toBeGreaterThan(0);
    expect(large / small).toBeGreaterThan(1.6);
    expect(large / small).toBeLessThan(2.4);
  });

  it('a VM that is off writes nothing and has no writable set', () => {
    const r = applyCommand(step(world(4096), 6000), { type: 'stopVm', vm: 'db-vm' });
    if (!r.ok) throw new Error(r.reason.key);
    const st = step(r.state, 1000);
    // Nobody takes the flow while no migration runs: what it wrote before stays, and nothing is added.
    const wrote = meter(st, VM_DIRTIED_MIB)[1] ?? 0;
    const later = step(st, 1000);
    expect(meter(later, VM_WRITABLE_MIB)[1]).toBe(0);
    expect(meter(later, VM_DIRTY_MIBPS)[1]).toBe(0);
    expect(meter(later, VM_DIRTIED_MIB)[1] ?? 0).toBe(wrote);
  });
});
