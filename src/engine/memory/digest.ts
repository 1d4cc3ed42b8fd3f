/**
 * The memory part's digest: one number that changes whenever anything in it does (the
 * frame grids and page maps folded word by word: they are large). A leaf module, so the
 * main thread can digest snapshots without loading the memory model (digest.ts).
 */
import { foldU32 } from '../kernel/digest';
import type { MemorySnapshot } from './snapshot';

/** Fold a typed array into h word by word (4x fewer steps than bytes: the grid is large). */
function foldWords(h: number, a: ArrayBufferView): number {
  const aligned = a.byteOffset % 4 === 0;
  const words = aligned ? Math.floor(a.byteLength / 4) : 0;
  const w = new Uint32Array(a.buffer, a.byteOffset, words);
  let x = h;
  for (let i = 0; i < words; i++) x = Math.imul(x ^ (w[i] ?? 0), 0x01000193);
  const tail = new Uint8Array(a.buffer, a.byteOffset + words * 4, a.byteLength - words * 4);
  for (let i = 0; i < tail.length; i++) x = Math.imul(x ^ (tail[i] ?? 0), 0x01000193);
  return x;
}

/** One number that changes whenever anything in the memory snapshot does (for snapshotDigest). */
export function memoryHash(m: MemorySnapshot): number {
  let h = 0x811c9dc5;
  const num = (n: number): void => {
    h = Math.imul(h ^ (n | 0), 0x01000193);
    h = Math.imul(h ^ Math.floor(n / 4294967296), 0x01000193);
  };
  for (const host of m.hosts) {
    h = foldWords(foldWords(h, host.owner), host.st);
    for (const n of [host.state, host.freeFrames, host.sharedTotal, host.compressedTotal, host.swappedTotal, host.ballooned, host.blockedAllocs]) num(n);
  }
  for (const v of m.vms) {
    h = foldWords(foldWords(h, v.frame), v.state);
    for (const n of [v.balloonPages, v.lastPage, ...Object.values(v.c)]) num(n);
  }
  return h >>> 0;
}

/** Fold the memory part into the running digest (its hash, as one number). */
export function digestMemoryPart(part: { memory: MemorySnapshot }, h: number): number {
  return foldU32(h, memoryHash(part.memory));
}
