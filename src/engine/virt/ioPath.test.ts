/**
 * The I/O path model: for the same workload, an emulated device costs more exits and
 * hypervisor CPU per I/O than virtio, and virtio more than passthrough (none), whatever
 * the CPU technique; the io-paths preset shows it running (fewer I/Os done on the
 * emulated path), passthrough refuses live migration, and a path cannot change under a
 * migration.
 */
import { describe, expect, it } from 'vitest';
import { applyCommand, checkInvariants, createSim, step, type SimState } from '../sim';
import { parseScenario } from '../scenario/parse';
import { presets } from '../scenario/presets';
import { ioPaths } from '../scenario/parts';
import { costOf, MODERN, type HwMode, type TechniqueId } from './costModel';
import { ioPathCost, IO_PATH } from './ioPath';
import { VF } from './virt';

const io = { runMs: 1, sensitive: 300, io: 40, sensitiveSinceFlush: 1e9 };
const FIRST_GEN: HwMode = { era: 'first-gen', translation: 'nested' };
const TECHS: TechniqueId[] = ['binary-translation', 'paravirtual', 'hardware-assisted'];

function field(st: SimState, vm: string, f: number): number {
  const i = st.topology.vms.findIndex((v) => v.id === vm);
  return st.virt.vm[i * VF.count + f] ?? 0;
}

function run(st: SimState, ticks: number): SimState {
  let s = st;
  for (let t = 0; t < ticks; t += 500) {
    s = step(s, 500);
    expect(checkInvariants(s)).toEqual([]);
  }
  return s;
}

describe('I/O path cost', () => {
  it('emulated > virtio > passthrough in exits, CPU and latency per I/O, in every era', () => {
    for (const exit of [800, 2400]) {
      const [e, v, p] = ioPaths.map((path) => ioPathCost(path, 1, IO_PATH.defaultQueueDepth, exit));
      expect(e!.exits).toBe(IO_PATH.emulatedTraps);
      expect(v!.exits).toBeCloseTo(1 / 8, 9);
      expect(p!.exits).toBe(0);
      expect(e!.cycles).toBeGreaterThan(v!.cycles);
      expect(v!.cycles).toBeGreaterThan(p!.cycles);
      expect(p!.cycles).toBe(0);
      expect(e!.latencyUs).toBeGreaterThan(v!.latencyUs);
      expect(v!.latencyUs).toBeGreaterThan(p!.latencyUs);
    }
  });
  it('a deeper virtio queue shares one notification among more requests', () => {
    expect(ioPathCost('virtio', 64, 1, 800).exits).toBe(64);
    expect(ioPathCost('virtio', 64, 32, 800).exits).toBe(2);
    expect(ioPathCost('virtio', 64, 32, 800).cycles).toBeLessThan(ioPathCost('virtio', 64, 1, 800).cycles);
  });
  it('the I/O part is the same under every CPU technique (only the path and the CPU generation matter)', () => {
    for (const hw of [MODERN, FIRST_GEN])
      for (const path of ioPaths) {
        const costs = TECHS.map((t) => costOf(t, 'type1', io, hw, { path, batch: 8 }));
        for (const c of costs) {
          expect(c.ioExits).toBeCloseTo(costs[0]!.ioExits, 9);
          expect(c.ioCycles).toBeCloseTo(costs[0]!.ioCycles, 9);
          expect(c.ioLatencyUs).toBeCloseTo(costs[0]!.ioLatencyUs, 9);
        }
      }
  });
  it('passthrough keeps even a type-2 host OS out of the data path', () => {
    const p = costOf('hardware-assisted', 'type2', { ...io, sensitive: 0 }, MODERN, { path: 'passthrough', batch: 8 });
    expect(p.hostOsCrossings).toBe(0);
    expect(p.totalCycles).toBe(0);
  });
});

describe('the scenario field', () => {
  it('a bad path or queue depth in a scenario file is a translated field error', () => {
    const bad = { ...presets['io-paths'], vms: presets['io-paths'].vms.map((v, i) => (i === 0 ? { ...v, ioPath: 'teleport' } : i === 1 ? { ...v, ioQueueDepth: 0 } : v)) };
    const r = parseScenario(bad);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.path)).toEqual(expect.arrayContaining(['vms.0.ioPath', 'vms.1.ioQueueDepth']));
    for (const e of r.errors) expect(e.key).toMatch(/^error\./);
  });
  it('a bad path in a command is refused by the command schema and changes nothing', () => {
    const st = createSim(presets['io-paths']);
    const r = applyCommand(st, { type: 'setIoPath', vm: 'vm-virtio', path: 'teleport' });
    expect(r.ok).toBe(false);
    expect(r.state).toBe(st);
  });
});

describe('io-paths preset', () => {
  const st = run(createSim(presets['io-paths']), 6000);
  let cached: SimState | null = null;
  /** Twenty seconds on: the emulated VM's lost CPU time shows as I/O not done. */
  const twentySeconds = (): SimState => (cached ??= step(st, 14_000));
  it('the same workload: the emulated VM pays most exits and CPU per I/O and gets the fewest I/Os done', () => {
    const per = (vm: string, f: number) => field(st, vm, f) / field(st, vm, VF.io);
    expect(per('vm-emulated', VF.ioExits)).toBeCloseTo(6, 6);
    expect(per('vm-virtio', VF.ioExits)).toBeCloseTo(1 / 8, 6);
    expect(per('vm-passthrough', VF.ioExits)).toBe(0);
    expect(per('vm-emulated', VF.ioCycles)).toBeGreaterThan(per('vm-virtio', VF.ioCycles));
    expect(per('vm-passthrough', VF.ioCycles)).toBe(0);
    expect(field(st, 'vm-emulated', VF.io)).toBeLessThan(field(st, 'vm-virtio', VF.io));
    expect(field(st, 'vm-emulated', VF.io)).toBeLessThan(field(st, 'vm-passthrough', VF.io));
    expect(field(twentySeconds(), 'vm-emulated', VF.io)).toBeLessThan(field(twentySeconds(), 'vm-virtio', VF.io) * 0.95);
    expect(field(st, 'vm-emulated', VF.recentOverhead)).toBeGreaterThan(field(st, 'vm-virtio', VF.recentOverhead));
    expect(field(st, 'vm-virtio', VF.recentOverhead)).toBeGreaterThan(field(st, 'vm-passthrough', VF.recentOverhead));
  });
  it('switching the CPU technique leaves each VM on its path', () => {
    const r = applyCommand(st, { type: 'setTechnique', host: 'host-1', technique: 'paravirtual' });
    expect(r.ok).toBe(true);
    const later = run(r.state, 1000);
    expect(field(later, 'vm-emulated', VF.ioPath)).toBe(ioPaths.indexOf('emulated'));
    const d = (f: number) => field(later, 'vm-emulated', f) - field(st, 'vm-emulated', f);
    expect(d(VF.ioExits) / d(VF.io)).toBeCloseTo(6, 6);
  });
  it('setIoPath changes the path at run time; a bad VM is refused and changes nothing', () => {
    const r = applyCommand(st, { type: 'setIoPath', vm: 'vm-emulated', path: 'virtio', queueDepth: 32 });
    expect(r.ok).toBe(true);
    expect(field(r.state, 'vm-emulated', VF.ioPath)).toBe(ioPaths.indexOf('virtio'));
    expect(field(r.state, 'vm-emulated', VF.ioBatch)).toBe(32);
    expect(checkInvariants(r.state)).toEqual([]);
    const bad = applyCommand(st, { type: 'setIoPath', vm: 'ghost', path: 'virtio' });
    expect(bad.ok).toBe(false);
    expect(bad.state).toBe(st);
  });
  it('passthrough refuses live migration; a migrating VM cannot change its path', () => {
    const s0 = st;
    const no = applyCommand(s0, { type: 'migrateVm', vm: 'vm-passthrough', host: 'host-2' });
    expect(no.ok).toBe(false);
    if (!no.ok) expect(no.reason.key).toBe('cluster.reason.passthrough');
    expect(no.state).toBe(s0);
    const yes = applyCommand(s0, { type: 'migrateVm', vm: 'vm-virtio', host: 'host-2' });
    expect(yes.ok).toBe(true);
    const busy = applyCommand(yes.state, { type: 'setIoPath', vm: 'vm-virtio', path: 'passthrough' });
    expect(busy.ok).toBe(false);
    if (!busy.ok) expect(busy.reason.key).toBe('virt.reason.ioPathMigrating');
    expect(busy.state).toBe(yes.state);
  });
});
