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
