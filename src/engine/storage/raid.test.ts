/**
 * Inside a RAID array: the degraded mapping against hand-worked cases, properties of the
 * mapping (fast-check), and the raid-striping preset run through the engine: sampled I/Os
 * with their physical operations, a RAID-5 small write costing two reads and two writes,
 * a disk failure (degraded reads from the others), a rebuild that ends, RAID-0 losing data.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCommand, checkInvariants, createSim, parseScenario, presets, step, toSnapshot, type CommandInput, type SimState } from '../index';
import { kibCost, rebuildLoad } from './period';
import { raidCost, raidOps, RECENT, drawnBlocks } from './raid';

const healthy = { failedDisk: null, rebuilt: null };
const r5 = { level: 5 as const, disks: 4, chunkBlocks: 1 };

function run(st: SimState, cmd: CommandInput): SimState {
  const r = applyCommand(st, cmd);
  if (!r.ok) throw new Error(`rejected: ${r.reason.key}`);
  expect(checkInvariants(r.state)).toEqual([]);
  return r.state;
}

function advance(st: SimState, ticks: number): SimState {
  let s = st;
  for (let t = 0; t < ticks; t += 500) {
    s = step(s, 500);
    expect(checkInvariants(s)).toEqual([]);
  }
  return s;
}

const arr = (st: SimState, id: string) => {
  const a = st.storage.arrays.find((x) => x.id === id);
  if (a?.disks === undefined) throw new Error(`no RAID array ${id}`);
  return { a, run: a.disks };
};

describe('the RAID mapping with a failed disk', () => {
  it('a RAID-5 small write is two reads and two writes; degraded, a read of the failed disk reads the other three', () => {
    const w = raidOps(r5, healthy, 0, 1, true);
    expect(w.filter((o) => o.op === 'read')).toHaveLength(2);
    expect(w.filter((o) => o.op === 'write')).toHaveLength(2);
    const home = raidOps(r5, healthy, 0, 1, false)[0];
    expect(home).toBeDefined();
    const deg = raidOps(r5, { failedDisk: home?.disk ?? 0, rebuilt: null }, 0, 1, false);
    expect(deg).toHaveLength(3);
    expect(deg.every((o) => o.op === 'read' && o.disk !== home?.disk && o.offset === home?.offset)).toBe(true);
  });

  it('RAID-1 reads the mirror; rebuilt offsets count as healthy', () => {
    const r1 = { level: 1 as const, disks: 4, chunkBlocks: 1 };
    const d = raidOps(r1, healthy, 0, 1, false)[0]?.disk ?? 0;
    expect(raidOps(r1, { failedDisk: d, rebuilt: null }, 0, 1, false)).toEqual([{ op: 'read', disk: d ^ 1, offset: 0 }]);
    expect(raidOps(r5, { failedDisk: 0, rebuilt: 0.5 }, 0, 1, false)).toEqual(raidOps(r5, healthy, 0, 1, false));
  });

  it('properties: no op touches a failed, unrebuilt disk; degraded costs at least as much to read; a write costs what its level says', () => {
    const spec = fc.constantFrom({ level: 0 as const, disks: 4, chunkBlocks: 1 }, { level: 1 as const, disks: 4, chunkBlocks: 2 }, { level: 4 as const, disks: 3, chunkBlocks: 1 }, r5, { level: 5 as const, disks: 6, chunkBlocks: 2 });
    fc.assert(
      fc.property(spec, fc.nat(40), fc.nat(7), (r, b, f) => {
        const block = b % drawnBlocks(r);
        const failed = { failedDisk: f % r.disks, rebuilt: null };
        if (r.level !== 0) {
          for (const write of [false, true]) for (const o of raidOps(r, failed, block, 1, write)) expect(o.disk).not.toBe(failed.failedDisk);
          expect(raidCost(r, failed, 1).read).toBeGreaterThanOrEqual(raidCost(r, healthy, 1).read);
        }
        const w = raidOps(r, healthy, block, 1, true).length;
        // Parity: subtractive (2 reads + 2 writes) unless the stripe is so narrow that reading the rest is cheaper.
        expect(w).toBe(r.level === 0 ? 1 : r.level === 1 ? 2 : (r.disks - 1) * r.chunkBlocks >= 3 ? 4 : 3);
      }),
    );
  });

  it('the scenario rejects RAID-1 on an odd number of disks and RAID-5 on two', () => {
    const base = presets['raid-striping'];
    const bad = (raid: object) => parseScenario({ ...base, storageArrays: [{ ...base.storageArrays[0], raid }, ...base.storageArrays.slice(1)] }).ok;
    expect(bad({ level: 1, disks: 3 })).toBe(false);
    expect(bad({ level: 5, disks: 2 })).toBe(false);
    expect(bad({ level: 5, disks: 4, stripe: 2 })).toBe(false);
    expect(bad({ level: 5 })).toBe(true);
  });
});

describe('raid-striping in the engine', () => {
  it('each array keeps its latest I/Os mapped onto its disks; RAID-5 writes are 2 reads + 2 writes; snapshots are copies', () => {
    const st = advance(createSim(presets['raid-striping']), 10000);
    for (const id of ['raid0', 'raid1', 'raid4', 'raid5']) {
      const { run: r } = arr(st, id);
      expect(r.recent.length).toBe(RECENT);
      expect(r.lastWrite?.write).toBe(true);
    }
    const w5 = [...arr(st, 'raid5').run.recent.filter((io) => io.write), arr(st, 'raid5').run.lastWrite ?? { ops: [] }];
    for (const io of w5) expect([io.ops.filter((o) => o.op === 'read').length, io.ops.filter((o) => o.op === 'write').length]).toEqual([2, 2]);
    const snap = toSnapshot(st);
    const s5 = snap.storage.arrays.find((a) => a.id === 'raid5');
    expect(s5?.disks?.recent).toEqual(arr(st, 'raid5').run.recent);
    expect(s5?.disks).not.toBe(arr(st, 'raid5').run);
  });

  it('parity costs load: the RAID-5 array is busier than the RAID-0 one for the same work', () => {
    // Load per logical I/O served (the four VMs' rates differ from moment to moment).
    let st = advance(createSim(presets['raid-striping']), 5000);
    const i0 = st.storage.arrays.findIndex((a) => a.id === 'raid0');
    const i5 = st.storage.arrays.findIndex((a) => a.id === 'raid5');
    const sum = { util0: 0, iops0: 0, util5: 0, iops5: 0 };
    for (let t = 0; t < 100; t++) {
      st = step(st, 100);
      sum.util0 += st.storage.util[i0] ?? 0;
      sum.iops0 += st.storage.iops[i0] ?? 0;
      sum.util5 += st.storage.util[i5] ?? 0;
      sum.iops5 += st.storage.iops[i5] ?? 0;
    }
    expect(sum.util5 / sum.iops5).toBeGreaterThan((sum.util0 / sum.iops0) * 1.2);
  });

  it('maps each I/O at its issuer’s own size: a database VM’s 8 KiB I/Os are two blocks, its booting guest’s 64 KiB a whole stripe', () => {
    const sc = structuredClone(presets['raid-striping']);
    sc.vms = sc.vms.map((v) => ({ ...v, workload: 'database' as const }));
    let st = createSim(sc);
    st = step(st, 2000);
    // Booting (64 KiB I/Os, 16 blocks): at most one stripe, three data blocks on RAID-5.
    expect(arr(st, 'raid5').run.recent.every((io) => io.size === 3)).toBe(true);
    st = advance(st, 8000);
    for (const id of ['raid0', 'raid1', 'raid4', 'raid5']) expect(arr(st, id).run.recent.map((io) => io.size)).toEqual(Array(RECENT).fill(2));
  });

  it('a rebuild loads the array as 1 MiB I/Os weighed by their size: each stream at the rebuild bandwidth', () => {
    // No VM: the rebuild is the array's only work. RAID-5 reads its three other disks and writes the new one.
    const sc = { ...structuredClone(presets['raid-striping']), vms: [], volumes: [] };
    let st = advance(createSim(sc), 1000);
    st = run(st, { type: 'failDisk', array: 'raid5', disk: 1 });
    st = run(st, { type: 'replaceDisk', array: 'raid5' });
    st = advance(st, 3000);
    const { a } = arr(st, 'raid5');
    const k = kibCost(a.iops, a.mibps);
    const i5 = st.storage.arrays.indexOf(a);
    expect(st.storage.util[i5]).toBeCloseTo((4 * rebuildLoad(200, k)) / a.iops, 2);
    // 200 MiB/s x 1,024 KiB in 1 MiB I/Os: each weighs (1 - 4k) + 1,024 k rated I/Os, about 17 with k = 1/64.
    expect(rebuildLoad(200, 1 / 64)).toBeCloseTo(200 * (1 - 4 / 64 + 1024 / 64), 6);
    // RAID-1 reads only the mirror: two streams.
    st = run(st, { type: 'failDisk', array: 'raid1', disk: 0 });
    st = run(st, { type: 'replaceDisk', array: 'raid1' });
    st = advance(st, 3000);
    const r1 = arr(st, 'raid1').a;
    expect(st.storage.util[st.storage.arrays.indexOf(r1)]).toBeCloseTo((2 * rebuildLoad(200, kibCost(r1.iops, r1.mibps))) / r1.iops, 2);
  });

  it('a failed RAID-5 disk: degraded reads from the others, a replacement rebuilt over ticks, then healthy again', () => {
    let st = advance(createSim(presets['raid-striping']), 1000);
    st = run(st, { type: 'failDisk', array: 'raid5', disk: 2 });
    expect(applyCommand(st, { type: 'replaceDisk', array: 'raid0' }).ok).toBe(false);
    st = advance(st, 1000);
    const { run: r } = arr(st, 'raid5');
    expect(r.failedDisk).toBe(2);
    expect(r.recent.some((io) => io.degraded)).toBe(true);
    expect(st.storage.volumes.find((v) => v.id === 'vm-raid5-disk')?.status).toBe('ok');
    st = run(st, { type: 'replaceDisk', array: 'raid5' });
    st = advance(st, 2000);
    const mid = arr(st, 'raid5').run.rebuilt ?? 0;
    expect(mid).toBeGreaterThan(0);
    expect(mid).toBeLessThan(1);
    // 2 GiB per disk at 200 MiB/s: about 10 s.
    st = advance(st, 9000);
    expect(arr(st, 'raid5').run.failedDisk).toBeNull();
    expect(st.events.list.some((e) => e.key === 'storage.event.diskRebuilt')).toBe(true);
  });

  it('a RAID-0 disk failure loses the array and its volume; a second RAID-5 failure too', () => {
    let st = run(createSim(presets['raid-striping']), { type: 'failDisk', array: 'raid0', disk: 1 });
    expect(arr(st, 'raid0').a.failed).toBe(true);
    expect(st.storage.volumes.find((v) => v.id === 'vm-raid0-disk')?.status).toBe('lost');
    st = run(st, { type: 'failDisk', array: 'raid5', disk: 0 });
    expect(arr(st, 'raid5').a.failed).toBe(false);
    st = run(st, { type: 'failDisk', array: 'raid5', disk: 3 });
    expect(arr(st, 'raid5').a.failed).toBe(true);
    expect(applyCommand(st, { type: 'failDisk', array: 'raid1', disk: 9 }).ok).toBe(false);
  });
});

describe('a RAID-5 write with a disk missing', () => {
  // Left-symmetric over 4 disks: row 0 is 0 1 2 P; row 1 is 4 5 P 3.
  it('parity disk gone: the data is just written', () => {
    expect(raidOps(r5, { failedDisk: 2, rebuilt: null }, 5, 1, true)).toEqual([{ op: 'write', disk: 1, offset: 1 }]);
  });
  it('the written block\'s disk gone: read the other data blocks of the row, write the parity', () => {
    expect(raidOps(r5, { failedDisk: 1, rebuilt: null }, 5, 1, true)).toEqual([
      { op: 'read', disk: 3, offset: 1 },
      { op: 'read', disk: 0, offset: 1 },
      { op: 'write', disk: 2, offset: 1 },
    ]);
  });
  it('another data disk gone: old data and parity read and written, as when healthy', () => {
    expect(raidOps(r5, { failedDisk: 0, rebuilt: null }, 5, 1, true)).toEqual(raidOps(r5, healthy, 5, 1, true));
  });
});
