/**
 * The figures of a VM's "waiting on memory" line: the vCPU time lost so far and what one
 * swap-in costs, priced as the engine prices it (memory/access.ts pageReadMs): one disk
 * read per 4 KiB of the page, each taking the VM's storage latency now (the channel's
 * I/O latency, in the snapshot as storage.vmLatencyMs), a local SSD's REF_IO_MS before it
 * has one. Pure.
 */
import { REF_IO_MS } from '../../engine';

/** 4 KiB reads per MiB of a page. */
const READS_PER_MIB = 256;

export interface StallCounters {
  stallMs: number;
  swapIns: number;
  decompressions: number;
  blockedStalls: number;
}

/** The memory.stall sentence's parameters; `read` is shown with two decimals and `ms` is worked out from it, so the sentence's sum holds. */
export function stallParams(c: StallCounters, pageMiB: number, latencyMs: number): { s: string; si: number; dec: number; blk: number; ms: number; read: number; mib: number } {
  const read = latencyMs > 0 ? Math.round(latencyMs * 100) / 100 : REF_IO_MS;
  return { s: (c.stallMs / 1000).toFixed(1), si: c.swapIns, dec: c.decompressions, blk: c.blockedStalls, ms: Math.round(pageMiB * READS_PER_MIB * read), read, mib: pageMiB };
}
