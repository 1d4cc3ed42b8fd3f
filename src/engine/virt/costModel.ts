/**
 * The cost model of CPU virtualization techniques, as pure functions. A guest's running
 * time is split into ordinary instructions (run directly on the pCPU, free) and
 * sensitive/privileged ones plus I/O operations, which take the hypervisor's path:
 * binary translation (rewritten once into a translation cache, then cheap), hypercalls
 * (paravirtual guest kernel, batched), or VM exits (hardware-assisted VT-x / AMD-V).
 * A type-2 hypervisor adds a host-OS crossing on every trap and I/O. Cycle counts are
 * illustrative; the ratios follow DOMAIN.md ("CPU virtualization techniques": VM exits
 * cost hundreds to thousands of cycles; type 2 adds the host OS on every I/O path).
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

/** Cycles per event (illustrative, ratios after DOMAIN.md). */
export const COST = {
  /** A VM exit and resume on VT-x / AMD-V: "hundreds to thousands of cycles". */
  vmExit: 1200,
  /**
   * Share of sensitive instructions that exit under hardware assistance: the guest kernel
   * runs in guest-mode ring 0, so flag changes such as POPF run natively; privileged ones
   * (CLI, MOV CR3 without nested paging, port I/O) still exit.
   */
  hwExitShare: 0.5,
  /** A hypercall: a direct call into the hypervisor, no fault to decode. */
  hypercall: 400,
  /** Paravirtual kernels batch page-table updates (Xen multicalls): sensitive ops per hypercall. */
  paraBatch: 4,
  /** Translated code for one sensitive instruction, once it is in the translation cache. */
  btEmulate: 250,
  /** Translating one guest kernel block the first time it runs. */
  btTranslate: 4000,
  /** Distinct guest kernel blocks that hold sensitive instructions (translation cache size). */
  btBlocks: 256,
  /** An I/O through an emulated device: trap, decode, emulate the device, real driver. */
  ioEmulated: 6000,
  /** An I/O through a paravirtual (virtio-style) driver: shared ring + one notification. */
  ioParavirtual: 1500,
  /** Type 2: leaving the hypervisor for the host OS kernel and back, on a trap. */
  hostOsTrap: 700,
  /** Type 2: an I/O also goes through the host OS's syscall and driver stack. */
  hostOsIo: 4000,
} as const;

export interface WorkCounts {
  /** Ms the guest ran on a pCPU. */
  runMs: number;
  sensitive: number;
  io: number;
  /** Sensitive instructions seen since the translation cache was last flushed. */
  sensitiveSinceFlush: number;
}

export interface Cost {
  /** Traps handled by the hypervisor: VM exits (hardware-assisted) or emulated instructions (BT). */
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

/** What one workload's counts cost under a technique and hypervisor type. Pure. */
export function costOf(technique: TechniqueId, type: HvTypeId, w: WorkCounts): Cost {
  let traps = 0;
  let hypercalls = 0;
  let translations = 0;
  let cpuCycles = 0;
  if (technique === 'binary-translation') {
    translations = translatedBlocks(w.sensitiveSinceFlush) - translatedBlocks(w.sensitiveSinceFlush - w.sensitive);
    traps = w.sensitive;
    cpuCycles = traps * COST.btEmulate + translations * COST.btTranslate;
  } else if (technique === 'paravirtual') {
    hypercalls = w.sensitive / COST.paraBatch + w.io;
    cpuCycles = (w.sensitive / COST.paraBatch) * COST.hypercall;
  } else {
    traps = w.sensitive * COST.hwExitShare + w.io;
    cpuCycles = w.sensitive * COST.hwExitShare * COST.vmExit;
  }
  const ioCycles = w.io * (technique === 'paravirtual' ? COST.ioParavirtual : COST.ioEmulated);
  // Binary translation emulates sensitive instructions inside the hypervisor's own context,
  // so only its I/O leaves for the host OS; exits and hypercalls cross on type 2 as well.
  const crossTraps = technique === 'binary-translation' ? 0 : technique === 'paravirtual' ? w.sensitive / COST.paraBatch : w.sensitive * COST.hwExitShare;
  const hostOsCrossings = type === 'type2' ? crossTraps + w.io : 0;
  const hostOsCycles = type === 'type2' ? crossTraps * COST.hostOsTrap + w.io * COST.hostOsIo : 0;
  const totalCycles = cpuCycles + ioCycles + hostOsCycles;
  const budget = w.runMs * CYCLES_PER_TICK;
  // The hypervisor's cycles are pCPU time on top of the guest's own: a share of the whole.
  const overhead = budget > 0 ? totalCycles / (budget + totalCycles) : 0;
  return { traps, hypercalls, translations, hostOsCrossings, cpuCycles, ioCycles, hostOsCycles, totalCycles, overhead };
}
