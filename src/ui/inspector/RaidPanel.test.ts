/**
 * The RAID grid the array inspector draws: RAID-5 left-symmetric puts parity on disk 3,
 * 2, 1, 0 in turn with the next stripe starting after it; RAID-4 keeps parity on the last disk.
 */
import { describe, expect, it } from 'vitest';
import { raidGrid } from './RaidPanel';

describe('raidGrid', () => {
  it('RAID-5 LS rotates parity', () => {
    expect(raidGrid(5, 'LS')).toEqual([
      ['0', '1', '2', 'P'],
      ['4', '5', 'P', '3'],
      ['8', 'P', '6', '7'],
      ['P', '9', '10', '11'],
    ]);
  });

  it('RAID-4 keeps parity on the last disk, RAID-1 mirrors pairs', () => {
    expect(raidGrid(4, 'LS').map((r) => r[3])).toEqual(['P', 'P', 'P', 'P']);
    expect(raidGrid(1, 'LS')[0]).toEqual(['0', '0', '1', '1']);
  });
});
