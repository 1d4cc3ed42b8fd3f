/**
 * Inside an array: its RAID level, its disks and the latest I/Os mapped onto them with
 * raidMap (OSTEP ch. 38, raid.py). Every STORAGE_PERIOD the storage tick hands each RAID
 * array the reads and writes its volumes did; a few of them are sampled (the write share
 * kept by a running credit, the addresses by a seeded LCG, so the sample is pure and
 * deterministic) and kept as the array's RECENT latest I/Os with their physical
 * operations. The same mapping gives the array's cost per logical read and write, so a
 * RAID-5 small write loads the disks four times (two reads, two writes).
 * One disk can fail: the array runs degraded (a read of the failed disk reads the same
 * offset on every other disk to rebuild it by parity; RAID-1 reads the mirror), a
 * replacement is rebuilt offset by offset, as fast as the room the array's foreground I/O
 * leaves (throttle.ts, shared with any replica copies on the array) and at most the rebuild
 * bandwidth per disk. RAID-0 has no
 * redundancy: a disk failure loses the array's data.
 */
import { raidMap, type RaidOp } from './raidMap';
import type { RaidSpec } from '../scenario/parts';

/** Offsets (rows) per disk that the sample's addresses fall in, and the drawing shows. */
export const WINDOW_ROWS = 6;
/** Latest logical I/Os kept per array. */
export const RECENT = 6;
/** Logical I/Os sampled per storage period while the array has traffic. */
export const SAMPLES_PER_PERIOD = 2;

export interface RaidIo {
  tick: number;
  write: boolean;
  /** First logical block and number of blocks. */
  block: number;
  size: number;
  ops: RaidOp[];
  /** Served with a disk missing (reads rebuilt from the others). */
  degraded: boolean;
}

export interface RaidRun {
  failedDisk: number | null;
  /** Share of the replacement disk rebuilt (0..1); null when no rebuild is running. */
  rebuilt: number | null;
  /**
   * MiB/s the rebuild wrote onto the replacement disk in the last storage period (each of
   * its streams read or wrote as much; throttle.ts); 0 when no rebuild is running, and
   * until the first period of a rebuild.
   */
  copyMiBps: number;
  /** LCG state for the sampled addresses, and the running write credit. */
  seed: number;
  writeCredit: number;
  recent: RaidIo[];
  /** The latest sampled write (kept when it scrolls out of `recent`: the lens counts its operations). */
  lastWrite: RaidIo | null;
  /** Logical I/Os sampled and their physical reads and writes, since the start. */
  logical: number;
  physReads: number;
  physWrites: number;
}

export function newRaidRun(id: string): RaidRun {
  let seed = 2166136261;
  for (let i = 0; i < id.length; i++) seed = Math.imul(seed ^ id.charCodeAt(i), 16777619) >>> 0;
  return { failedDisk: null, rebuilt: null, copyMiBps: 0, seed, writeCredit: 0, recent: [], lastWrite: null, logical: 0, physReads: 0, physWrites: 0 };
}

/** Disks that hold data (not parity or mirror copies) in one stripe. */
export function dataDisks(r: RaidSpec): number {
  return r.level === 0 ? r.disks : r.level === 1 ? r.disks / 2 : r.disks - 1;
}

/**
 * The disks a rebuild of disk `failed` reads: RAID-1 only its mirror (the other disk of its
 * pair holds the surviving copy); RAID-4/5 every other disk of the set (each missing block
 * is recomputed from the row's other data and its parity).
 */
export function rebuildSources(r: RaidSpec, failed: number): number[] {
  if (r.level === 1) return [failed ^ 1];
  return Array.from({ length: r.disks }, (_, d) => d).filter((d) => d !== failed);
}

/** Streams of a disk rebuild: one read from each disk it reads (rebuildSources) and the write of the new disk. */
export function rebuildStreams(r: RaidSpec): number {
  return rebuildSources(r, 0).length + 1;
}

/** Logical blocks inside the drawn rows. */
export function drawnBlocks(r: RaidSpec): number {
  return dataDisks(r) * WINDOW_ROWS;
}

/** Offsets of the replacement disk already rebuilt (within the drawn rows). */
export function rebuiltRows(run: RaidRun): number {
  return run.rebuilt === null ? 0 : Math.floor(run.rebuilt * WINDOW_ROWS);
}

/**
 * The physical operations of one logical request on the array as it is now: raidMap's,
 * with the failed disk's part redirected. A read of a missing block reads that offset on
 * every other disk (parity reconstruction) or on the mirror; a write to it is skipped
 * (its parity still records it). Offsets already rebuilt count as healthy.
 */
export function raidOps(r: RaidSpec, run: Pick<RaidRun, 'failedDisk' | 'rebuilt'>, block: number, size: number, write: boolean): RaidOp[] {
  const ops = raidMap({ level: r.level, disks: r.disks, chunkBlocks: r.chunkBlocks, request: { block, size, write } }).ops;
  const f = run.failedDisk;
  if (f === null) return ops;
  const done = run.rebuilt === null ? 0 : Math.floor(run.rebuilt * WINDOW_ROWS) * r.chunkBlocks;
  if (write && r.level >= 4) return degradedParityWrite(r, ops, f, done);
  const out: RaidOp[] = [];
  const add = (o: RaidOp): void => {
    if (!out.some((x) => x.op === o.op && x.disk === o.disk && x.offset === o.offset)) out.push(o);
  };
  for (const o of ops) {
    if (o.disk !== f || o.offset < done) add(o);
    else if (o.op === 'read' && r.level === 1) add({ op: 'read', disk: f ^ 1, offset: o.offset });
    else if (o.op === 'read') for (let d = 0; d < r.disks; d++) if (d !== f) add({ op: 'read', disk: d, offset: o.offset });
  }
  return out;
}

/** Disks holding data (not parity) at one offset of a RAID-4/5 array, and its parity disk. */
function rowLayout(r: RaidSpec, offset: number): { data: number[]; parity: number } {
  const inStripe = (r.disks - 1) * r.chunkBlocks;
  const s0 = Math.floor(offset / r.chunkBlocks) * inStripe;
  const data: number[] = [];
  for (let b = s0; b < s0 + inStripe; b++) {
    for (const o of raidMap({ level: r.level, disks: r.disks, chunkBlocks: r.chunkBlocks, request: { block: b, size: 1, write: false } }).ops) if (o.offset === offset) data.push(o.disk);
  }
  let parity = 0;
  while (data.includes(parity)) parity++;
  return { data, parity };
}

/**
 * A RAID-4/5 write with a disk missing, row by row: if the missing disk holds the row's
 * parity, the data is just written (no parity to keep); if it holds a block being
 * written, the new parity is computed from the other data blocks of the row (read them,
 * write the parity: a reconstruct-write); otherwise old data and old parity are read and
 * both written, as when healthy (subtractive parity, so the missing block is not needed).
 */
function degradedParityWrite(r: RaidSpec, ops: RaidOp[], f: number, done: number): RaidOp[] {
  const offsets = [...new Set(ops.map((o) => o.offset))];
  const out: RaidOp[] = [];
  for (const off of offsets) {
    const row = ops.filter((o) => o.offset === off);
    if (off < done || !row.some((o) => o.disk === f) && !rowLayout(r, off).data.includes(f)) {
      out.push(...row);
      continue;
    }
    const { data, parity } = rowLayout(r, off);
    const written = [...new Set(row.filter((o) => o.op === 'write' && o.disk !== parity).map((o) => o.disk))];
    const read = (d: number): RaidOp => ({ op: 'read', disk: d, offset: off });
    const wr = (d: number): RaidOp => ({ op: 'write', disk: d, offset: off });
    if (f === parity) out.push(...written.map(wr));
    else if (written.includes(f)) out.push(...data.filter((d) => d !== f && !written.includes(d)).map(read), ...written.filter((d) => d !== f).map(wr), wr(parity));
    else out.push(...written.map(read), read(parity), ...written.map(wr), wr(parity));
  }
  return out;
}

/** Mean physical operations per logical read and per logical write of `size` blocks, over the drawn rows. */
export function raidCost(r: RaidSpec, run: Pick<RaidRun, 'failedDisk' | 'rebuilt'>, size: number): { read: number; write: number } {
  const n = drawnBlocks(r);
  let rd = 0;
  let wr = 0;
  for (let b = 0; b < n; b++) {
    rd += raidOps(r, run, b, size, false).length;
    wr += raidOps(r, run, b, size, true).length;
  }
  return { read: rd / n, write: wr / n };
}

/** Blocks per logical I/O: the I/O size in 4 KiB blocks, at most one stripe. */
export function ioBlocks(r: RaidSpec, ioKiB: number): number {
  return Math.max(1, Math.min(dataDisks(r) * r.chunkBlocks, Math.round(ioKiB / 4)));
}

function nextRandom(run: RaidRun): number {
  run.seed = (Math.imul(run.seed, 1664525) + 1013904223) >>> 0;
  return run.seed / 4294967296;
}

/** The logical I/Os that arrived at an array this period: reads and writes per second, and the KiB per second each moved. */
export interface RaidTraffic {
  reads: number;
  writes: number;
  readKiB: number;
  writeKiB: number;
}

/**
 * Sample this period's I/Os of one array (mutates run): `t.reads` and `t.writes` per
 * second arrived at it, each of its issuer's own size (a read or a write is mapped at the
 * mean size of the reads or writes that arrived: one workload's own size when one VM uses
 * the array). Returns the physical reads and writes per second they cost.
 */
export function sampleRaid(r: RaidSpec, run: RaidRun, tick: number, t: RaidTraffic): number {
  const { reads, writes } = t;
  const total = reads + writes;
  if (total <= 0) return 0;
  const readSize = ioBlocks(r, reads > 0 ? t.readKiB / reads : 4);
  const writeSize = ioBlocks(r, writes > 0 ? t.writeKiB / writes : 4);
  const forReads = raidCost(r, run, readSize);
  const writeCost = writeSize === readSize ? forReads.write : raidCost(r, run, writeSize).write;
  for (let k = 0; k < SAMPLES_PER_PERIOD; k++) {
    run.writeCredit += writes / total;
    const write = run.writeCredit >= 1;
    if (write) run.writeCredit -= 1;
    const size = write ? writeSize : readSize;
    const block = Math.floor(nextRandom(run) * Math.max(1, drawnBlocks(r) - size + 1));
    const ops = raidOps(r, run, block, size, write);
    const io = { tick, write, block, size, ops, degraded: run.failedDisk !== null };
    run.recent.push(io);
    if (write) run.lastWrite = io;
    run.logical += 1;
    for (const o of ops) {
      if (o.op === 'read') run.physReads += 1;
      else run.physWrites += 1;
    }
  }
  if (run.recent.length > RECENT) run.recent.splice(0, run.recent.length - RECENT);
  return reads * forReads.read + writes * writeCost;
}

/**
 * Advance a rebuild by one period (mutates run): `mib` MiB copied onto the replacement
 * of a disk of `diskGiB`. Returns true when it has just finished.
 */
export function progressRaidRebuild(run: RaidRun, mib: number, sizeGiB: number): boolean {
  if (run.rebuilt === null) return false;
  run.rebuilt = Math.min(1, run.rebuilt + mib / Math.max(1e-9, sizeGiB * 1024));
  if (run.rebuilt < 1) return false;
  run.rebuilt = null;
  run.copyMiBps = 0;
  run.failedDisk = null;
  return true;
}

/** Capacity of one disk: the array's usable capacity over its data disks. */
export function diskGiB(r: RaidSpec, capacityGiB: number): number {
  return capacityGiB / dataDisks(r);
}

/** What must hold inside a RAID array. */
export function checkRaid(id: string, r: RaidSpec, run: RaidRun, failed: boolean): string[] {
  const out: string[] = [];
  if (run.failedDisk !== null && (run.failedDisk < 0 || run.failedDisk >= r.disks)) out.push(`array ${id}: failed disk ${run.failedDisk} out of range`);
  if (run.rebuilt !== null && (run.rebuilt < 0 || run.rebuilt > 1 || run.failedDisk === null)) out.push(`array ${id}: rebuild ${run.rebuilt} without a failed disk`);
  if (run.copyMiBps < 0 || (run.rebuilt === null && run.copyMiBps !== 0)) out.push(`array ${id}: rebuild rate ${run.copyMiBps} MiB/s ${run.rebuilt === null ? 'without a rebuild' : ''}`);
  if (r.level === 0 && run.failedDisk !== null && !failed) out.push(`array ${id}: RAID-0 lost a disk but still serves data`);
  if (run.recent.length > RECENT) out.push(`array ${id}: ${run.recent.length} recent I/Os kept`);
  for (const io of run.recent) {
    for (const o of io.ops) if (o.disk < 0 || o.disk >= r.disks || o.offset < 0) out.push(`array ${id}: op on disk ${o.disk} offset ${o.offset}`);
  }
  return out;
}
