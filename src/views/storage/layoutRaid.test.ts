import { describe, expect, it } from 'vitest';
import { applyCommand, createSim, presets, raidMap, step, toSnapshot, type SimState } from '../../engine';
import { t } from '../../i18n';
import { labelColumn, stripeColumn, stripeLabels } from './RaidGrid';
import { countOps, dataDisks, ioCountText, latestRead, marks, raidCells, raidRebuild, raidStateKey, readRebuilt, type RaidIoSnap } from './layoutRaid';

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

  it('the sentence names every block the lit I/O covers, as the cells show it: a booting guest\'s whole-stripe write is "blocks 9–11", 0 reads + 4 writes', () => {
    const r5 = { level: 5, disks: 4, chunkBlocks: 1 } as const;
    const en = (k: string, p?: Readonly<Record<string, string | number>>) => t('en', k, p);
    const ko = (k: string, p?: Readonly<Record<string, string | number>>) => t('ko', k, p);
    // The data blocks (not P) in the cells an I/O lights, in order.
    const litBlocks = (io: RaidIoSnap): string[] => {
      const cells = raidCells(r5);
      return [...marks(io.ops).keys()].map((k) => { const [d, row] = k.split(':').map(Number); return cells[row ?? 0]?.[d ?? 0] ?? ''; }).filter((c) => c !== 'P').toSorted((a, b) => Number(a) - Number(b));
    };
    const spanOf = (io: RaidIoSnap): string[] => Array.from({ length: io.size }, (_, k) => String(io.block + k));
    // At 3 s the VMs boot: 64 KiB I/Os, mapped as a whole stripe (3 blocks). At 5.408 s they serve the web's 4 KiB ones.
    const at = (tick: number) => toSnapshot(step(createSim(presets['raid-striping']), tick)).storage.arrays.find((x) => x.id === 'raid5')?.disks;
    const boot = at(3000);
    const w = boot?.lastWrite;
    const rd = latestRead(boot?.recent ?? []);
    if (w == null || rd == null) throw new Error('no I/O sampled by 3 s');
    expect([w.block, w.size, rd.block, rd.size]).toEqual([9, 3, 11, 3]);
    expect(litBlocks(w)).toEqual(spanOf(w));
    expect(litBlocks(rd)).toEqual(spanOf(rd));
    // A whole stripe: nothing read, and the sentence says why (a student told "2 reads + 2 writes" sees the difference).
    expect(ioCountText(en, r5, w)).toBe('1 logical write (blocks 9–11) → 0 reads + 4 writes on the disks: a whole stripe, so its parity is computed from the new data alone, with nothing to read first');
    expect(ioCountText(en, r5, rd)).toBe('1 logical read (blocks 11–13) → 3 reads on the disks');
    expect(ioCountText(ko, r5, w)).toBe('논리 쓰기 1번(블록 9–11) → 디스크 읽기 0번 + 쓰기 4번: 스트라이프 전체를 쓰므로 패리티를 새 데이터만으로 계산해 먼저 읽을 것이 없습니다');
    expect(ioCountText(ko, r5, rd)).toBe('논리 읽기 1번(블록 11–13) → 디스크 읽기 3번');
    const small = at(5408)?.lastWrite;
    if (small == null) throw new Error('no write sampled by 5.408 s');
    expect(litBlocks(small)).toEqual(['6']);
    expect(ioCountText(en, r5, small)).toBe('1 logical write (block 6) → 2 reads + 2 writes on the disks');
    expect(ioCountText(ko, r5, small)).toBe('논리 쓰기 1번(블록 6) → 디스크 읽기 2번 + 쓰기 2번');
    // The guide says so: for the first 4 s (booting) every array's I/Os cover a whole stripe (its data disks), then one block.
    const sizes = (tick: number) => toSnapshot(step(createSim(presets['raid-striping']), tick)).storage.arrays.map((x) => [x.disks?.recent.at(-1)?.size, x.raid === undefined ? 0 : dataDisks(x.raid)]);
    expect(sizes(4000)).toEqual([[4, 4], [2, 2], [3, 3], [3, 3]]);
    expect(sizes(4100).map(([n]) => n)).toEqual([1, 1, 1, 1]);
    expect(t('en', 'storage.try.raid-striping')).toContain('while the VMs boot, the first 4\u00a0s, their 64\u00a0KiB I/Os cover a whole stripe each');
  });

  it('a degraded read is said to be rebuilt from the others only when a block it covers is on the failed disk, not because it read several disks', () => {
    const r5 = { level: 5, disks: 4, chunkBlocks: 1 } as const;
    const en = (k: string, p?: Readonly<Record<string, string | number>>) => t('en', k, p);
    const read = (d: number, row: number) => ({ op: 'read' as const, disk: d, offset: row });
    // Blocks 9–11 live on disks 1, 2 and 3 of row 3 (P on disk 0).
    const io = (ops: RaidIoSnap['ops'], block = 9, size = 3): RaidIoSnap => ({ tick: 0, write: false, block, size, ops, degraded: true });
    // Disk 0 failed: only its parity is missing, the three blocks are read as when healthy (3 reads, none rebuilt).
    const spared = io([read(1, 3), read(2, 3), read(3, 3)]);
    expect(readRebuilt(r5, spared)).toBe(false);
    expect(ioCountText(en, r5, spared)).toBe('1 logical read (blocks 9–11) → 3 reads on the disks');
    // Disk 1 failed: block 9 comes from disks 0 (P), 2 and 3 of its row: still 3 reads, but one block rebuilt.
    const rebuilt = io([read(0, 3), read(2, 3), read(3, 3)]);
    expect(readRebuilt(r5, rebuilt)).toBe(true);
    expect(ioCountText(en, r5, rebuilt)).toBe('1 logical read (blocks 9–11) → 3 reads: its part on the failed disk is rebuilt from the others');
    expect(ioCountText((k, p) => t('ko', k, p), r5, rebuilt)).toBe('논리 읽기 1번(블록 9–11) → 디스크 읽기 3번: 그중 고장 난 디스크에 있던 부분을 나머지로 다시 계산합니다');
    // One block on the failed disk: read back from the three others.
    expect(ioCountText(en, r5, io([read(0, 3), read(2, 3), read(3, 3)], 9, 1))).toBe('1 logical read (block 9) → 3 reads: its disk has failed, so it is rebuilt from the others');
    // On the engine's own degraded reads (disk 1 failed while the guests boot, 3-block reads): rebuilt exactly when a block is on disk 1.
    const failed = applyCommand(step(createSim(presets['raid-striping']), 3000), { type: 'failDisk', array: 'raid5', disk: 1 });
    if (!failed.ok) throw new Error(failed.reason.key);
    const reads = (toSnapshot(step(failed.state, 300)).storage.arrays.find((x) => x.id === 'raid5')?.disks?.recent ?? []).filter((x) => !x.write && x.degraded);
    expect(reads.length).toBeGreaterThan(0);
    const onDisk1 = (x: RaidIoSnap) => raidMap({ ...r5, request: { block: x.block, size: x.size, write: false } }).ops.some((o) => o.disk === 1);
    expect(reads.map((x) => readRebuilt(r5, x))).toEqual(reads.map(onDisk1));
    // RAID-1 reads the mirror instead: one read, nothing computed.
    expect(readRebuilt({ level: 1, disks: 4, chunkBlocks: 1 }, io([read(1, 0)], 0, 1))).toBe(false);
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

describe('the stripe labels\' column', () => {
  it('is 74 units at the laptop\'s labels, and as wide as 스트라이프 5 needs once the projector raises them to 13 units', () => {
    const r5 = { level: 5, disks: 4, chunkBlocks: 1 } as const;
    const en = stripeLabels((k, p) => t('en', k, p), r5);
    const ko = stripeLabels((k, p) => t('ko', k, p), r5);
    expect(en[5]).toBe('stripe 5');
    expect(stripeColumn(en, 10)).toBe(74);
    expect(stripeColumn(ko, 10)).toBe(74);
    // 5 wide glyphs and 2 narrow ones at 13 units, 4 before and 6 after: 91 units, where 74 cut the label's number.
    expect(stripeColumn(ko, 13)).toBe(91);
    expect(labelColumn('stripe 5', 13)).toBe(74);
  });
});
