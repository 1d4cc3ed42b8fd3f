/**
 * What the memory lens sees of the memory state: per host the frame grid (owner and
 * state as typed-array copies, for the transfer list) with the ESXi state and its
 * thresholds; per VM its page map (for the translation walk), exact per-state page
 * counts and the counters (TLB, walks, exits, faults). Counting pages here, once per
 * snapshot, keeps the per-tick engine free of bookkeeping.
 */
import type { Topology } from '../kernel/topology';
import { FR, PG, type MemState, type VmCounters } from './model';
import { accountVms } from './step';

// Plain module constants: the loops read these instead of the const objects' properties.
const FR_SHARED = FR.shared;
const PG_BALLOONED = PG.ballooned;
const PG_COMPRESSED = PG.compressed;
const PG_RESIDENT = PG.resident;
const PG_SWAPPED = PG.swapped;

export interface HostMemSnapshot {
  pageMiB: number;
  frames: number;
  minFreeFrames: number;
  freeFrames: number;
  state: number;
  owner: Int16Array;
  st: Uint8Array;
  sharedTotal: number;
  compressedTotal: number;
  swappedTotal: number;
  ballooned: number;
  blockedAllocs: number;
  /** The last state changes, (tick, state) pairs oldest first (HostMem.stateLog). */
  stateLog: number[];
}

export interface VmMemSnapshot {
  pages: number;
  osPages: number;
  wsPages: number;
  balloonPages: number;
  /** Pages by state: untouched, resident (private), shared, compressed, swapped, ballooned. */
  counts: { untouched: number; resident: number; shared: number; compressed: number; swapped: number; ballooned: number };
  accountedMiB: number;
  cacheFrames: number;
  lastPage: number;
  c: VmCounters;
  /** Entitlement: reservation and limit in MiB (limit 0 = none), shares (normal: 10 per configured MiB). */
  entitlement: { reservationMiB: number; limitMiB: number; shares: number };
  frame: Int32Array;
  state: Uint8Array;
}

export interface MemorySnapshot {
  hosts: HostMemSnapshot[];
  vms: VmMemSnapshot[];
}

function counts(mem: MemState, topo: Topology, v: number): VmMemSnapshot['counts'] {
  const out = { untouched: 0, resident: 0, shared: 0, compressed: 0, swapped: 0, ballooned: 0 };
  const vm = mem.vms[v];
  const h = mem.hosts[topo.vms[v]?.host ?? 0];
  if (vm === undefined || h === undefined) return out;
  for (let p = 0; p < vm.pages; p++) {
    const s = vm.state[p];
    if (s === PG_RESIDENT) {
      if (h.st[vm.frame[p] ?? 0] === FR_SHARED) out.shared += 1;
      else out.resident += 1;
    } else if (s === PG_COMPRESSED) out.compressed += 1;
    else if (s === PG_SWAPPED) out.swapped += 1;
    else if (s === PG_BALLOONED) out.ballooned += 1;
    else out.untouched += 1;
  }
  return out;
}

/** The VM specs' entitlement settings (the scenario's, aligned with the topology's VMs). */
export type EntitlementSpecs = readonly { reservationMiB: number; memLimitMiB: number; memShares: number; memoryMiB: number }[];

export function memorySnapshot(mem: MemState, topo: Topology, specs: EntitlementSpecs): MemorySnapshot {
  const acc = accountVms(mem, topo);
  return {
    hosts: mem.hosts.map((h) => ({
      pageMiB: h.pageMiB,
      frames: h.frames,
      minFreeFrames: h.minFreeFrames,
      freeFrames: h.freeTop,
      state: h.state,
      owner: h.owner.slice(),
      st: h.st.slice(),
      sharedTotal: h.sharedTotal,
      compressedTotal: h.compressedTotal,
      swappedTotal: h.swappedTotal,
      ballooned: h.ballooned,
      blockedAllocs: h.blockedAllocs,
      stateLog: h.stateLog.slice(),
    })),
    vms: mem.vms.map((vm, v) => ({
      pages: vm.pages,
      osPages: vm.osPages,
      wsPages: vm.wsPages,
      balloonPages: vm.balloonPages,
      counts: counts(mem, topo, v),
      accountedMiB: acc[v] ?? 0,
      cacheFrames: vm.cacheFrames,
      lastPage: mem.lastPage[v] ?? -1,
      c: { ...vm.c },
      entitlement: { reservationMiB: specs[v]?.reservationMiB ?? 0, limitMiB: specs[v]?.memLimitMiB ?? 0, shares: (specs[v]?.memShares ?? 0) > 0 ? (specs[v]?.memShares ?? 0) : (specs[v]?.memoryMiB ?? 0) * 10 },
      frame: vm.frame.slice(),
      state: vm.state.slice(),
    })),
  };
}

export function memoryBuffers(m: MemorySnapshot): ArrayBuffer[] {
  const out: ArrayBuffer[] = [];
  for (const h of m.hosts) out.push(h.owner.buffer as ArrayBuffer, h.st.buffer as ArrayBuffer);
  for (const v of m.vms) out.push(v.frame.buffer as ArrayBuffer, v.state.buffer as ArrayBuffer);
  return out;
}
