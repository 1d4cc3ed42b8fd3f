/**
 * Consequences between the CPU and storage (issue 13): an idle guest halts and issues no
 * I/O, each workload has its own I/O rate and read share, and a VM's I/O waits last the
 * latency of the array its volumes live on (a slower, saturated or rebuilding array slows its VMs).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IO_LATENCY, meter } from '../kernel/channel';
import { drawWait, PHASE_KINDS, phaseCode, PROFILES, REF_IO_MS } from '../kernel/workload';
import { applyCommand, createSim, scenarioSchema, step, toSnapshot, type SimState } from '../index';
import { kibCost, queueLatency, ratedLoad, sizedLatency } from './period';

const KINDS = ['idle', 'web', 'database', 'io-bound', 'cpu-bound'] as const;

function world(latencyMs = 0.5, iops = 200000) {
  return scenarioSchema.parse({
    schemaVersion: 1,
    name: 'io',
    hosts: [{ id: 'h', name: 'h', sockets: 1, coresPerSocket: 8, threadsPerCore: 1, memoryMiB: 65536 }],
    vms: KINDS.map((k) => ({ id: k, name: k, host: 'h', vcpus: 1, memoryMiB: 1024, workload: k, disks: [{ id: `${k}-d`, sizeGiB: 20 }] })),
    storageArrays: [{ id: 'a', name: 'a', capacityGiB: 4096, iops, latencyMs, rack: 'r' }],
  });
}

function iopsByVm(st: SimState): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of st.storage.volumes) if (v.owner !== null) out[v.owner] = v.readIops + v.writeIops;
  return out;
}

function powered(latencyMs?: number, iops?: number): SimState {
  let st = createSim({ ...world(latencyMs, iops), seed: 7 });
  st = step(st, 20000); // boot (4 s) and settle
  return st;
}

describe('idle is not I/O', () => {
  it('an idle VM halts and issues no I/O; a database issues the most, web little', () => {
    const io = iopsByVm(powered());
    if (process.env['IO_PRINT'] !== undefined) console.log(io);
    expect(io['idle']).toBeLessThan(0.5); // boot I/O decays away in the smoothed figure
    expect(io['database']).toBeGreaterThan(2000);
    expect(io['database']).toBeGreaterThan(io['web'] ?? 0);
    expect(io['web']).toBeGreaterThan(0);
    expect(io['web']).toBeLessThan(io['database'] ?? 0);
  });

  it('each workload has its own read share', () => {
    const st = powered();
    const read = (id: string) => {
      const v = st.storage.volumes.find((x) => x.owner === id);
      return v === undefined ? 0 : v.readIops / (v.readIops + v.writeIops);
    };
    expect(read('web')).toBeCloseTo(PROFILES.web.read, 1);
    expect(read('database')).toBeCloseTo(PROFILES.database.read, 1);
  });

  it('property: a halt never issues I/O, an I/O wait lasts its rounds at the given latency', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: PHASE_KINDS.length - 1 }), fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.double({ min: 0.05, max: 20, noNaN: true }), (code, seed, lat) => {
        const out = { ms: 0, ops: 0 };
        drawWait(createSim({ ...world(), seed: seed }).rng, code, lat, out);
        const p = PROFILES[PHASE_KINDS[code] ?? 'idle'];
        if (out.ops === 0) return out.ms >= p.io[0] && out.ms <= p.io[1];
        const rounds = out.ops / p.depth;
        return p.ioShare > 0 && Number.isInteger(rounds) && out.ms === Math.max(1, Math.round(rounds * lat));
      }),
    );
    const out = { ms: 0, ops: 0 };
    drawWait(createSim({ ...world(), seed: 1 }).rng, phaseCode('idle'), 5, out);
    expect(out.ops).toBe(0);
    expect(REF_IO_MS).toBeGreaterThan(0);
  });
});

const vmIndex = (st: SimState, id: string): number => st.topology.vms.findIndex((v) => v.id === id);
const done = (st: SimState, id: string): number => st.cpu.done[st.topology.vms[vmIndex(st, id)]?.entOffset ?? 0] ?? 0;
const latencyOf = (st: SimState, id: string): number => meter(st, IO_LATENCY)[st.topology.vms[vmIndex(st, id)]?.entOffset ?? -1] ?? 0;

describe('I/O wait comes from the storage model', () => {
  it('a VM\'s I/O takes the latency of its array: a 10x slower array makes the database wait more and do less', () => {
    const fast = step(createSim({ ...world(0.5), seed: 7 }), 30_000);
    const slow = step(createSim({ ...world(5), seed: 7 }), 30_000);
    expect(latencyOf(fast, 'database')).toBeCloseTo(0.5, 1);
    expect(latencyOf(slow, 'database')).toBeCloseTo(5, 0);
    expect(toSnapshot(fast).storage.vmLatencyMs[vmIndex(fast, 'database')]).toBeCloseTo(latencyOf(fast, 'database'), 5);
    expect(done(slow, 'database')).toBeLessThan(0.5 * done(fast, 'database'));
    expect(done(slow, 'io-bound')).toBeLessThan(0.6 * done(fast, 'io-bound'));
    // Halting workloads barely care after boot: the idle VM does no I/O of its own.
    expect(iopsByVm(slow)['idle']).toBeLessThan(0.5);
  });

  it('a saturated array queues: its latency climbs above the base and its VMs do less work', () => {
    const roomy = step(createSim({ ...world(0.5, 200_000), seed: 7 }), 30_000);
    const tight = step(createSim({ ...world(0.5, 3000), seed: 7 }), 30_000);
    expect(latencyOf(tight, 'database')).toBeGreaterThan(2 * 0.5);
    expect(done(tight, 'database')).toBeLessThan(0.8 * done(roomy, 'database'));
  });

  it('a rebuilding array slows the VMs whose volumes live on it', () => {
    const sc = scenarioSchema.parse({
      schemaVersion: 1,
      name: 'rebuild',
      hosts: [{ id: 'h', name: 'h', sockets: 1, coresPerSocket: 4, threadsPerCore: 1, memoryMiB: 65536 }],
      vms: [{ id: 'db', name: 'db', host: 'h', vcpus: 2, memoryMiB: 2048, workload: 'database', disks: [{ id: 'db-d', sizeGiB: 400 }] }],
      storageArrays: ['a', 'b', 'c'].map((x) => ({ id: x, name: x, capacityGiB: 4096, iops: 8000, latencyMs: 0.5, rack: `r-${x}` })),
      storage: { diskReplicas: 2, diskProvisioning: 'thick', rebuildMiBps: 4096 },
    });
    let st = step(createSim({ ...sc, seed: 3 }), 15_000);
    const before = latencyOf(st, 'db');
    const vol = st.storage.volumes.find((v) => v.id === 'db-d');
    const failed = st.storage.arrays[vol?.replicas[0]?.array ?? 0]?.id ?? 'a';
    const r = applyCommand(st, { type: 'failArray', array: failed });
    if (!r.ok) throw new Error(r.reason.key);
    st = step(r.state, 1000);
    expect(st.storage.volumes.find((v) => v.id === 'db-d')?.status).toBe('rebuilding');
    expect(latencyOf(st, 'db')).toBeGreaterThan(1.5 * before);
  });

  it('property: a VM\'s published latency lies between the unloaded latency of an I/O of its size and the saturated cap (20x)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.1, max: 10, noNaN: true }), fc.integer({ min: 500, max: 100_000 }), fc.integer({ min: 1, max: 1000 }), (lat, iops, seed) => {
        const st = step(createSim({ ...world(lat, iops), seed: seed }), 8000);
        const mibps = st.storage.arrays[0]?.mibps ?? 1;
        return st.topology.vms.every((vm) => {
          const l = meter(st, IO_LATENCY)[vm.entOffset] ?? 0;
          const unloaded = sizedLatency(lat, mibps, PROFILES[vm.workload].ioKiB);
          return l >= unloaded * 0.999 && l <= unloaded * 20.001;
        });
      }),
      { numRuns: 8 },
    );
  }, 60_000);
});

describe('each I/O costs its own size (DOMAIN.md: each workload has its own I/O size)', () => {
  // web (4 KiB I/Os) and batch (cpu-bound, 256 KiB) on one array of 20,000 rated IOPS at 1,250 MiB/s.
  const sc = scenarioSchema.parse({
    schemaVersion: 1,
    name: 'sizes',
    hosts: [{ id: 'h', name: 'h', sockets: 1, coresPerSocket: 8, threadsPerCore: 1, memoryMiB: 65536 }],
    vms: [
      { id: 'web', name: 'web', host: 'h', vcpus: 2, memoryMiB: 1024, workload: 'web', disks: [{ id: 'web-d', sizeGiB: 20 }] },
      { id: 'batch', name: 'batch', host: 'h', vcpus: 2, memoryMiB: 1024, workload: 'cpu-bound', disks: [{ id: 'batch-d', sizeGiB: 20 }] },
    ],
    storageArrays: [{ id: 'a', name: 'a', capacityGiB: 4096, iops: 20_000, latencyMs: 0.5, rack: 'r' }],
  });
  const st = step(createSim({ ...sc, seed: 7 }), 20_000);
  const snap = toSnapshot(st);
  const a = st.storage.arrays[0]!;

  it('a VM moves IOPS x its I/O size, and the array serves the sum', () => {
    const web = vmIndex(st, 'web');
    const batch = vmIndex(st, 'batch');
    if (process.env['IO_PRINT'] !== undefined) console.log({ iops: [...snap.storage.vmIops], mibps: [...snap.storage.vmMiBps], ms: [...snap.storage.vmLatencyMs], array: [st.storage.iops[0], st.storage.mibps[0], st.storage.util[0], st.storage.latency[0]] });
    expect(snap.storage.vmIops[web]).toBeGreaterThan(20);
    expect(snap.storage.vmIops[batch]).toBeGreaterThan(20);
    expect(snap.storage.vmMiBps[web]).toBeCloseTo(((snap.storage.vmIops[web] ?? 0) * 4) / 1024, 3);
    expect(snap.storage.vmMiBps[batch]).toBeCloseTo(((snap.storage.vmIops[batch] ?? 0) * 256) / 1024, 3);
    expect(st.storage.iops[0]).toBeCloseTo((snap.storage.vmIops[web] ?? 0) + (snap.storage.vmIops[batch] ?? 0), 2);
    expect(st.storage.mibps[0]).toBeCloseTo((snap.storage.vmMiBps[web] ?? 0) + (snap.storage.vmMiBps[batch] ?? 0), 2);
  });

  it('a 256 KiB I/O keeps the array busier and waits longer than a 4 KiB one', () => {
    // Utilisation weighs each I/O by its size: more than one rated I/O's worth per I/O served.
    const k = kibCost(a.iops, a.mibps);
    expect(k).toBeCloseTo(1 / 64, 9);
    expect(st.storage.util[0]).toBeCloseTo(ratedLoad(st.storage.iops[0] ?? 0, (st.storage.mibps[0] ?? 0) * 1024, k) / a.iops, 5);
    // A 4 KiB I/O weighs one rated I/O, a 256 KiB one 1 + 252/64 = 4.94 (a fixed part plus its transfer).
    const webIops = snap.storage.vmIops[vmIndex(st, 'web')] ?? 0;
    const batchIops = snap.storage.vmIops[vmIndex(st, 'batch')] ?? 1;
    expect(((st.storage.util[0] ?? 0) * a.iops - webIops) / batchIops).toBeCloseTo(1 + 252 / 64, 2);
    // Latency: the fixed part plus the size over the bandwidth, queued: the batch VM waits longer per I/O.
    const q = queueLatency(1, st.storage.util[0] ?? 0);
    expect(latencyOf(st, 'web')).toBeCloseTo(q * sizedLatency(a.latencyMs, a.mibps, 4), 5);
    expect(latencyOf(st, 'batch')).toBeCloseTo(q * sizedLatency(a.latencyMs, a.mibps, 256), 5);
    expect(latencyOf(st, 'batch') - latencyOf(st, 'web')).toBeGreaterThan(0.19);
  });
});
