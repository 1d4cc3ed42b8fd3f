import { describe, expect, it } from 'vitest';
import { createSim, presets, raidMap, step, toSnapshot } from '../../engine';
import { countOps, latestRead, marks, raidCells } from './layoutRaid';

describe('the inside-the-array drawing', () => {
  it('RAID-5 over 4 disks: one parity cell per stripe, rotating (left-symmetric)', () => {
    const g = raidCells({ level: 5, disks: 4, chunkBlocks: 1 });
    expect(g.map((row) => row.indexOf('P'))).toEqual([3, 2, 1, 0, 3, 2]);
    expect(g[0]).toEqual(['0', '1', '2', 'P']);
  });

  it('RAID-1 shows each block on both disks of its pair; RAID-4 keeps P on the last disk', () => {
    expect(raidCells({ level: 1, disks: 4, chunkBlocks: 1 })[0]).toEqual(['0', '0', '1', '1']);
    expect(raidCells({ level: 4, disks: 4, chunkBlocks: 1 }).every((row) => row[3] === 'P')).toBe(true);
  });

  it('a small write marks its data and parity cells read-then-written: 2 reads + 2 writes', () => {
    const ops = raidMap({ level: 5, disks: 4, chunkBlocks: 1, request: { block: 4, size: 1, write: true } }).ops;
    expect(countOps(ops)).toEqual({ reads: 2, writes: 2 });
    expect([...marks(ops).values()]).toEqual(['rw', 'rw']);
  });

  it('the preset\'s snapshot carries each array\'s latest I/Os and its latest write', () => {
    const snap = toSnapshot(step(createSim(presets['raid-striping']), 10000));
    const a = snap.storage.arrays.find((x) => x.id === 'raid5');
    expect(a?.disks?.lastWrite?.write).toBe(true);
    expect(latestRead(a?.disks?.recent ?? [])?.write).toBe(false);
  });
});
