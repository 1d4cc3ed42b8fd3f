/**
 * The storage model's clock and its one queueing rule, shared by the arrays and the
 * hosts' local disks (a leaf module: tick.ts and entityIo.ts both use it).
 */

/** Storage is sampled every 100 ticks (100 ms): fine enough for gauges, cheap enough for 2,000 volumes. */
export const STORAGE_PERIOD = 100;
/** Smoothing of the load figures per sample (about 2 samples = 200 ms). */
export const ALPHA = 0.4;

/** Queueing latency of an array or a disk (M/M/1-like: base / (1 - utilisation), capped when saturated). */
export function queueLatency(base: number, util: number): number {
  return base / (1 - Math.min(util, 0.95));
}

/**
 * The size an array's or a disk's IOPS rating is quoted for (vendors rate random 4 KiB
 * I/O), and the unloaded latency given with it is that of one such I/O.
 */
export const RATED_KIB = 4;

/** Bandwidth of an array that does not state one: its IOPS x 64 KiB, in MiB/s (illustrative: 50,000 IOPS move about 3 GiB/s). */
export function defaultMiBps(iops: number): number {
  return iops / 16;
}

/**
 * What one KiB of an I/O costs, in rated (4 KiB) I/Os of the device's time: an I/O of s
 * KiB takes a fixed part (command, seek, controller) plus s / bandwidth, and a rated I/O
 * takes 1 / iops in all, so an I/O of s KiB costs (1 - 4 k) + s k rated I/Os, with k =
 * iops / (1024 x MiB/s) (at most 1/4: then the fixed part is nothing).
 */
export function kibCost(iops: number, mibps: number): number {
  return Math.min(0.25, iops / (1024 * mibps));
}

/** Load in rated I/Os per second of `ops` I/Os per second moving `kib` KiB per second. */
export function ratedLoad(ops: number, kib: number, k: number): number {
  return ops * (1 - RATED_KIB * k) + kib * k;
}

/**
 * Size of one rebuild I/O, KiB: a rebuild copies large sequential extents, 1 MiB per I/O
 * (ZFS's sequential resilver and Ceph's recovery issue I/Os of 1 MiB and more; with this size
 * a rebuild issues as many I/Os as it did when each counted one rated I/O per MiB, and each
 * now weighs its size like any other I/O).
 */
export const REBUILD_IO_KIB = 1024;

/** Load in rated I/Os per second of a rebuild stream copying `mibps` MiB/s in REBUILD_IO_KIB I/Os, on a device whose KiB costs `k`. */
export function rebuildLoad(mibps: number, k: number): number {
  return ratedLoad((mibps * 1024) / REBUILD_IO_KIB, mibps * 1024, k);
}

/** Unloaded latency of an I/O of `kib` KiB, ms: the rated I/O's latency plus the transfer of the rest at `mibps`. */
export function sizedLatency(baseMs: number, mibps: number, kib: number): number {
  return baseMs + ((kib - RATED_KIB) * 1000) / (1024 * mibps);
}
