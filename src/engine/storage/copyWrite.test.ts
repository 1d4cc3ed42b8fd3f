/**
 * A replica copy written into a RAID array is charged what the array's level adds to a
 * write of that size, as the VMs' writes there are (raidTick.ts, copyWriteExtra): a 1 MiB
 * copy write on a 4-disk RAID-5 with one-block chunks is mapped as a stripe-sized write
 * (6.7 disk operations on average, 4 when aligned), on a 4-disk RAID-1 as two blocks written
 * twice (4). So a copy into a RAID array goes slower than one into a plain array of the same
 * rating when the target's room binds it, and the target is still no more than 80 % busy.
 */
import { describe, expect, it } from 'vitest';
import { applyCommand, checkInvariants, createSim, step, type CommandInput, type SimState } from '../index';
import { copyTargetScenario } from '../testing';
import { kibCost, rebuildLoad } from './period';
import { ioBlocks, raidCost } from './raid';
import { copyWriteExtra } from './raidTick';
import { COPY_BUSY_CEILING, copyRoom } from './throttle';

function run(st: SimState, cmd: CommandInput): SimState {
  const r = applyCommand(st, cmd);
  if (!r.ok) throw new Error(`rejected: ${r.reason.key}`);
  return r.state;
}

/** A 2-replica volume on b and c; c fails and its new copy goes to t (most free), whose level is `level` (none: a plain array). */
function copyInto(level: 1 | 5 | null): SimState {
  // The source has far more room than the target, so the target's room binds the copy.
  const sc = copyTargetScenario('t', level, 200000);
  let st = run(step(createSim(sc), 1000), { type: 'failArray', array: 'c' });
  for (let t = 0; t < 3000; t += 100) {
    st = step(st, 100);
    expect(checkInvariants(st)).toEqual([]);
  }
  return st;
}

describe('a replica copy written into a RAID array', () => {
  it('costs what a write of its size costs there: 6.7 disk operations per 1 MiB on RAID-5, 4 on RAID-1', () => {
    const r5 = { level: 5 as const, disks: 4, chunkBlocks: 1 };
    const r1 = { level: 1 as const, disks: 4, chunkBlocks: 1 };
    const healthy = { failedDisk: null, rebuilt: null };
    // A 1 MiB write is mapped at most one stripe: three blocks on RAID-5 (4 operations aligned, 8 across two stripes), two on RAID-1.
    expect(ioBlocks(r5, 1024)).toBe(3);
    expect(raidCost(r5, healthy, 3).write).toBeCloseTo(120 / 18, 9);
    expect(raidCost(r1, healthy, ioBlocks(r1, 1024)).write).toBe(4);
  });

  it('goes slower than into a plain array of the same rating, by its extra weight, and keeps the target at most 80 % busy', () => {
    const plain = copyInto(null);
    const t0 = plain.storage.arrays[0];
    const c0 = plain.storage.volumes[0]?.replicas.find((r) => r.building);
    if (t0 === undefined || c0 === undefined) throw new Error('no copy');
    expect(c0.array).toBe(0);
    // Into the plain array the copy takes the target's whole room.
    expect(c0.copyMiBps).toBeCloseTo(copyRoom(t0, 0), 6);
    expect(plain.storage.util[0]).toBeCloseTo(COPY_BUSY_CEILING, 6);
    for (const [level, ops] of [[5, 120 / 18], [1, 4]] as const) {
      const st = copyInto(level);
      const t = st.storage.arrays[0];
      const copy = st.storage.volumes[0]?.replicas.find((r) => r.building);
      if (t === undefined || copy === undefined) throw new Error('no copy');
      expect(copy.array).toBe(0);
      expect(copyWriteExtra(t)).toBeCloseTo(ops - 1, 9);
      // Each MiB written weighs its 1 MiB I/O plus the level's extra operations.
      const w = 1 + (ops - 1) / rebuildLoad(1, kibCost(t.iops, t.mibps));
      expect(copy.copyMiBps).toBeCloseTo(copyRoom(t, 0) / w, 6);
      expect(copy.copyMiBps).toBeLessThan(c0.copyMiBps * (level === 5 ? 0.76 : 0.86));
      expect(st.storage.util[0]).toBeCloseTo(COPY_BUSY_CEILING, 6);
    }
  });

  it('has a real copy rate, and only while it is copied: the invariants say so', () => {
    const st = copyInto(5);
    const copy = st.storage.volumes[0]?.replicas.find((r) => r.building);
    if (copy === undefined) throw new Error('no copy');
    copy.copyMiBps = NaN;
    expect(checkInvariants(st).join(' ')).toContain('copy rate NaN MiB/s into array 0');
    copy.copyMiBps = 10;
    copy.building = false;
    expect(checkInvariants(st).join(' ')).toContain('with no copy');
  });
});
