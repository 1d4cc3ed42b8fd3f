/**
 * Replica copies are weighed by size and throttled to the room their arrays have left
 * (the throttle itself: throttle.test.ts): a copy's 1 MiB I/Os load an array by their size,
 * the presets' fastest copies stay within their arrays' bandwidth, and busy arrays rebuild
 * more slowly than idle ones.
 */
import { describe, expect, it } from 'vitest';
import { applyCommand, checkInvariants, createSim, presets, scenarioSchema, step, type SimState } from '../index';
import { kibCost, rebuildLoad } from './period';
import { COPY_BUSY_CEILING } from './throttle';

/** Fail `array` after 3 s and run until every copy is done: seconds taken, most load and copy traffic into one live array. */
function heal(sc: Parameters<typeof createSim>[0], array: string): { s: number; util: number; inMiBps: number; st: SimState } {
  let st = step(createSim(sc), 3000);
  const r = applyCommand(st, { type: 'failArray', array });
  if (!r.ok) throw new Error(r.reason.key);
  st = r.state;
  let t = 0;
  let util = 0;
  let inMiBps = 0;
  while (st.storage.volumes.some((v) => v.replicas.some((x) => x.building)) && t < 300_000) {
    st = step(st, 100);
    t += 100;
    st.storage.arrays.forEach((a, i) => {
      if (a.failed) return;
      util = Math.max(util, st.storage.util[i] ?? 0);
      inMiBps = Math.max(inMiBps, st.storage.rebuildIn[i] ?? 0);
    });
  }
  expect(checkInvariants(st)).toEqual([]);
  return { s: t / 1000, util, inMiBps, st };
}

describe('replica copies on the arrays', () => {
  it('the rack-awareness preset copies at most what its arrays can take: 4 GiB/s allowed, 3,750 MiB/s arrays, none past 80 % busy', () => {
    const { util, inMiBps, st } = heal({ ...presets['rack-awareness'], events: [] }, 'r1-a');
    expect(st.storage.rebuildMiBps).toBe(4096);
    expect(inMiBps).toBeLessThan(st.storage.arrays[0]?.mibps ?? 0);
    expect(util).toBeLessThanOrEqual(COPY_BUSY_CEILING + 0.01);
    expect(util).toBeGreaterThan(0.5);
  }, 30_000);

  it('a copy loads its arrays by the size of its 1 MiB I/Os, like a RAID disk rebuild', () => {
    // Idle VMs: the only load is the copy, so each array's load is its copy traffic weighed by size.
    const sc = scenarioSchema.parse({
      schemaVersion: 1,
      name: 'copy',
      hosts: [{ id: 'h', name: 'h', sockets: 1, coresPerSocket: 2, threadsPerCore: 1, memoryMiB: 4096 }],
      vms: [{ id: 'vm', name: 'vm', host: 'h', vcpus: 1, memoryMiB: 512, workload: 'idle' }],
      storageArrays: ['a', 'b', 'c'].map((x, i) => ({ id: x, name: x, capacityGiB: 1000, iops: 40000, latencyMs: 0.5, rack: `r${i}` })),
      volumes: [{ id: 'v', sizeGiB: 400, provisioning: 'thick', replicas: 2, access: [], writtenPct: 100, arrays: ['a', 'b'] }],
      storage: { rebuildMiBps: 256 },
    });
    let st = step(createSim(sc), 1000);
    const r = applyCommand(st, { type: 'failArray', array: 'b' });
    if (!r.ok) throw new Error(r.reason.key);
    st = step(r.state, 3000);
    const a = st.storage.arrays[0];
    if (a === undefined) throw new Error('no array');
    // 256 MiB/s in 1 MiB I/Os on a 40,000 IOPS, 2,500 MiB/s array: 256 x (1 + 1020/64) rated I/Os, about 11 % busy (not 256 / 40,000).
    expect(st.storage.util[0]).toBeCloseTo(rebuildLoad(256, kibCost(a.iops, a.mibps)) / a.iops, 3);
    expect(st.storage.util[2]).toBeCloseTo(st.storage.util[0] ?? 0, 3);
    expect(st.storage.volumes[0]?.replicas.find((x) => x.building)?.copyMiBps).toBeCloseTo(256, 6);
  });

  it('busy arrays rebuild more slowly than idle ones: the copy takes only what the VMs leave', () => {
    const world = (workload: string) =>
      scenarioSchema.parse({
        schemaVersion: 1,
        name: 'busy',
        seed: 3,
        hosts: [{ id: 'h', name: 'h', sockets: 1, coresPerSocket: 8, threadsPerCore: 1, memoryMiB: 16384 }],
        vms: [0, 1, 2, 3].map((i) => ({ id: `vm${i}`, name: `vm${i}`, host: 'h', vcpus: 2, memoryMiB: 1024, workload, disks: [{ id: `d${i}`, sizeGiB: 3 }] })),
        storageArrays: ['a', 'b', 'c'].map((x, i) => ({ id: x, name: x, capacityGiB: 400, iops: 8000, latencyMs: 0.5, rack: `r${i}` })),
        storage: { diskReplicas: 2, diskProvisioning: 'thick', rebuildMiBps: 4096 },
      });
    const idle = heal(world('idle'), 'b');
    const busy = heal(world('database'), 'b');
    expect(busy.s).toBeGreaterThan(1.3 * idle.s);
  }, 30_000);
});
