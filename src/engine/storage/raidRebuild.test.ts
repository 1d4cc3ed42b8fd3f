/**
 * A RAID disk rebuild is throttled like a replica copy (throttle.ts): on `raid-striping`'s
 * RAID-5 array it runs at its 200 MiB/s per disk when the array is idle, slows under a heavy
 * foreground load but never below the guaranteed tenth of the array's time, keeps the array
 * at most 80 % busy while its foreground I/O leaves room, and shares the array's room
 * stream by stream with a replica copy into the same array. Invariants hold after every step.
 */
import { describe, expect, it } from 'vitest';
import { applyCommand, checkInvariants, createSim, presets, step, type CommandInput, type Scenario, type SimState } from '../index';
import { copyTargetScenario } from '../testing';
import { kibCost, rebuildLoad } from './period';
import { rebuildSources } from './raid';
import { copyWriteExtra } from './raidTick';
import { COPY_BUSY_CEILING, copyRoom } from './throttle';

function run(st: SimState, cmd: CommandInput): SimState {
  const r = applyCommand(st, cmd);
  if (!r.ok) throw new Error(`rejected: ${r.reason.key}`);
  expect(checkInvariants(r.state)).toEqual([]);
  return r.state;
}

/** raid-striping with `db` more database VMs of `vcpus` vCPUs, their disks on the RAID-5 array (none: no VM at all). */
function world(db: number, vcpus = 1): Scenario {
  const sc = structuredClone(presets['raid-striping']);
  if (db < 0) return { ...sc, vms: [], volumes: [] };
  const vm = sc.vms[0];
  const disk = sc.volumes.find((v) => v.owner === 'vm-raid5');
  if (vm === undefined || disk === undefined) throw new Error('raid-striping changed');
  for (let i = 0; i < db; i++) {
    sc.vms = [...sc.vms, { ...structuredClone(vm), id: `db${i}`, name: `db${i}`, vcpus, workload: 'database' }];
    sc.volumes = [...sc.volumes, { ...structuredClone(disk), id: `db${i}-disk`, sizeGiB: 0.5, owner: `db${i}` }];
  }
  return sc;
}

interface Rebuild {
  /** Seconds from the replacement to the end of the rebuild. */
  s: number;
  /** Per period while rebuilding: the rebuild's rate per disk and the array's (smoothed) load. */
  rates: number[];
  utils: number[];
  st: SimState;
}

/** Run 5 s, fail disk 2 of raid5 and replace it, then step until its rebuild ends. */
function rebuild(sc: Scenario): Rebuild {
  let st = step(createSim(sc), 5000);
  st = run(st, { type: 'failDisk', array: 'raid5', disk: 2 });
  st = run(st, { type: 'replaceDisk', array: 'raid5' });
  const i = st.storage.arrays.findIndex((a) => a.id === 'raid5');
  const rates: number[] = [];
  const utils: number[] = [];
  let t = 0;
  while (st.storage.arrays[i]?.disks?.rebuilt !== null && t < 300_000) {
    st = step(st, 100);
    t += 100;
    expect(checkInvariants(st)).toEqual([]);
    const run5 = st.storage.arrays[i]?.disks;
    if (run5?.rebuilt !== null) rates.push(run5?.copyMiBps ?? NaN);
    utils.push(st.storage.util[i] ?? 0);
  }
  return { s: t / 1000, rates, utils, st };
}

describe('a RAID disk rebuild takes the room its array has left', () => {
  const idle = rebuild(world(-1));

  it('on an idle array it runs at its maximum, 200 MiB/s per disk: 2 GiB in about 10 s', () => {
    expect(idle.rates.length).toBeGreaterThan(90);
    for (const r of idle.rates) expect(r).toBe(200);
    expect(idle.s).toBeCloseTo(10.3, 1);
  });

  it('under a heavy foreground load it slows, but never below the tenth of the array’s time it is guaranteed', () => {
    // Four 2-vCPU database VMs keep raid5 past 90 % busy before the failure.
    const busy = rebuild(world(4, 2));
    const a = busy.st.storage.arrays.find((x) => x.id === 'raid5');
    if (a?.raid === undefined) throw new Error('no raid5');
    // RAID-5 reads its three other disks and writes the new one: four streams.
    const floor = copyRoom(a, Infinity) / a.raid.disks;
    expect(busy.s).toBeGreaterThan(3 * idle.s);
    for (const r of busy.rates) expect(r).toBeGreaterThanOrEqual(floor - 1e-9);
    expect(Math.min(...busy.rates)).toBeCloseTo(floor, 6);
  }, 30_000);

  it('keeps the array at most 80 % busy while its foreground I/O leaves room, and its VMs’ I/O waits longer meanwhile', () => {
    // One more database VM: raid5 about 45 % busy with its own I/O.
    const before = step(createSim(world(1)), 5000);
    const i = before.storage.arrays.findIndex((a) => a.id === 'raid5');
    expect(before.storage.util[i]).toBeLessThan(COPY_BUSY_CEILING - 0.2);
    const mid = rebuild(world(1));
    expect(Math.max(...mid.utils)).toBeLessThanOrEqual(COPY_BUSY_CEILING + 1e-9);
    expect(Math.max(...mid.utils)).toBeGreaterThan(COPY_BUSY_CEILING - 0.03);
    expect(Math.min(...mid.rates)).toBeLessThan(200);
    expect(mid.s).toBeGreaterThan(idle.s);
    expect(mid.s).toBeLessThan(3 * idle.s);
  }, 30_000);
});

describe('what a RAID disk rebuild reads, as the RAID panel says it', () => {
  it('RAID-1 reads only the mirror (two streams with the new disk’s write), RAID-5 every other disk (four)', () => {
    let st = step(createSim(world(-1)), 1000);
    for (const a of ['raid1', 'raid5']) st = run(run(st, { type: 'failDisk', array: a, disk: 2 }), { type: 'replaceDisk', array: a });
    st = step(st, 2000);
    for (const [id, sources] of [['raid1', [3]], ['raid5', [0, 1, 3]]] as const) {
      const i = st.storage.arrays.findIndex((a) => a.id === id);
      const a = st.storage.arrays[i];
      if (a?.raid === undefined || a.disks === undefined) throw new Error('raid-striping changed');
      expect(rebuildSources(a.raid, 2)).toEqual(sources);
      // Idle array: the rebuild runs at its maximum, and its only load is one stream per disk read plus the new disk's write.
      expect(a.disks.copyMiBps).toBe(200);
      const streams = sources.length + 1;
      expect(st.storage.util[i]).toBeCloseTo((streams * rebuildLoad(200, kibCost(a.iops, a.mibps))) / a.iops, 3);
    }
  });
});

describe('a RAID disk rebuild and a replica copy on one array', () => {
  it('share its room stream by stream: each of the rebuild’s four disks goes as fast as the copy, whose writes weigh their parity work', () => {
    // A 2-replica volume on b and c; c fails and the volume's new copy goes to r5, whose disk 1 is being rebuilt meanwhile.
    const sc = copyTargetScenario('r5', 5);
    let st = step(createSim(sc), 1000);
    st = run(st, { type: 'failDisk', array: 'r5', disk: 1 });
    st = run(st, { type: 'replaceDisk', array: 'r5' });
    st = run(st, { type: 'failArray', array: 'c' });
    for (let t = 0; t < 3000; t += 100) {
      st = step(st, 100);
      expect(checkInvariants(st)).toEqual([]);
    }
    const r5 = st.storage.arrays[0];
    const copy = st.storage.volumes[0]?.replicas.find((r) => r.building);
    if (r5?.disks === undefined || copy === undefined) throw new Error('no rebuild or no copy');
    expect(copy.array).toBe(0);
    // r5's room (80 % of its time, nothing else on it) split stream by stream: four rebuild streams and the copy's writes,
    // which weigh more than a plain 1 MiB I/O on a RAID-5 array (its parity operations, as for the VMs' writes there).
    const w = 1 + copyWriteExtra(r5) / rebuildLoad(1, kibCost(r5.iops, r5.mibps));
    expect(w).toBeGreaterThan(1.2);
    const share = copyRoom(r5, 0) / (4 + w);
    expect(r5.disks.copyMiBps).toBeCloseTo(share, 6);
    expect(copy.copyMiBps).toBeCloseTo(share, 6);
    expect(st.storage.util[0]).toBeCloseTo(COPY_BUSY_CEILING, 6);
  });
});
