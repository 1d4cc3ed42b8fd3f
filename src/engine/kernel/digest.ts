/**
 * FNV-1a folding helpers for snapshot digests (digest.ts): every subsystem folds its
 * snapshot part into one running 32-bit hash with these, so a digest is one stream and
 * any change anywhere shows; and the kernel's own part, which starts every digest. Pure
 * functions; h is the running state. A leaf module (the main thread digests snapshots).
 */
import type { KernelSnapshot } from './snapshot';
import type { Topology } from './topology';

export const FNV_OFFSET = 0x811c9dc5;
const PRIME = 0x01000193;

/** Fold the four bytes of a 32-bit number, low byte first. */
export function foldU32(h0: number, x: number): number {
  let h = Math.imul(h0 ^ (x & 0xff), PRIME);
  h = Math.imul(h ^ ((x >>> 8) & 0xff), PRIME);
  h = Math.imul(h ^ ((x >>> 16) & 0xff), PRIME);
  return Math.imul(h ^ (x >>> 24), PRIME);
}

/** Fold every byte of a typed array's view. */
export function foldBytes(h0: number, a: ArrayBufferView): number {
  const u = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  let h = h0;
  for (let i = 0; i < u.length; i++) h = Math.imul(h ^ (u[i] ?? 0), PRIME);
  return h;
}

/** Fold the UTF-16 code units of a text (plain data is folded as its JSON). */
export function foldText(h0: number, text: string): number {
  let h = h0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), PRIME);
  return h;
}

/** A 32-bit FNV-1a hash of a text. */
export function hashText(text: string): number {
  return foldText(FNV_OFFSET, text) >>> 0;
}

/** Topologies change rarely; hash each one once (a pure cache keyed by the object). */
const topologyHashes = new WeakMap<Topology, number>();

function topologyHash(t: Topology): number {
  const cached = topologyHashes.get(t);
  if (cached !== undefined) return cached;
  const h = hashText(JSON.stringify(t));
  topologyHashes.set(t, h);
  return h;
}

/** The start of a snapshot's digest: the kernel's part (subsystems fold theirs after it). */
export function kernelDigest(s: KernelSnapshot): number {
  let h = foldU32(FNV_OFFSET, s.tick);
  h = foldU32(h, topologyHash(s.topology));
  for (const a of [s.ent.state, s.ent.pcpu, s.ent.util, s.ent.run, s.ent.ready, s.ent.wait, s.pcpu.ent, s.pcpu.util, s.vms.power, s.vms.memUsedMiB, s.containers.power]) h = foldBytes(h, a);
  h = foldU32(h, s.counters.contextSwitches);
  for (const q of s.queues) for (const e of q) h = foldU32(h, e);
  for (const e of s.events) h = foldU32(h, e.seq);
  return h;
}
