/**
 * The cost model of CPU virtualization techniques, as pure functions. A guest's running
 * time is split into ordinary instructions (run directly on the pCPU, free) and
 * sensitive/privileged ones plus I/O operations, which take the hypervisor's path:
 * binary translation (rewritten once into a translation cache, then cheap; it implies
 * shadow paging), hypercalls (paravirtual guest kernel, batched, direct paging), or VM
 * exits (hardware-assisted VT-x / AMD-V: which instructions exit depends on the paging
 * mode, and an exit's cost on the VT-x generation). A type-2 hypervisor adds a host-OS
 * crossing on every trap and I/O. I/O operations are costed by their path (ioPath.ts:
 * emulated device, virtio, passthrough), whatever the technique. Cycle counts are illustrative; the ratios follow
 * DOMAIN.md ("Consequences": exit ~2,000+ cycles on first-generation VT-x, ~500-1,000
 * on modern cores; with EPT/NPT page-table writes and CR3 loads do not exit; CLI/STI/
 * POPF never exit in VMX non-root mode; Adams & Agesen, ASPLOS 2006).
 * The same functions cost one workload under any technique, so the lens can compare
 * all six combinations on one run.
 */
import type { PhaseKind } from '../kernel/workload';
import type { IoPathId } from '../scenario/parts';
import { batchOf, defaultIoPath, ioPathCost } from './ioPath';
import { CYCLES_PER_TICK, exitCyclesOf, VM_EXIT_CYCLES, VM_EXIT_CYCLES_FIRST_GEN } from '../kernel/cycles';
import { MODERN, pagingOf, type HwMode, type TechniqueId } from '../kernel/paging';

export { CYCLES_PER_TICK };
// The paging mode follows the technique (kernel/paging.ts); the memory model reads the same function.
export { MODERN, pagingOf, pagingOfHost, type HwMode, type PagingMode, type TechniqueId } from '../kernel/paging';

export type HvTypeId = 'type1' | 'type2';

/** Sensitive or privileged instructions a guest issues per ms of running, by what it does. */
export const SENSITIVE_PER_MS: Readonly<Record<PhaseKind, number>> = {
  'cpu-bound': 20,
  'io-bound': 300,
  web: 180,
  database: 220,
  idle: 60,
  boot: 500,
};

/** I/O operations (disk or network requests) per ms of running. */
export const IO_PER_MS: Readonly<Record<PhaseKind, number>> = {
  'cpu-bound': 1,
  'io-bound': 40,
  web: 18,
  database: 25,
  idle: 2,
  boot: 12,
};

/** Cycles per event (illustrative, ratios after DOMAIN.md, "Consequences"). */
export const COST = {
  /** A VM exit and resume on modern VT-x / AMD-V: ~500-1,000 cycles (kernel/cycles.ts: the memory model's shadow exits cost the same). */
  vmExit: VM_EXIT_CYCLES,
  /** The same round trip on first-generation VT-x (2005-06): ~2,000+ cycles. */
  vmExitFirstGen: VM_EXIT_CYCLES_FIRST_GEN,
  /**
   * What a guest kernel's sensitive instructions are (shares of them): interrupt-flag
   * changes (CLI, STI, POPF), page-table writes and CR3 loads, and other privileged
   * ones (CPUID, MSRs, HLT, ...). In VMX non-root mode the flag changes never exit; with
   * EPT/NPT page-table writes and CR3 loads do not exit either (the guest owns its page
   * tables); only the others always exit.
   */
  flagShare: 0.5,
  pagingShare: 0.4,
  otherShare: 0.1,
  /** A hypercall: a direct call into the hypervisor, no fault to decode. */
  hypercall: 400,
  /** Paravirtual kernels batch page-table updates (Xen multicalls): sensitive ops per hypercall. */
  paraBatch: 4,
  /** Translated code for one sensitive instruction, once it is in the translation cache (shadow page-table upkeep included). */
  btEmulate: 250,
  /** Translating one guest kernel block the first time it runs. */
  btTranslate: 4000,
  /** Distinct guest kernel blocks that hold sensitive instructions (translation cache size). */
  btBlocks: 256,
  /** Type 2: leaving the hypervisor for the host OS kernel and back, on a trap. */
  hostOsTrap: 700,
  /** Type 2: an I/O also goes through the host OS's syscall and driver stack (not a passthrough one). */
  hostOsIo: 4000,
} as const;

/** The cycles of one VM exit round trip in an era. */
export function exitCycles(hw: HwMode): number {
  return exitCyclesOf(hw.era);
}

/** Share of sensitive instructions that exit under hardware assistance: never the flag changes; page-table ones only when shadowed. */
export function exitShare(hw: HwMode): number {
  return COST.otherShare + (pagingOf('hardware-assisted', hw) === 'shadow' ? COST.pagingShare : 0);
}

export interface WorkCounts {
  /** Ms the guest ran its own code on a pCPU. */
  runMs: number;
  sensitive: number;
  io: number;
  /** Sensitive instructions seen since the translation cache was last flushed. */
  sensitiveSinceFlush: number;
}

/** The I/O path of a VM and its batch (requests per virtio notification). */
export interface IoSpec {
  path: IoPathId;
  batch: number;
}

/** A technique's usual device, with the default queue depth (what a VM without an ioPath gets). */
export function defaultIo(technique: TechniqueId): IoSpec {
  return { path: defaultIoPath(technique), batch: batchOf(undefined) };
}

export interface Cost {
  /** Traps into the hypervisor: VM exits (hardware-assisted) plus the I/O path's exits. BT's translated code does not trap. */
  traps: number;
  /** Exits the I/O path caused (register-access traps, or virtio notifications; none for passthrough). */
  ioExits: number;
  /** Latency the I/O path adds to one I/O, µs. */
  ioLatencyUs: number;
  hypercalls: number;
  translations: number;
  hostOsCrossings: number;
  cpuCycles: number;
  ioCycles: number;
  hostOsCycles: number;
  totalCycles: number;
  /** Overhead as a share of the vCPU's pCPU time (guest work + hypervisor work), in [0, 1). */
  overhead: number;
}

/** Blocks translated after `s` sensitive instructions: each new one is likely a new block at first. */
export function translatedBlocks(s: number): number {
  return COST.btBlocks * (1 - Math.exp(-s / COST.btBlocks));
}

/**
 * What one workload's counts cost under a technique and hypervisor type (and, for
 * hardware assistance, its era and paging), with its I/O on a path. The I/O part depends
 * on the path and the CPU's exit cost only, never on the technique. Pure.
 */
export function costOf(technique: TechniqueId, type: HvTypeId, w: WorkCounts, hw: HwMode = MODERN, io: IoSpec = defaultIo(technique)): Cost {
  let traps = 0;
  let hypercalls = 0;
  let translations = 0;
  let cpuCycles = 0;
  /** Trips into the hypervisor that a type-2 host also routes through its OS (not counting I/O). */
  let crossTraps = 0;
  if (technique === 'binary-translation') {
    // Sensitive instructions run as translated code inside the VMM: translation, not traps.
    translations = translatedBlocks(w.sensitiveSinceFlush) - translatedBlocks(w.sensitiveSinceFlush - w.sensitive);
    cpuCycles = w.sensitive * COST.btEmulate + translations * COST.btTranslate;
  } else if (technique === 'paravirtual') {
    hypercalls = w.sensitive / COST.paraBatch;
    cpuCycles = hypercalls * COST.hypercall;
    crossTraps = hypercalls;
  } else {
    const exits = w.sensitive * exitShare(hw);
    traps = exits;
    cpuCycles = exits * exitCycles(hw);
    crossTraps = exits;
  }
  const p = ioPathCost(io.path, w.io, io.batch, exitCycles(hw));
  traps += p.exits;
  // Binary translation emulates sensitive instructions inside the hypervisor's own context,
  // so only its I/O leaves for the host OS; exits and hypercalls cross on type 2 as well.
  // A passthrough I/O never reaches the hypervisor, let alone the host OS.
  const hostIo = io.path === 'passthrough' ? 0 : w.io;
  const hostOsCrossings = type === 'type2' ? crossTraps + hostIo : 0;
  const hostOsCycles = type === 'type2' ? crossTraps * COST.hostOsTrap + hostIo * COST.hostOsIo : 0;
  const ioLatencyUs = p.latencyUs + (type === 'type2' && io.path !== 'passthrough' ? COST.hostOsIo / (CYCLES_PER_TICK / 1000) : 0);
  const totalCycles = cpuCycles + p.cycles + hostOsCycles;
  const budget = w.runMs * CYCLES_PER_TICK;
  // The hypervisor's cycles are pCPU time on top of the guest's own: a share of the whole.
  const overhead = budget > 0 ? totalCycles / (budget + totalCycles) : 0;
  return { traps, ioExits: p.exits, ioLatencyUs, hypercalls, translations, hostOsCrossings, cpuCycles, ioCycles: p.cycles, hostOsCycles, totalCycles, overhead };
}
