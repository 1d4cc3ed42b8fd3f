/**
 * raidMap: which physical reads and writes one logical request becomes inside a RAID
 * array, with the conventions of the OSTEP homework simulator raid.py (chapter 38):
 * blocks of 4 KiB, chunks of `chunkBlocks` blocks; RAID-0 stripes chunks round robin;
 * RAID-1 mirrors pairs of disks and reads from the first of a pair when the offset is
 * even, the second when odd; RAID-4 keeps parity on the last disk; RAID-5 rotates
 * parity (left-symmetric "LS" or left-asymmetric "LA"). A RAID-4/5 write is done one
 * stripe at a time, with subtractive parity (read old data and parity) when it touches
 * few blocks of the stripe and additive parity (read the rest of the stripe) otherwise.
 * Pure: the storage lens uses it to show striping and parity inside one array.
 */
export interface RaidRequest {
  block: number;
  /** Number of blocks. */
  size: number;
  write: boolean;
}

export interface RaidConfig {
  level: 0 | 1 | 4 | 5;
  disks: number;
  chunkBlocks: number;
  raid5Layout?: 'LS' | 'LA';
  request: RaidRequest;
}

export interface RaidOp {
  op: 'read' | 'write';
  disk: number;
  offset: number;
}

type Where = { disk: number; offset: number };

function map0(b: number, disks: number, chunk: number): Where {
  const c = Math.floor(b / chunk);
  return { disk: c % disks, offset: Math.floor(c / disks) * chunk + (b % chunk) };
}

/** RAID-1: mirrored pairs (0,1), (2,3) ...; returns the first disk of the pair. */
function map1(b: number, disks: number, chunk: number): Where {
  const pairs = Math.floor(disks / 2);
  const c = Math.floor(b / chunk);
  return { disk: 2 * (c % pairs), offset: Math.floor(c / pairs) * chunk + (b % chunk) };
}

function map4(b: number, disks: number, chunk: number): Where & { parity: number } {
  const c = Math.floor(b / chunk);
  return { disk: c % (disks - 1), offset: Math.floor(c / (disks - 1)) * chunk + (b % chunk), parity: disks - 1 };
}

function map5(b: number, disks: number, chunk: number, layout: 'LS' | 'LA'): Where & { parity: number } {
  const c = Math.floor(b / chunk);
  const row = Math.floor(c / (disks - 1));
  const col = row % disks;
  const parity = disks - 1 - col;
  let disk = c % (disks - 1);
  if (layout === 'LA') disk = disk >= parity ? disk + 1 : disk;
  else disk = (((disk - col) % disks) + disks) % disks;
  return { disk, offset: row * chunk + (b % chunk), parity };
}

function mirrorOps(cfg: RaidConfig): RaidOp[] {
  const { block, size, write } = cfg.request;
  const ops: RaidOp[] = [];
  for (let b = block; b < block + size; b++) {
    const w = map1(b, cfg.disks, cfg.chunkBlocks);
    if (write) ops.push({ op: 'write', disk: w.disk, offset: w.offset }, { op: 'write', disk: w.disk + 1, offset: w.offset });
    else ops.push({ op: 'read', disk: w.offset % 2 === 0 ? w.disk : w.disk + 1, offset: w.offset });
  }
  return ops;
}

/** Writes to blocks [begin, end) of one stripe, with their parity updates. */
function stripeWrite(cfg: RaidConfig, stripe: number, begin: number, end: number, map: (b: number) => Where & { parity: number }): RaidOp[] {
  const inStripe = (cfg.disks - 1) * cfg.chunkBlocks;
  const n = end - begin;
  const parity = map(stripe * inStripe).parity;
  const ops: RaidOp[] = [];
  const offsets: number[] = [];
  for (let b = begin; b < end; b++) {
    const w = map(b);
    if (!offsets.includes(w.offset)) offsets.push(w.offset);
  }
  if (n + 1 <= inStripe - n) {
    for (let b = begin; b < end; b++) ops.push({ op: 'read', ...pick(map(b)) });
    for (const off of offsets) ops.push({ op: 'read', disk: parity, offset: off });
  } else {
    const s0 = stripe * inStripe;
    for (let b = s0; b < begin; b++) ops.push({ op: 'read', ...pick(map(b)) });
    for (let b = end; b < s0 + inStripe; b++) ops.push({ op: 'read', ...pick(map(b)) });
  }
  for (let b = begin; b < end; b++) ops.push({ op: 'write', ...pick(map(b)) });
  for (const off of offsets) ops.push({ op: 'write', disk: parity, offset: off });
  return ops;
}

const pick = (w: Where): Where => ({ disk: w.disk, offset: w.offset });

function parityOps(cfg: RaidConfig): RaidOp[] {
  const { block, size, write } = cfg.request;
  const layout = cfg.raid5Layout ?? 'LS';
  const map = (b: number): Where & { parity: number } => (cfg.level === 4 ? map4(b, cfg.disks, cfg.chunkBlocks) : map5(b, cfg.disks, cfg.chunkBlocks, layout));
  if (!write) return Array.from({ length: size }, (_, i) => ({ op: 'read' as const, ...pick(map(block + i)) }));
  const inStripe = (cfg.disks - 1) * cfg.chunkBlocks;
  const ops: RaidOp[] = [];
  let begin = block;
  const last = block + size;
  while (begin < last) {
    const stripe = Math.floor(begin / inStripe);
    const end = Math.min(last, (stripe + 1) * inStripe);
    ops.push(...stripeWrite(cfg, stripe, begin, end, map));
    begin = end;
  }
  return ops;
}

/** The physical operations of one logical request, in raid.py's order. Throws on a configuration raid.py rejects. */
export function raidMap(cfg: RaidConfig): { ops: RaidOp[] } {
  const { level, disks, chunkBlocks } = cfg;
  if (!Number.isInteger(disks) || disks < (level === 0 ? 1 : 2) || !Number.isInteger(chunkBlocks) || chunkBlocks < 1) throw new RangeError('raidMap: bad disks or chunk size');
  if (level === 1 && disks % 2 !== 0) throw new RangeError('raidMap: RAID-1 needs an even number of disks');
  // RAID-4/5 on 2 disks is allowed, as raid.py allows it (data on one disk, parity on the other: a mirror in effect).
  if (level === 0) {
    const { block, size, write } = cfg.request;
    return { ops: Array.from({ length: size }, (_, i) => ({ op: write ? ('write' as const) : ('read' as const), ...map0(block + i, disks, chunkBlocks) })) };
  }
  return { ops: level === 1 ? mirrorOps(cfg) : parityOps(cfg) };
}
