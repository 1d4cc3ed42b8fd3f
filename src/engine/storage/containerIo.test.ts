/**
 * Containers' I/O goes through the storage model (issue 13): a container's disk waits are
 * issued as I/Os with its workload's mix and land on the storage it uses (its VM's volumes,
 * or its host's local disk on a bare host); they load that storage, and the latency they
 * get back sets how long they wait. An idle container halts and issues none.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IO_LATENCY, IO_RATE, meter } from '../kernel/channel';
import { PROFILES, REF_IO_MS } from '../kernel/workload';
import { createSim, scenarioSchema, step, toSnapshot, type SimState } from '../index';
import { LOCAL_SSD_IOPS, LOCAL_SSD_MIBPS } from './entityIo';
import { kibCost, queueLatency, sizedLatency } from './period';

type Kind = 'idle' | 'web' | 'database' | 'io-bound' | 'cpu-bound';

/** One VM (4 vCPUs, cpu-bound: a guest kernel runs its containers only on vCPUs the hypervisor runs) with container `inVm` inside, a bare host with container `bare`, and `dbVms` database VMs beside it on the array. */
function world(o: { inVm?: Kind; bare?: Kind; iops?: number; dbVms?: number; seed?: number }): SimState {
  const sc = scenarioSchema.parse({
    schemaVersion: 1,
    name: 'ct-io',
    hosts: ['h', 'b'].map((id) => ({ id, name: id, sockets: 1, coresPerSocket: 8, threadsPerCore: 1, memoryMiB: 65536 })),
    vms: [
      { id: 'vm', name: 'vm', host: 'h', vcpus: 4, memoryMiB: 4096, workload: 'cpu-bound', disks: [{ id: 'vm-d', sizeGiB: 20 }] },
      ...Array.from({ length: o.dbVms ?? 0 }, (_, i) => ({ id: `db-${i}`, name: `db-${i}`, host: 'h', vcpus: 1, memoryMiB: 1024, workload: 'database', disks: [{ id: `db-${i}-d`, sizeGiB: 20 }] })),
    ],
    containers: [
      ...(o.inVm === undefined ? [] : [{ id: 'in-vm', name: 'in-vm', vm: 'vm', image: 'postgres:16', workload: o.inVm }]),
      ...(o.bare === undefined ? [] : [{ id: 'bare', name: 'bare', host: 'b', image: 'postgres:16', workload: o.bare }]),
    ],
    storageArrays: [{ id: 'a', name: 'a', capacityGiB: 4096, iops: o.iops ?? 200_000, latencyMs: 0.5, rack: 'r' }],
  });
  return step(createSim({ ...sc, seed: o.seed ?? 7 }), 20_000);
}

const ent = (st: SimState, id: string): number => st.topology.containers.find((c) => c.id === id)?.ent ?? -1;
const ctIops = (st: SimState, id: string): number => meter(st, IO_RATE)[ent(st, id)] ?? 0;
const ctLatency = (st: SimState, id: string): number => meter(st, IO_LATENCY)[ent(st, id)] ?? 0;
const arrayIops = (st: SimState): number => st.storage.iops[0] ?? 0;
/** What the VM's own vCPUs issue, smoothed like the array's figure. */
function vcpuIops(st: SimState): number {
  const vm = st.topology.vms[0];
  let sum = 0;
  for (let e = vm?.entOffset ?? 0; e < (vm?.entOffset ?? 0) + (vm?.vcpus ?? 0); e++) sum += meter(st, IO_RATE)[e] ?? 0;
  return sum;
}

describe('containers\' I/O goes through the storage model', () => {
  it('an idle container halts and issues no I/O, in a VM or on a bare host', () => {
    const st = world({ inVm: 'idle', bare: 'idle' });
    // Only what it read while starting (its image), decayed away in the smoothed figure.
    expect(ctIops(st, 'in-vm')).toBeLessThan(0.01);
    expect(ctIops(st, 'bare')).toBeLessThan(0.01);
    const rec = toSnapshot(st).fleet.ct.cts.find((c) => c.id === 'bare');
    expect(rec?.iops).toBeLessThan(0.01);
    expect(st.storage.local.find((d) => d.host === 'b')?.iops ?? 0).toBeLessThan(0.01);
  });

  it('a container\'s I/O counts in the IOPS of the array its VM\'s volumes live on, at its own read share', () => {
    const db = world({ inVm: 'database' });
    expect(ctIops(db, 'in-vm')).toBeGreaterThan(1000);
    // The array serves exactly what the VM's vCPUs and its container issued (one replica, same smoothing).
    expect(arrayIops(db)).toBeCloseTo(vcpuIops(db) + ctIops(db, 'in-vm'), 3);
    const v = db.storage.volumes.find((x) => x.owner === 'vm');
    // Mostly the database container's 70 % reads, a little of the VM's own batch I/O (60 %).
    const read = (v?.readIops ?? 0) / ((v?.readIops ?? 0) + (v?.writeIops ?? 1));
    expect(read).toBeGreaterThan(PROFILES['cpu-bound'].read);
    expect(read).toBeLessThan(PROFILES.database.read + 0.05);
    // Same volume, own I/O size: the VM's 256 KiB batch I/Os take longer than the container's 8 KiB ones by the transfer of the difference, queued.
    const a = db.storage.arrays[0];
    const gap = ((PROFILES['cpu-bound'].ioKiB - PROFILES.database.ioKiB) * queueLatency(1000, db.storage.util[0] ?? 0)) / (1024 * (a?.mibps ?? 1));
    expect(gap).toBeGreaterThan(0.005);
    expect((toSnapshot(db).storage.vmLatencyMs[0] ?? 0) - (toSnapshot(db).fleet.ct.cts[0]?.ioLatencyMs ?? 0)).toBeCloseTo(gap, 5);
  });

  it('a database container in a VM on a saturated array waits longer and does less than on an idle one', () => {
    const calm = world({ inVm: 'database', iops: 200_000, dbVms: 3 });
    const busy = world({ inVm: 'database', iops: 4000, dbVms: 3 });
    expect(ctLatency(busy, 'in-vm')).toBeGreaterThan(3 * ctLatency(calm, 'in-vm'));
    const e = ent(calm, 'in-vm');
    const share = (st: SimState) => (st.ent.wait[e] ?? 0) / ((st.ent.run[e] ?? 0) + (st.ent.wait[e] ?? 0));
    expect(share(busy)).toBeGreaterThan(share(calm) + 0.1);
    expect(busy.cpu.done[e] ?? 0).toBeLessThan(0.8 * (calm.cpu.done[e] ?? 0));
  });

  it('a container on a bare host uses its host\'s local disk: counted there, queueing included', () => {
    const st = world({ bare: 'database' });
    const disk = st.storage.local.find((d) => d.host === 'b');
    expect(disk?.iops).toBeGreaterThan(1000);
    expect(disk?.iops).toBeCloseTo(ctIops(st, 'bare'), -2);
    expect(ctLatency(st, 'bare')).toBeCloseTo(queueLatency(sizedLatency(REF_IO_MS, LOCAL_SSD_MIBPS, PROFILES.database.ioKiB), disk?.util ?? 0), 5);
    expect(disk?.util).toBeCloseTo(((disk?.iops ?? 0) * (1 + 4 * kibCost(LOCAL_SSD_IOPS, LOCAL_SSD_MIBPS))) / LOCAL_SSD_IOPS, 5);
    expect(arrayIops(st)).toBeCloseTo(vcpuIops(st), 3); // nothing of it reaches the array
    expect(toSnapshot(st).storage.local).toEqual(st.storage.local);
  });

  it('property: a container issues I/O only if its workload has disk waits, and never faster than its kind allows', () => {
    const kinds: Kind[] = ['idle', 'web', 'database', 'io-bound', 'cpu-bound'];
    fc.assert(
      fc.property(fc.constantFrom(...kinds), fc.constantFrom(...kinds), fc.integer({ min: 1, max: 10_000 }), (inVm, bare, seed) => {
        const st = world({ inVm, bare, seed });
        const ok = (id: string, k: Kind) => {
          const p = PROFILES[k];
          const r = ctIops(st, id);
          // At most: every ms spent in I/O waits issues depth I/Os per REF_IO_MS round.
          return p.ioShare === 0 ? r < 0.01 : r >= 0 && r <= (p.depth / REF_IO_MS) * 1000;
        };
        return ok('in-vm', inVm) && ok('bare', bare) && ctLatency(st, 'bare') >= REF_IO_MS;
      }),
      { numRuns: 6 },
    );
  }, 60_000);
});
