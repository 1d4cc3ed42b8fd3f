/**
 * Frame bookkeeping on one host: allocate from the free stack, map a guest page to a
 * frame, unmap it, and the content index that page sharing searches. Every function
 * here mutates the typed arrays of a state that `step` already owns (the hot path).
 * A frame's `refs` always equals the number of pages pointing at it; a frame is free
 * exactly when its refs are 0, and then it sits on the free stack.
 */
import { FR, OWNER_MANY, PG, type HostMem, type VmMem } from './model';

// Plain module constants: the hot loops read these instead of the const objects' properties.
const FR_COMPRESSED = FR.compressed;
const FR_FREE = FR.free;
const FR_SHARED = FR.shared;
const FR_USED = FR.used;
const PG_RESIDENT = PG.resident;

export function allocFrame(h: HostMem): number {
  if (h.freeTop === 0) return -1;
  h.freeTop -= 1;
  return h.freeStack[h.freeTop] ?? -1;
}

function releaseFrame(h: HostMem, f: number): void {
  unindex(h, f);
  h.owner[f] = -1;
  h.st[f] = FR_FREE;
  h.refs[f] = 0;
  h.page[f] = -1;
  h.freeStack[h.freeTop] = f;
  h.freeTop += 1;
}

/** Give guest page p of VM v a fresh private frame (false when none is free). */
export function mapNew(h: HostMem, v: number, vm: VmMem, p: number, tick: number): boolean {
  const f = allocFrame(h);
  if (f < 0) return false;
  h.owner[f] = v;
  h.st[f] = FR_USED;
  h.refs[f] = 1;
  h.page[f] = p;
  h.born[f] = tick;
  h.lastUse[f] = tick;
  h.refBit[f] = 1;
  vm.frame[p] = f;
  vm.state[p] = PG_RESIDENT;
  vm.lastUse[p] = tick;
  return true;
}

/** Drop page p's claim on whatever frame it uses (resident or compressed); the page keeps its state. */
export function unmap(h: HostMem, vm: VmMem, p: number): void {
  const f = vm.frame[p] ?? -1;
  vm.frame[p] = -1;
  if (f < 0) return;
  const r = (h.refs[f] ?? 1) - 1;
  h.refs[f] = r;
  if (h.st[f] === FR_USED) h.page[f] = -1;
  if (r > 0) return;
  if (h.st[f] === FR_COMPRESSED && vm.cacheOpen === f) vm.cacheOpen = -1;
  if (h.st[f] === FR_COMPRESSED) vm.cacheFrames -= 1;
  releaseFrame(h, f);
}

// ---- the content index (chained hash over frames) ----

function bucket(h: HostMem, key: number): number {
  // Fold the float key into 32 bits, then a multiplicative hash.
  const lo = key >>> 0;
  const hi = Math.floor(key / 4294967296) >>> 0;
  return (Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b) >>> 0) & (h.head.length - 1);
}

export function index(h: HostMem, f: number, key: number): void {
  const b = bucket(h, key);
  h.key[f] = key;
  h.next[f] = h.head[b] ?? -1;
  h.head[b] = f;
}

export function unindex(h: HostMem, f: number): void {
  const key = h.key[f] ?? -1;
  if (key < 0) return;
  const b = bucket(h, key);
  let prev = -1;
  let cur = h.head[b] ?? -1;
  while (cur >= 0 && cur !== f) {
    prev = cur;
    cur = h.next[cur] ?? -1;
  }
  if (cur === f) {
    if (prev < 0) h.head[b] = h.next[f] ?? -1;
    else h.next[prev] = h.next[f] ?? -1;
  }
  h.key[f] = -1;
  h.next[f] = -1;
}

export function lookup(h: HostMem, key: number): number {
  let cur = h.head[bucket(h, key)] ?? -1;
  while (cur >= 0 && h.key[cur] !== key) cur = h.next[cur] ?? -1;
  return cur;
}

/** Point page p (VM v) at an existing frame holding the same content, freeing its own. */
export function shareInto(h: HostMem, v: number, vm: VmMem, p: number, target: number): void {
  unmap(h, vm, p);
  vm.frame[p] = target;
  vm.state[p] = PG_RESIDENT;
  h.refs[target] = (h.refs[target] ?? 0) + 1;
  if (h.st[target] === FR_USED) h.page[target] = -1;
  h.st[target] = FR_SHARED;
  if (h.owner[target] !== v) h.owner[target] = OWNER_MANY;
}
