/**
 * A VM without volumes uses its host's local disk (issue 13): its vCPUs' disk waits are
 * issued to the host's SSD (LOCAL_SSD_IOPS), which queues like an array, so the latency a
 * VM sees there rises with the load the other VMs on the same host put on it; idle VMs
 * halt and add nothing; none of it reaches the SAN.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IO_LATENCY, IO_RATE, meter } from '../kernel/channel';
import { PROFILES, REF_IO_MS } from '../kernel/workload';
import { applyCommand, checkInvariants, createSim, scenarioSchema, step, toSnapshot, type SimState } from '../index';
import { LOCAL_SSD_IOPS, LOCAL_SSD_MIBPS } from './entityIo';
import { kibCost, queueLatency, sizedLatency } from './period';

type Busy = 'database' | 'io-bound';

/** Host h: VM `me` (database) and `busy` other VMs of kind `kind`, `idle` idle VMs, none with a volume; one array beside them. */
function world(o: { busy: number; idle?: number; kind?: Busy; seed?: number; otherHost?: boolean }): SimState {
  const vm = (id: string, workload: string, host = 'h') => ({ id, name: id, host, vcpus: 2, memoryMiB: 1024, workload });
  const sc = scenarioSchema.parse({
    schemaVersion: 1,
    name: 'local-disk',
    hosts: ['h', 'g'].map((id) => ({ id, name: id, sockets: 1, coresPerSocket: 16, threadsPerCore: 1, memoryMiB: 65536, disks: [{ id: `${id}-ssd`, sizeGiB: 960 }] })),
    vms: [
      vm('me', 'database'),
      ...Array.from({ length: o.busy }, (_, i) => vm(`busy-${i}`, o.kind ?? 'database', o.otherHost === true ? 'g' : 'h')),
      ...Array.from({ length: o.idle ?? 0 }, (_, i) => vm(`idle-${i}`, 'idle')),
    ],
    storageArrays: [{ id: 'a', name: 'a', capacityGiB: 4096, iops: 50_000, latencyMs: 0.5, rack: 'r' }],
  });
  return step(createSim({ ...sc, seed: o.seed ?? 7 }), 8000);
}

const vmIndex = (st: SimState, id: string): number => st.topology.vms.findIndex((v) => v.id === id);
function vmRate(st: SimState, id: string): number {
  const vm = st.topology.vms[vmIndex(st, id)];
  let sum = 0;
  for (let e = vm?.entOffset ?? 0; e < (vm?.entOffset ?? 0) + (vm?.vcpus ?? 0); e++) sum += meter(st, IO_RATE)[e] ?? 0;
  return sum;
}

/** The mean latency `me` sees over the next 3 s (30 storage samples), ms. */
function meanLatency(st0: SimState): number {
  let st = st0;
  let sum = 0;
  for (let k = 0; k < 30; k++) {
    st = step(st, 100);
    sum += meter(st, IO_LATENCY)[st.topology.vms[vmIndex(st, 'me')]?.entOffset ?? -1] ?? 0;
  }
  return sum / 30;
}

describe('a VM without volumes loads its host\'s local disk', () => {
  it('its I/O is served by the host\'s local disk, queueing included, and none reaches the array', () => {
    const st = world({ busy: 0 });
    const disk = st.storage.local.find((d) => d.host === 'h');
    expect(vmRate(st, 'me')).toBeGreaterThan(1000);
    expect(disk?.iops).toBeCloseTo(vmRate(st, 'me'), -2);
    const lat = meter(st, IO_LATENCY)[st.topology.vms[0]?.entOffset ?? -1] ?? 0;
    // All of it 8 KiB database I/O: each weighs (1 - 4k) + 8k rated I/Os, and waits the fixed part plus its transfer, queued.
    const k = kibCost(LOCAL_SSD_IOPS, LOCAL_SSD_MIBPS);
    expect(disk?.util).toBeCloseTo(((disk?.iops ?? 0) * (1 + 4 * k)) / LOCAL_SSD_IOPS, 5);
    expect(lat).toBeCloseTo(queueLatency(sizedLatency(REF_IO_MS, LOCAL_SSD_MIBPS, PROFILES.database.ioKiB), disk?.util ?? 0), 5);
    expect(st.storage.iops[0] ?? 0).toBeLessThan(0.01);
    expect(toSnapshot(st).storage.vmLatencyMs[0]).toBeCloseTo(lat, 4);
    expect(checkInvariants(st)).toEqual([]);
  });

  it('several busy VMs on one host\'s disk: each sees a higher latency than one alone; on another host they add nothing', () => {
    const alone = meanLatency(world({ busy: 0 }));
    const four = meanLatency(world({ busy: 3 }));
    const apart = meanLatency(world({ busy: 3, otherHost: true }));
    if (process.env['IO_PRINT'] !== undefined) console.log({ alone, four, apart });
    expect(four).toBeGreaterThan(alone * 1.2);
    expect(apart).toBeLessThan(alone * 1.05);
  });

  it('idle VMs halt and issue no I/O to the local disk', () => {
    const st = world({ busy: 0, idle: 3 });
    for (let i = 0; i < 3; i++) expect(vmRate(st, `idle-${i}`)).toBeLessThan(0.01);
    const only = world({ busy: 0, idle: 3 });
    expect(only.storage.local.find((d) => d.host === 'h')?.iops).toBeCloseTo(vmRate(only, 'me'), -2);
  });

  it('property: the latency a VM sees on its local disk rises with the busy VMs beside it; idle VMs add nothing', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Busy>('database', 'io-bound'),
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: 2, max: 4 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 1, max: 10_000 }),
        (kind, fewer, more, idle, seed) => {
          const a = meanLatency(world({ busy: fewer, kind, seed }));
          const b = meanLatency(world({ busy: Math.max(more, fewer + 2), kind, seed }));
          const withIdle = world({ busy: fewer, idle, kind, seed });
          const idleIops = Array.from({ length: idle }, (_, i) => vmRate(withIdle, `idle-${i}`)).reduce((x, y) => x + y, 0);
          return b > a && idleIops < 0.01 && a >= REF_IO_MS;
        },
      ),
      { numRuns: 8 },
    );
  }, 120_000);

  it('no latency reads a false 0: from tick 0, and before a local disk served any I/O, each entity has its storage’s unloaded latency for its own size', () => {
    const sc = scenarioSchema.parse({
      schemaVersion: 1,
      name: 'first-period',
      hosts: [{ id: 'h', name: 'h', sockets: 1, coresPerSocket: 4, threadsPerCore: 1, memoryMiB: 16384 }],
      vms: [{ id: 'nodisk', name: 'nodisk', host: 'h', vcpus: 1, memoryMiB: 1024, workload: 'cpu-bound' }, { id: 'san', name: 'san', host: 'h', vcpus: 1, memoryMiB: 1024, workload: 'database', disks: [{ id: 'san-d', sizeGiB: 20 }] }],
      containers: [{ id: 'c', name: 'c', host: 'h', image: 'x', workload: 'cpu-bound' }],
      storageArrays: [{ id: 'a', name: 'a', capacityGiB: 4096, iops: 50_000, mibps: 2000, latencyMs: 0.4, rack: 'r' }],
      storage: { diskReplicas: 1 },
    });
    const local = (kib: number) => sizedLatency(REF_IO_MS, LOCAL_SSD_MIBPS, kib);
    const expected = (st: SimState) => {
      const [nodisk, san] = st.topology.vms;
      const c = st.topology.containers[0]!;
      const lat = meter(st, IO_LATENCY);
      return {
        // Booting and starting: a guest's (or a starting container's) 64 KiB I/Os.
        nodisk: [lat[nodisk!.entOffset], local(PROFILES.boot.ioKiB)],
        san: [lat[san!.entOffset], sizedLatency(0.4, 2000, PROFILES.boot.ioKiB)],
        container: [lat[c.ent], local(PROFILES.boot.ioKiB)],
      };
    };
    let st = createSim(sc);
    expect(st.tick).toBe(0);
    expect(st.storage.local).toEqual([]);
    for (const [got, want] of Object.values(expected(st))) expect(got).toBeCloseTo(want!, 9);
    expect(toSnapshot(st).storage.vmLatencyMs[0]).toBeGreaterThan(REF_IO_MS);
    // The first period (tick 0) publishes again, before the host's local disk served any I/O.
    st = step(st, 1);
    for (const [got, want] of Object.values(expected(st))) expect(got).toBeCloseTo(want!, 9);
    // A VM added later has its latency at once, not at the next period.
    const added = applyCommand(step(st, 150), { type: 'addVm', vm: { id: 'late', name: 'late', host: 'h', vcpus: 1, memoryMiB: 512, workload: 'web' } });
    expect(added.ok).toBe(true);
    const late = added.state.topology.vms.find((v) => v.id === 'late')!;
    expect(meter(added.state, IO_LATENCY)[late.entOffset]).toBeGreaterThanOrEqual(REF_IO_MS);
  });
});
