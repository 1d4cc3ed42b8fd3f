import { describe, expect, it } from 'vitest';
import { applyCommand, createSim, presets, raidMap, step, toSnapshot, type SimState } from '../../engine';
import { t } from '../../i18n';
import { countOps, latestRead, marks, raidCells, raidRebuild, raidStateKey } from './layoutRaid';

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

  it('a rebuild\'s rate is the engine\'s, and its time left is what remains of the disk at that rate', () => {
    const ok = (st: SimState, cmd: Parameters<typeof applyCommand>[1]): SimState => {
      const r = applyCommand(st, cmd);
      if (!r.ok) throw new Error(r.reason.key);
      return r.state;
    };
    // From 5 s: the guests have booted (a booting guest's 64 KiB I/Os keep the array busier).
    let st = step(createSim(presets['raid-striping']), 5000);
    st = ok(ok(st, { type: 'failDisk', array: 'raid5', disk: 2 }), { type: 'replaceDisk', array: 'raid5' });
    const i = st.storage.arrays.findIndex((a) => a.id === 'raid5');
    // Before its first storage period it has no rate yet.
    expect(raidRebuild(toSnapshot(st).storage, i)).toEqual({ mibps: 0, reads: [0, 1, 3], s: null, copies: 0 });
    const snap = toSnapshot(step(st, 2000)).storage;
    const run = snap.arrays[i]?.disks;
    // 2 GiB per disk (6 GiB over three data disks) at 200 MiB/s: the web VM leaves the array room for its maximum.
    expect(raidRebuild(snap, i)).toEqual({ mibps: 200, reads: [0, 1, 3], s: Math.ceil(((1 - (run?.rebuilt ?? 0)) * 2048) / 200), copies: 0 });
    expect(raidRebuild(snap, 0)).toBeNull();
  });

  it('a rebuild is told per level: RAID-1 reads only its mirror, RAID-4/5 every other disk of the set, as the engine does', () => {
    const ok = (st: SimState, cmd: Parameters<typeof applyCommand>[1]): SimState => {
      const r = applyCommand(st, cmd);
      if (!r.ok) throw new Error(r.reason.key);
      return r.state;
    };
    let st = step(createSim(presets['raid-striping']), 5000);
    for (const a of ['raid1', 'raid5']) st = ok(ok(st, { type: 'failDisk', array: a, disk: 2 }), { type: 'replaceDisk', array: a });
    const snap = toSnapshot(step(st, 500)).storage;
    const r1 = snap.arrays.findIndex((a) => a.id === 'raid1');
    const r5 = snap.arrays.findIndex((a) => a.id === 'raid5');
    const a1 = snap.arrays[r1];
    const a5 = snap.arrays[r5];
    if (a1 === undefined || a5 === undefined) throw new Error('raid-striping changed');
    // RAID-1 over 4 disks mirrors pairs (0,1) and (2,3): disk 2's copy is on disk 3 alone.
    expect(raidRebuild(snap, r1)?.reads).toEqual([3]);
    expect(raidRebuild(snap, r5)?.reads).toEqual([0, 1, 3]);
    expect(raidStateKey(a1)).toBe('raid.state.rebuilding1');
    expect(raidStateKey(a5)).toBe('raid.state.rebuilding');
    for (const lang of ['en', 'ko'] as const) {
      const one = t(lang, raidStateKey(a1), { disk: 2, pct: 10, mirror: 3, others: '0, 1, 3' });
      expect(one).not.toMatch(/every other|다른 디스크\(|모두 읽어/);
      expect(one).toMatch(lang === 'en' ? /only its mirror, disk 3/ : /거울 디스크 3만/);
      expect(t(lang, raidStateKey(a5), { disk: 2, pct: 10, mirror: 0, others: '0, 1, 3' })).toMatch(lang === 'en' ? /every other disk of the set \(disks 0, 1, 3\).*parity/ : /디스크 0, 1, 3.*패리티/);
    }
    // Degraded but not yet replaced: RAID-1 reads the mirror.
    if (a1.disks === undefined) throw new Error('raid1 has no disks');
    expect(raidStateKey({ ...a1, disks: { ...a1.disks, rebuilt: null } })).toBe('raid.state.degraded1');
    expect(raidStateKey({ ...a5, failed: true })).toBe('raid.state.lost');
  });
});
