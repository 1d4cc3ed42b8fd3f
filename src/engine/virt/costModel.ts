/**
 * The cost model of CPU virtualization techniques, as pure functions. A guest's running
 * time is split into ordinary instructions (run directly on the pCPU, free) and
 * sensitive/privileged ones plus I/O operations, which take the hypervisor's path:
 * binary translation (rewritten once into a translation cache, then cheap; it implies
 * shadow paging), hypercalls (paravirtual guest kernel, batched, direct paging), or VM
 * exits (hardware-assisted VT-x / AMD-V: which instructions exit depends on the paging
 * mode, and an exit's cost on the VT-x generation). A type-2 hypervisor adds a host-OS
 * crossing on every trap and I/O. Cycle counts are illustrative; the ratios follow
 * DOMAIN.md ("Consequences": exit ~2,000+ cycles on first-generation VT-x, ~500-1,000
 * on modern cores; with EPT/NPT page-table writes and CR3 loads do not exit; CLI/STI/
 * POPF never exit in VMX non-root mode; Adams & Agesen, ASPLOS 2006).
 * The same functions cost one workload under any technique, so the lens can compare
 * all six combinations on one run.
 */
import type { PhaseKind } from '../kernel/workload';

export type TechniqueId = 'binary-translation' | 'paravirtual' | 'hardware-assisted';
export type HvTypeId = 'type1' | 'type2';

/** An illustrative 2 GHz pCPU: cycles in one tick (1 ms). */
export const CYCLES_PER_TICK = 2_000_000;

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
  /** A VM exit and resume on modern VT-x / AMD-V: ~500-1,000 cycles. */
  vmExit: 800,
  /** The same round trip on first-generation VT-x (2005-06): ~2,000+ cycles. */
  vmExitFirstGen: 2400,
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
  /** Emulating a device for one I/O (decode the register accesses, build the real request, real driver); the way in is extra. */
  ioDevice: 5000,
  /** An I/O through a paravirtual (virtio-style) driver: shared ring + one notification. */
  ioParavirtual: 1500,
  /** Type 2: leaving the hypervisor for the host OS kernel and back, on a trap. */
  hostOsTrap: 700,
  /** Type 2: an I/O also goes through the host OS's syscall and driver stack. */
  hostOsIo: 4000,
} as const;

/** How hardware assistance runs: which VT-x generation, and whether guest page tables are shadowed. */
export interface HwMode {
  era: 'first-gen' | 'modern';
  /** 'nested' = EPT/NPT; 'shadow' = the hypervisor keeps shadow page tables. */
  translation: 'shadow' | 'nested';
}
export const MODERN: HwMode = { era: 'modern', translation: 'nested' };

/**
 * How guest memory is translated under a technique: binary translation implies shadow
 * page tables; Xen PV lets the guest write its own (validated) page tables, direct
 * paging; hardware assistance uses EPT/NPT unless the host asks for shadow paging or the
 * CPU is first-generation VT-x (no EPT).
 */
export function pagingOf(technique: TechniqueId, hw: HwMode): 'shadow' | 'direct' | 'nested' {
  if (technique === 'binary-translation') return 'shadow';
  if (technique === 'paravirtual') return 'direct';
  return hw.era === 'first-gen' ? 'shadow' : hw.translation;
}

/** The cycles of one VM exit round trip in an era. */
export function exitCycles(hw: HwMode): number {
  return hw.era === 'first-gen' ? COST.vmExitFirstGen : COST.vmExit;
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

export interface Cost {
  /** Hardware traps into the hypervisor: VM exits (hardware-assisted), or the I/O accesses that trap to device emulation. BT's translated code does not trap. */
  traps: number;
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

/** What one workload's counts cost under a technique and hypervisor type (and, for hardware assistance, its era and paging). Pure. */
export function costOf(technique: TechniqueId, type: HvTypeId, w: WorkCounts, hw: HwMode = MODERN): Cost {
  let traps = 0;
  let hypercalls = 0;
  let translations = 0;
  let cpuCycles = 0;
  let ioCycles = 0;
  /** Trips into the hypervisor that a type-2 host also routes through its OS (not counting I/O). */
  let crossTraps = 0;
  if (technique === 'binary-translation') {
    // Sensitive instructions run as translated code inside the VMM: translation, not traps.
    translations = translatedBlocks(w.sensitiveSinceFlush) - translatedBlocks(w.sensitiveSinceFlush - w.sensitive);
    cpuCycles = w.sensitive * COST.btEmulate + translations * COST.btTranslate;
    traps = w.io;
    ioCycles = w.io * (COST.ioDevice + COST.btEmulate);
  } else if (technique === 'paravirtual') {
    hypercalls = w.sensitive / COST.paraBatch + w.io;
    cpuCycles = (w.sensitive / COST.paraBatch) * COST.hypercall;
    ioCycles = w.io * COST.ioParavirtual;
    crossTraps = w.sensitive / COST.paraBatch;
  } else {
    const exits = w.sensitive * exitShare(hw);
    traps = exits + w.io;
    cpuCycles = exits * exitCycles(hw);
    ioCycles = w.io * (COST.ioDevice + exitCycles(hw));
    crossTraps = exits;
  }
  // Binary translation emulates sensitive instructions inside the hypervisor's own context,
  // so only its I/O leaves for the host OS; exits and hypercalls cross on type 2 as well.
  const hostOsCrossings = type === 'type2' ? crossTraps + w.io : 0;
  const hostOsCycles = type === 'type2' ? crossTraps * COST.hostOsTrap + w.io * COST.hostOsIo : 0;
  const totalCycles = cpuCycles + ioCycles + hostOsCycles;
  const budget = w.runMs * CYCLES_PER_TICK;
  // The hypervisor's cycles are pCPU time on top of the guest's own: a share of the whole.
  const overhead = budget > 0 ? totalCycles / (budget + totalCycles) : 0;
  return { traps, hypercalls, translations, hostOsCrossings, cpuCycles, ioCycles, hostOsCycles, totalCycles, overhead };
}
