/**
 * Memory invariants: every frame has one owner or a consistent share count (its refs
 * equal the pages that point at it, and it is free exactly when none do); no page is
 * both resident and swapped (a page's state and its frame agree); the free stack holds
 * exactly the free frames; what the VMs account for adds up to the host's used memory;
 * the balloon and the compression cache stay within their limits.
 */
import type { Topology } from '../kernel/topology';
import { BALLOON_MAX, COMPRESS_CACHE_MAX, FR, MEM_PERIOD, PG, type HostMem, type MemState } from './model';
import { accountVms } from './step';

// Plain module constants: the loops read these instead of the const objects' properties.
const FR_COMPRESSED = FR.compressed;
const FR_FREE = FR.free;
const FR_SHARED = FR.shared;
const FR_USED = FR.used;
const PG_BALLOONED = PG.ballooned;
const PG_COMPRESSED = PG.compressed;
const PG_RESIDENT = PG.resident;

function checkPages(mem: MemState, topo: Topology, counted: Uint16Array[], out: string[]): void {
  topo.vms.forEach((t, v) => {
    const vm = mem.vms[v];
    const h = mem.hosts[t.host];
    const refs = counted[t.host];
    if (vm === undefined || h === undefined || refs === undefined) return void out.push(`VM ${t.id} has no memory state`);
    if (vm.balloonPages > Math.floor(BALLOON_MAX * vm.pages)) out.push(`VM ${t.id} balloon ${vm.balloonPages} > 65 % of ${vm.pages}`);
    if (vm.cacheFrames > Math.floor(COMPRESS_CACHE_MAX * vm.pages) + 1) out.push(`VM ${t.id} compression cache ${vm.cacheFrames} frames > 10 %`);
    let ballooned = 0;
    for (let p = 0; p < vm.pages; p++) ballooned += vm.state[p] === PG_BALLOONED ? 1 : 0;
    if (ballooned !== vm.balloonPages) out.push(`VM ${t.id}: ${ballooned} pages ballooned but the balloon says ${vm.balloonPages}`);
    for (let p = 0; p < vm.pages; p++) {
      const s = vm.state[p];
      const f = vm.frame[p] ?? -1;
      const fs = h.st[f];
      if (s === PG_RESIDENT && (f < 0 || (fs !== FR_USED && fs !== FR_SHARED))) out.push(`VM ${t.id} page ${p} resident without a frame`);
      else if (s === PG_COMPRESSED && (f < 0 || fs !== FR_COMPRESSED)) out.push(`VM ${t.id} page ${p} compressed outside the cache`);
      else if (s !== PG_RESIDENT && s !== PG_COMPRESSED && f >= 0) out.push(`VM ${t.id} page ${p} (state ${s}) still holds frame ${f}`);
      if (f >= 0) refs[f] = (refs[f] ?? 0) + 1;
      if (fs === FR_USED && h.page[f] !== p) out.push(`frame ${f} is VM ${t.id} page ${p}'s but names page ${h.page[f]}`);
      if ((fs === FR_USED || fs === FR_COMPRESSED) && h.owner[f] !== v) out.push(`frame ${f} is private to VM ${t.id} but owned by ${h.owner[f]}`);
    }
  });
}

function checkFrames(h: HostMem, hi: number, refs: Uint16Array, out: string[]): void {
  let free = 0;
  for (let f = 0; f < h.frames; f++) {
    const r = refs[f] ?? 0;
    if (r !== h.refs[f]) out.push(`host ${hi} frame ${f}: ${h.refs[f]} refs recorded, ${r} pages map it`);
    const isFree = h.st[f] === FR_FREE;
    if (isFree !== (r === 0)) out.push(`host ${hi} frame ${f}: state ${h.st[f]} with ${r} pages`);
    if (isFree && h.owner[f] !== -1) out.push(`host ${hi} frame ${f} is free but owned`);
    if (h.st[f] === FR_USED && r !== 1) out.push(`host ${hi} frame ${f} is private with ${r} pages`);
    if (h.st[f] === FR_COMPRESSED && r > 2) out.push(`host ${hi} cache frame ${f} holds ${r} pages`);
    if (isFree) free += 1;
  }
  if (free !== h.freeTop) out.push(`host ${hi}: ${free} free frames but ${h.freeTop} on the free stack`);
  const seen = new Uint8Array(h.frames);
  for (let i = 0; i < h.freeTop; i++) {
    const f = h.freeStack[i] ?? -1;
    if (seen[f] === 1 || h.st[f] !== FR_FREE) out.push(`host ${hi}: free stack entry ${f} is not a free frame`);
    seen[f] = 1;
  }
}

const AUDIT_EVERY = MEM_PERIOD * 5;

/**
 * Memory changes only on the ticks the subsystem works (tick % MEM_PERIOD === 0, seen
 * at the next tick) and through commands, whose carry-over re-derives every frame from
 * the pages; a broken frame table stays broken, so the O(frames) audit runs right after
 * every fifth period (keeping tick-by-tick checks of big worlds affordable), and `always`
 * forces it (the memory tests audit after every period and every command).
 */
export function checkMemory(mem: MemState, topo: Topology, tick: number, always = false): string[] {
  if (!always && tick % AUDIT_EVERY !== 1) return [];
  const out: string[] = [];
  if (mem.hosts.length !== topo.hosts.length || mem.vms.length !== topo.vms.length) return ['memory state does not match the topology'];
  const counted = mem.hosts.map((h) => new Uint16Array(h.frames));
  checkPages(mem, topo, counted, out);
  mem.hosts.forEach((h, hi) => checkFrames(h, hi, counted[hi] ?? new Uint16Array(0), out));
  const acc = accountVms(mem, topo);
  mem.hosts.forEach((h, hi) => {
    let sum = 0;
    topo.vms.forEach((t, v) => (sum += t.host === hi ? (acc[v] ?? 0) : 0));
    const used = (h.frames - h.freeTop) * h.pageMiB;
    if (Math.abs(sum - used) > 1e-6 * Math.max(1, used)) out.push(`host ${hi}: VMs account for ${sum} MiB but ${used} MiB of frames are used`);
  });
  return out;
}
