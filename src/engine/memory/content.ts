/**
 * What a page holds, reduced to a number: equal numbers mean identical 4 KiB of bytes,
 * which is what page sharing's content hash finds. A guest OS's own pages are the same
 * in every VM running that OS (identical guests share them); 0 is a zero page; any other
 * page gets a fresh unique value when it is first written. Whether a page compresses to
 * 2 KiB or less is a fixed property of its content.
 */
import { nextFloat, type RngState } from '../kernel/rng';
import { COMPRESSIBLE, type MemState } from './model';

const OS_CODES = { linux: 1, windows: 2, bsd: 3 } as const;
/** Unique contents start above every OS-image key. */
const UNIQUE_BASE = 2 ** 32;
/** Share of freshly touched data pages that are all zeros (guests zero memory before use). */
const ZERO_SHARE = 0.15;

export function osContent(os: keyof typeof OS_CODES, page: number): number {
  return OS_CODES[os] * 2 ** 24 + page + 1;
}

/** A new data page's content: a zero page, or something no other page holds. Mutates rng and mem. */
export function freshContent(mem: MemState, rng: RngState, allowZero = true): number {
  if (allowZero && nextFloat(rng) < ZERO_SHARE) return 0;
  mem.nextContent += 1;
  return UNIQUE_BASE + mem.nextContent;
}

/** Within-VM sharing keys carry the VM, so only between-VM sharing can match across VMs. */
export function shareKey(content: number, vm: number, interVm: boolean): number {
  return interVm ? content : content + (vm + 1) * 2 ** 44;
}

export function compressible(content: number): boolean {
  if (content === 0) return true;
  const x = Math.imul((content % 4294967296) >>> 0, 0x9e3779b1) >>> 0;
  return x / 4294967296 < COMPRESSIBLE;
}
