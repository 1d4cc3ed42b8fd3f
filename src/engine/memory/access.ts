/**
 * The guest side, sampled once per MEM_PERIOD: a running VM grows its working set by
 * first-touching pages, and each running vCPU makes a few memory accesses with locality
 * (80 % to a hot fifth of the working set, which drifts slowly; kernel/workload.ts). Each access goes
 * through the vCPU's TLB; a miss costs a page walk (4 references under shadow and
 * direct paging, up to 24 under nested paging), and the page may fault: a first touch
 * (guest fault + EPT violation), a swapped or compressed page (hypervisor fault), or a
 * write to a shared page (copy-on-write break). The paging mode is the host's effective
 * one (kernel/paging.ts: it follows the technique, so a binary-translation host always
 * shadows and a paravirtual one pages directly, whatever its translation setting). What
 * translation costs reaches the channel for virt to charge as CPU time: shadow paging's
 * exits, nested paging's walks and EPT violations; direct paging's page-table updates are
 * hypercalls, already in the paravirtual technique's instruction mix (virt's costModel).
 * Mutates the state it is given.
 */
import { IO_LATENCY, MEM_STALL, meter, PAGING_EXITS, PAGING_WALKS } from '../kernel/channel';
import { pushEvent } from '../kernel/events';
import { nextFloat, nextInt } from '../kernel/rng';
import { ENT, POWER } from '../kernel/codes';
import { exitsFlushTlb, pagingOfHost, tlbTaggedOf, type PagingMode } from '../kernel/paging';
import type { MemWorld } from './model';
import { HOT_PROB, HOT_SHARE, PHASE_KINDS, PROFILES, REF_IO_MS, VM_BOOT_TICKS, WRITE_SHARE } from '../kernel/workload';
import { freshContent, osContent } from './content';
import { mapNew, unmap } from './frames';
import { ACCESS_RUN, DECOMPRESS_MS, FR, MEM_PERIOD, PG, SMALL_PAGES_PER_MIB, walkRefs, ACCESSES_PER_VCPU, WALKS_PER_SAMPLED_MISS, type HostMem, type VmMem } from './model';

const ACCESSES = ACCESSES_PER_VCPU;

/** A host's memory settings (its hypervisor's). */
type MemCfg = MemWorld['topology']['hosts'][number]['hypervisor']['memory'];

// Plain module constants: the hot loops read these instead of the const objects' properties.
const ENT_RUNNING = ENT.running;
const FR_SHARED = FR.shared;
const PG_BALLOONED = PG.ballooned;
const PG_COMPRESSED = PG.compressed;
const PG_RESIDENT = PG.resident;
const PG_SWAPPED = PG.swapped;
const PG_UNTOUCHED = PG.untouched;
const POWER_BOOTING = POWER.booting;
const POWER_OFF = POWER.off;

const TLB_WAYS = 4;
/** Share of the memory beyond the working set that the guest uses as page cache. */
const PAGE_CACHE = 0.6;

/** Working set the guest wants now, in pages (OS pages plus the workload's active share). */
export function workingSet(st: MemWorld, v: number, vm: VmMem): number {
  const power = st.vmPower[v];
  const t = st.topology.vms[v];
  if (power === POWER_OFF || t === undefined) return 0;
  if (power === POWER_BOOTING) return Math.ceil(vm.osPages * (1 - (st.vmBootLeft[v] ?? 0) / VM_BOOT_TICKS));
  const active = PROFILES[PHASE_KINDS[st.ent.phaseKind[t.entOffset] ?? 0] ?? 'idle'].active;
  return Math.min(vm.pages, Math.ceil(vm.osPages + (vm.pages - vm.osPages) * active));
}

/**
 * Count `n` shadow-paging exits caused by vCPU e and post them on the channel, where virt
 * prices each as one VM exit and charges it to e as pCPU time (one exit, one charge).
 */
function shadowExits(st: MemWorld, vm: VmMem, e: number, n: number): void {
  vm.c.exits += n;
  post(st, PAGING_EXITS, e, n);
}

/** Post `n` exits or walks caused by vCPU e on the channel flow `id` (virt prices and charges them). */
function post(st: MemWorld, id: string, e: number, n: number): void {
  const m = meter(st, id);
  m[e] = (m[e] ?? 0) + n;
}

/** Bring page p in (first touch, swap-in, decompression) for vCPU e under paging `mode`; false when no frame could be had. */
export function fault(st: MemWorld, h: HostMem, v: number, vm: VmMem, p: number, mode: PagingMode, e: number): boolean {
  const s = vm.state[p];
  if (s === PG_RESIDENT || s === PG_BALLOONED) return true;
  if (h.state >= 4 && s === PG_UNTOUCHED) {
    h.blockedAllocs += 1;
    return false;
  }
  if (s === PG_COMPRESSED) unmap(h, vm, p);
  if (!mapNew(h, v, vm, p, st.tick)) {
    if (s === PG_COMPRESSED) vm.state[p] = PG_SWAPPED; // the cache slot is gone; the page lives in swap now
    h.blockedAllocs += 1;
    return false;
  }
  vm.c.hvFaults += 1;
  // Under nested paging a hypervisor fault is an EPT violation: one VM exit.
  if (mode === 'nested') post(st, PAGING_EXITS, e, 1);
  narrateFault(st, h, v, p, s, mode);
  if (s === PG_UNTOUCHED) {
    const os = st.topology.vms[v]?.guestOs ?? 'linux';
    vm.content[p] = p < vm.osPages ? osContent(os, p) : freshContent(st.memory, st.rng);
    vm.c.guestFaults += 1;
    // The guest writes a PTE for each 4 KiB page of it: each write traps under shadow paging
    // (under direct paging it is a batched hypercall, in the paravirtual instruction mix).
    if (mode === 'shadow') shadowExits(st, vm, e, h.pageMiB * SMALL_PAGES_PER_MIB);
  } else if (s === PG_SWAPPED) vm.c.swapIns += 1;
  else vm.c.decompressions += 1;
  return true;
}

/** Slot in HostMem.saidAt for fault narration, and how often (ticks) a host narrates one. */
const FAULT_SLOT = 7;
const FAULT_EVERY = 1000;
const FAULT_KEYS = ['memory.event.faultFirst', '', 'memory.event.faultDecompress', 'memory.event.faultSwapIn'];

/** Now and then, tell one fault's story (a detail event: faults are far too many to narrate each). */
function narrateFault(st: MemWorld, h: HostMem, v: number, p: number, s: number | undefined, mode: PagingMode): void {
  if (st.tick - (h.saidAt[FAULT_SLOT] ?? 0) < FAULT_EVERY) return;
  h.saidAt[FAULT_SLOT] = st.tick;
  const vm = st.memory.vms[v];
  const key = FAULT_KEYS[s ?? 1] ?? '';
  if (key === '' || vm === undefined) return;
  pushEvent(st.events, st.tick, 'detail', key, { vm: st.topology.vms[v]?.name ?? '', page: `0x${p.toString(16)}`, frame: `0x${(vm.frame[p] ?? 0).toString(16)}`, how: `memory.fault.${mode}` });
}

function tlbLookup(vm: VmMem, cpu: number, entries: number, p: number): boolean {
  const sets = Math.max(1, Math.floor(entries / TLB_WAYS));
  const base = cpu * entries + (p % sets) * TLB_WAYS;
  const tag = p + 1;
  for (let w = 0; w < TLB_WAYS; w++) {
    if (vm.tlb[base + w] !== tag) continue;
    for (let k = w; k > 0; k--) vm.tlb[base + k] = vm.tlb[base + k - 1] ?? 0;
    vm.tlb[base] = tag;
    return true;
  }
  for (let k = TLB_WAYS - 1; k > 0; k--) vm.tlb[base + k] = vm.tlb[base + k - 1] ?? 0;
  vm.tlb[base] = tag;
  return false;
}

function pickPage(st: MemWorld, vm: VmMem, ws: number): number {
  const hot = Math.max(1, Math.floor(ws * HOT_SHARE));
  const drift = Math.floor(st.tick / 2000) % Math.max(1, ws);
  if (nextFloat(st.rng) < HOT_PROB) return (drift + nextInt(st.rng, 0, hot - 1)) % ws;
  return nextInt(st.rng, 0, ws - 1);
}

/** Ms one disk read of a page takes for VM v: its storage's latency (published on the channel), else a local SSD. */
export function pageReadMs(st: MemWorld, v: number): number {
  const l = meter(st, IO_LATENCY)[st.topology.vms[v]?.entOffset ?? -1] ?? 0;
  return l > 0 ? l : REF_IO_MS;
}

/** Charge vCPU e of VM v `ms` of waiting on memory (the CPU takes it from the channel). */
export function chargeStall(st: MemWorld, vm: VmMem, e: number, ms: number): void {
  const m = meter(st, MEM_STALL);
  m[e] = (m[e] ?? 0) + ms;
  vm.c.stallMs += ms;
}

/** One access by vCPU `cpu` of VM v, on a host with memory settings `cfg` and paging `mode` (mutates). */
function access(st: MemWorld, h: HostMem, v: number, vm: VmMem, cpu: number, ws: number, cfg: MemCfg, mode: PagingMode): void {
  if (ws <= 0) return;
  const p = pickPage(st, vm, ws);
  vm.c.accesses += ACCESS_RUN;
  st.memory.lastPage[v] = p;
  const e = (st.topology.vms[v]?.entOffset ?? 0) + cpu;
  const small = h.pageMiB * SMALL_PAGES_PER_MIB;
  if (vm.state[p] === PG_BALLOONED) {
    vm.c.guestFaults += 1; // the balloon holds it: the guest pages from its own swap instead
    chargeStall(st, vm, e, small * pageReadMs(st, v));
    return;
  }
  // A run of ACCESS_RUN accesses to the page: only the first can miss.
  if (tlbLookup(vm, cpu, cfg.tlbEntries, p)) vm.c.tlbHits += ACCESS_RUN;
  else {
    vm.c.tlbHits += ACCESS_RUN - 1;
    vm.c.tlbMisses += 1;
    vm.c.walkRefs += walkRefs(mode, cfg.largePages);
    // A nested walk reads up to 24 references where a native one reads 4: CPU time, charged by virt.
    if (mode === 'nested') post(st, PAGING_WALKS, e, WALKS_PER_SAMPLED_MISS);
  }
  const before = vm.state[p];
  if (!fault(st, h, v, vm, p, mode, e)) {
    vm.c.blockedStalls += 1;
    chargeStall(st, vm, e, MEM_PERIOD); // no frame: the allocation waits for the next reclaim pass
    return;
  }
  if (before === PG_SWAPPED) chargeStall(st, vm, e, small * pageReadMs(st, v));
  else if (before === PG_COMPRESSED) chargeStall(st, vm, e, small * DECOMPRESS_MS);
  const f = vm.frame[p] ?? -1;
  vm.lastUse[p] = st.tick;
  vm.ref[p] = 1;
  h.lastUse[f] = st.tick;
  h.refBit[f] = 1;
  if (nextFloat(st.rng) < WRITE_SHARE && h.st[f] === FR_SHARED) breakCow(st, h, v, vm, p, mode === 'nested' ? e : -1);
}

/** A write to a shared page: the hypervisor gives the writer its own copy (under nested paging, vCPU `ept` takes an EPT violation; -1 otherwise). */
function breakCow(st: MemWorld, h: HostMem, v: number, vm: VmMem, p: number, ept: number): void {
  const old = vm.frame[p] ?? -1;
  unmap(h, vm, p);
  if (!mapNew(h, v, vm, p, st.tick)) {
    // No frame for the copy: keep reading the shared one.
    vm.frame[p] = old;
    h.refs[old] = (h.refs[old] ?? 0) + 1;
    vm.state[p] = PG_RESIDENT;
    return;
  }
  vm.content[p] = freshContent(st.memory, st.rng, false);
  vm.c.cowBreaks += 1;
  vm.c.hvFaults += 1;
  if (ept >= 0) post(st, PAGING_EXITS, ept, 1);
}

/** Grow the working set, then sample accesses for every running vCPU (mutates). */
export function runGuest(st: MemWorld, v: number): void {
  const t = st.topology.vms[v];
  const vm = st.memory.vms[v];
  const h = t === undefined ? undefined : st.memory.hosts[t.host];
  const hv = t === undefined ? undefined : st.topology.hosts[t.host]?.hypervisor;
  if (t === undefined || vm === undefined || h === undefined || hv === undefined) return;
  const cfg = hv.memory;
  if (vm.tlb.length !== t.vcpus * cfg.tlbEntries) vm.tlb = new Int32Array(t.vcpus * cfg.tlbEntries);
  const ws = workingSet(st, v, vm);
  vm.wsPages = ws;
  const grow = Math.max(1, Math.ceil(vm.pages / 150));
  const mode = pagingOfHost(hv);
  // Beyond its working set a guest fills part of its free memory with page cache: touched, then cold.
  const touched = st.vmPower[v] === POWER_BOOTING ? ws : ws + Math.floor((vm.pages - ws) * PAGE_CACHE);
  for (let n = 0; n < grow && vm.growCursor < touched; vm.growCursor++) {
    if (vm.state[vm.growCursor] !== PG_UNTOUCHED) continue;
    if (!fault(st, h, v, vm, vm.growCursor, mode, t.entOffset)) break;
    n += 1;
  }
  const tagged = tlbTaggedOf(hv);
  const exitsFlush = exitsFlushTlb(hv);
  for (let c = 0; c < t.vcpus; c++) {
    const e = t.entOffset + c;
    const running = st.ent.state[e] === ENT_RUNNING;
    if (running && vm.ranLast[c] === 0) switchIn(st, vm, c, e, cfg.tlbEntries, tagged, mode === 'shadow');
    else if (running && exitsFlush) flushTlb(vm, c, cfg.tlbEntries); // it exited since the last sample: each VM exit and entry flushed it
    vm.ranLast[c] = running ? 1 : 0;
    if (!running) continue;
    // The guest's own context switches load CR3 too, but those are in its technique's
    // instruction mix (virt's costModel: page-table writes and CR3 loads), charged there.
    for (let a = 0; a < ACCESSES; a++) access(st, h, v, vm, c, ws, cfg, mode);
  }
}

/**
 * A vCPU was switched onto a pCPU: reloading its shadow root traps under shadow paging
 * (under nested and direct paging the hypervisor loads the guest's own root, no trap);
 * an untagged TLB starts empty (kernel/paging.ts: tlbTaggedOf; first-generation VT-x
 * has no VPID). Under hardware assistance an untagged TLB is also flushed by every VM exit
 * and entry; a running vCPU exits many times between two samples (MEM_PERIOD, 20 ms: its
 * timer interrupts alone exit), so each sample after the first finds it flushed.
 */
function switchIn(st: MemWorld, vm: VmMem, c: number, e: number, entries: number, tagged: boolean, shadow: boolean): void {
  if (shadow) shadowExits(st, vm, e, 1);
  if (!tagged) flushTlb(vm, c, entries);
}

/** Empty vCPU c's TLB (an untagged TLB across a world switch, or a VM exit and entry without VPID). */
function flushTlb(vm: VmMem, c: number, entries: number): void {
  vm.tlb.fill(0, c * entries, (c + 1) * entries);
  vm.c.tlbFlushes += 1;
}

