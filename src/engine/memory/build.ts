/**
 * Building the memory state for a topology, and carrying it over when a command edits
 * the scenario (a VM added or removed, a hypervisor option changed, a VM migrated):
 * surviving VMs keep their pages, and each host's frame arrays are re-derived from those
 * pages, so frames of a removed VM become free and share counts stay exact. A VM that
 * changed host (live migration) arrives with its memory resident (arrive.ts).
 */
import type { HostTopo, Topology } from '../kernel/topology';
import { GUEST_OS_MIB } from '../kernel/workload';
import { emptyCounters, FR, OWNER_MANY, MAX_FRAMES, PG, TARGET_FRAMES, type HostMem, type MemState, type VmMem } from './model';
import { shareKey } from './content';
import { index } from './frames';
import { arriving, land } from './arrive';

/** ESXi minFree: 899 MB for the first 28 GB plus 1 % of the rest (DOMAIN.md), scaled down below 28 GB. */
export function minFreeMiB(host: HostTopo): number {
  const set = host.hypervisor.memory.minFreeMiB;
  if (set > 0) return set;
  const first = 28 * 1024;
  return 899 * Math.min(1, host.memoryMiB / first) + 0.01 * Math.max(0, host.memoryMiB - first);
}

export function pageScale(memoryMiB: number, asked: number): number {
  let s = Math.max(1, asked);
  while (memoryMiB / s > (asked > 0 ? MAX_FRAMES : TARGET_FRAMES)) s *= 2;
  return s;
}

function buildHost(host: HostTopo): HostMem {
  const pageMiB = pageScale(host.memoryMiB, host.hypervisor.memory.pageMiB);
  const frames = Math.floor(host.memoryMiB / pageMiB);
  let buckets = 1;
  while (buckets < frames) buckets *= 2;
  const freeStack = new Int32Array(frames);
  for (let i = 0; i < frames; i++) freeStack[i] = frames - 1 - i;
  return {
    pageMiB,
    frames,
    minFreeFrames: Math.max(1, Math.round(minFreeMiB(host) / pageMiB)),
    state: 0,
    owner: new Int16Array(frames).fill(-1),
    st: new Uint8Array(frames),
    refs: new Uint16Array(frames),
    lastUse: new Int32Array(frames),
    born: new Int32Array(frames),
    refBit: new Uint8Array(frames),
    freeStack,
    freeTop: frames,
    hand: 0,
    page: new Int32Array(frames).fill(-1),
    key: new Float64Array(frames).fill(-1),
    head: new Int32Array(buckets).fill(-1),
    next: new Int32Array(frames).fill(-1),
    shareVm: 0,
    sharePage: 0,
    blockedAllocs: 0,
    stateLog: [],
    saidAt: new Int32Array(12).fill(-1_000_000),
    sharedTotal: 0,
    compressedTotal: 0,
    swappedTotal: 0,
    ballooned: 0,
  };
}

function buildVm(topo: Topology, v: number, hosts: HostMem[]): VmMem {
  const vm = topo.vms[v];
  const pageMiB = hosts[vm?.host ?? 0]?.pageMiB ?? 1;
  const pages = Math.max(1, Math.ceil((vm?.memoryMiB ?? 64) / pageMiB));
  const osMiB = Math.min(vm?.memoryMiB ?? 64, GUEST_OS_MIB[vm?.guestOs ?? 'linux']);
  const vcpus = vm?.vcpus ?? 1;
  return {
    pages,
    osPages: Math.min(pages, Math.ceil(osMiB / pageMiB)),
    wsPages: 0,
    state: new Uint8Array(pages),
    frame: new Int32Array(pages).fill(-1),
    content: new Float64Array(pages),
    lastUse: new Int32Array(pages),
    balloonTarget: 0,
    balloonPages: 0,
    guestHand: 0,
    ref: new Uint8Array(pages),
    growCursor: 0,
    cacheOpen: -1,
    cacheFrames: 0,
    // Allocated when the guest first runs (runGuest): a powered-off VM costs no TLB memory.
    tlb: new Int32Array(0),
    ranLast: new Uint8Array(vcpus),
    c: emptyCounters(),
  };
}

export function buildMemory(topo: Topology): MemState {
  const hosts = topo.hosts.map(buildHost);
  return { hosts, vms: topo.vms.map((_, v) => buildVm(topo, v, hosts)), lastPage: new Int32Array(topo.vms.length).fill(-1), nextContent: 1 };
}

/** Memory for an edited topology, keeping every surviving VM's pages (prev is not modified). */
export function carryMemory(prev: MemState, prevTopo: Topology, topo: Topology): MemState {
  const next = buildMemory(topo);
  next.nextContent = prev.nextContent;
  const oldVm = new Map(prevTopo.vms.map((vm, i) => [vm.id, i]));
  const moved: number[] = [];
  topo.vms.forEach((vm, v) => {
    const o = oldVm.get(vm.id);
    const old = o === undefined ? undefined : prev.vms[o];
    const oldTopo = o === undefined ? undefined : prevTopo.vms[o];
    const sameSize = old !== undefined && oldTopo?.memoryMiB === vm.memoryMiB;
    const same = sameSize && prevTopo.hosts[oldTopo.host]?.id === topo.hosts[vm.host]?.id;
    const fresh = next.vms[v];
    if (sameSize && !same && fresh !== undefined && o !== undefined) {
      next.vms[v] = arriving(old, fresh);
      next.lastPage[v] = -1;
      moved.push(v);
      return;
    }
    if (!same || fresh === undefined || o === undefined) return;
    const copy = structuredClone(old);
    const entries = (topo.hosts[vm.host]?.hypervisor.memory.tlbEntries ?? 64) * vm.vcpus;
    if (copy.tlb.length !== entries) copy.tlb = new Int32Array(0);
    next.vms[v] = copy;
    next.lastPage[v] = prev.lastPage[o] ?? -1;
  });
  topo.hosts.forEach((host, hi) => {
    const oh = prevTopo.hosts.findIndex((x) => x.id === host.id);
    const old = prev.hosts[oh];
    const h = next.hosts[hi];
    if (old === undefined || h === undefined || old.frames !== h.frames) return;
    Object.assign(h, { state: old.state, hand: old.hand, blockedAllocs: old.blockedAllocs, sharedTotal: old.sharedTotal, compressedTotal: old.compressedTotal, swappedTotal: old.swappedTotal, ballooned: old.ballooned });
    h.lastUse.set(old.lastUse);
    h.born.set(old.born);
    h.refBit.set(old.refBit);
    h.saidAt.set(old.saidAt);
    h.stateLog = old.stateLog.slice();
  });
  rederiveFrames(next, topo);
  for (const v of moved) {
    const t = topo.vms[v];
    const h = next.hosts[t?.host ?? -1];
    const vm = next.vms[v];
    if (t !== undefined && h !== undefined && vm !== undefined) land(h, v, vm, topo.hosts[t.host]?.hypervisor.memory.interVmSharing ?? false);
  }
  return next;
}

/** Rebuild every host's frame arrays from the pages that point at them (mutates mem). */
export function rederiveFrames(mem: MemState, topo: Topology): void {
  mem.hosts.forEach((h) => {
    h.owner.fill(-1);
    h.st.fill(FR.free);
    h.refs.fill(0);
    h.page.fill(-1);
    h.key.fill(-1);
    h.head.fill(-1);
    h.next.fill(-1);
  });
  topo.vms.forEach((t, v) => {
    const vm = mem.vms[v];
    const h = mem.hosts[t.host];
    if (vm === undefined || h === undefined) return;
    vm.cacheFrames = 0;
    for (let p = 0; p < vm.pages; p++) claim(h, v, vm, p);
  });
  mem.hosts.forEach((h, hi) => {
    h.freeTop = 0;
    for (let f = h.frames - 1; f >= 0; f--) if (h.refs[f] === 0) h.freeStack[h.freeTop++] = f;
    const inter = topo.hosts[hi]?.hypervisor.memory.interVmSharing ?? false;
    for (let f = 0; f < h.frames; f++) indexFrame(h, f, inter, mem, topo);
  });
}

function claim(h: HostMem, v: number, vm: VmMem, p: number): void {
  const f = vm.frame[p] ?? -1;
  if (f < 0 || f >= h.frames) return;
  const s = vm.state[p];
  const r = h.refs[f] ?? 0;
  h.refs[f] = r + 1;
  if (s === PG.compressed) {
    if (r === 0) vm.cacheFrames += 1;
    h.st[f] = FR.compressed;
    h.owner[f] = v;
    return;
  }
  if (r === 0) {
    h.st[f] = FR.used;
    h.owner[f] = v;
    h.page[f] = p;
    return;
  }
  h.st[f] = FR.shared;
  h.page[f] = -1;
  if (h.owner[f] !== v) h.owner[f] = OWNER_MANY;
}

function indexFrame(h: HostMem, f: number, inter: boolean, mem: MemState, topo: Topology): void {
  if (h.st[f] !== FR.used) return;
  const o = h.owner[f] ?? -1;
  const p = h.page[f] ?? -1;
  const vm = mem.vms[o];
  if (vm === undefined || p < 0 || topo.vms[o] === undefined) return;
  index(h, f, shareKey(vm.content[p] ?? 0, o, inter));
}
