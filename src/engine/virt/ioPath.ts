/**
 * The cost of I/O by the path it takes, as pure functions (docs/model.md, "I/O paths").
 * The same request costs the hypervisor very different work depending on the device the
 * guest sees, and not on how the guest's CPU is virtualized:
 * - emulated device: the guest's ordinary driver programs a device that does not exist;
 *   every register access it makes (doorbell, status, interrupt cause, acknowledge ...)
 *   traps, and the device model decodes it, then builds a real request;
 * - virtio (paravirtual): guest and backend share rings of descriptors; the guest
 *   queues a batch and notifies ("kicks") once per batch (Russell 2008);
 * - passthrough / SR-IOV: the guest drives a virtual function itself; its DMA is
 *   translated by the IOMMU and its interrupts are posted (VT-d posted interrupts), so no
 *   exit and no hypervisor cycle is in the data path (Dong et al. 2010; Gordon et al.
 *   2012), but the device's state lives in hardware, so live migration is refused.
 * Cycles are illustrative on the model's 2 GHz pCPU (costModel.ts CYCLES_PER_TICK);
 * the ratios follow DOMAIN.md ("I/O paths") and the sources in docs/model.md.
 */
import type { IoPathId } from '../scenario/parts';

/** Cycles and counts of each path (2 GHz: 2,000 cycles = 1 µs). */
export const IO_PATH = {
  /** Register accesses that trap per emulated I/O (descriptor, doorbell, status, interrupt cause, acknowledge, EOI): several, 4-8 on e1000/AHCI-style devices. */
  emulatedTraps: 6,
  /** Decoding one trapped access and updating the device model's registers (beyond the exit itself). */
  trapDecode: 1200,
  /** The device model building and submitting the real request once the guest has programmed it. */
  emulatedBackend: 3000,
  /** The backend's work per virtio request: read the descriptor, submit, write the used ring. */
  virtioBackend: 1500,
  /** Handling one virtio notification beyond the exit itself (wake the backend thread). */
  virtioKick: 1200,
  /** Latency the IOMMU adds to a passthrough I/O (an IOTLB miss walk), µs; no CPU cycles. */
  iommuUs: 0.2,
  /** A guest's queue depth when the scenario names none: one notification per 8 requests. */
  defaultQueueDepth: 8,
} as const;

const CYCLES_PER_US = 2000;

export interface IoPathCost {
  /** Exits (traps or notifications) into the hypervisor, for all the I/Os. */
  exits: number;
  /** Hypervisor cycles, for all the I/Os. */
  cycles: number;
  /** Latency the path adds to one I/O, µs (the steps one request waits through in turn). */
  latencyUs: number;
}

/** The path a VM takes when its scenario names none: its technique's usual device (Xen PV guests use paravirtual drivers). */
export function defaultIoPath(technique: string): IoPathId {
  return technique === 'paravirtual' ? 'virtio' : 'emulated';
}

/** Requests per notification: the queue depth (at least 1). */
export function batchOf(queueDepth: number | undefined): number {
  return Math.max(1, queueDepth ?? IO_PATH.defaultQueueDepth);
}

/**
 * What `ios` I/Os cost on a path, given the cycles of one exit round trip on this host
 * (costModel.ts exitCycles: the CPU's generation, not its virtualization technique).
 */
export function ioPathCost(path: IoPathId, ios: number, batch: number, exitCycles: number): IoPathCost {
  if (path === 'emulated') {
    const perTrap = exitCycles + IO_PATH.trapDecode;
    const perIo = IO_PATH.emulatedTraps * perTrap + IO_PATH.emulatedBackend;
    return { exits: ios * IO_PATH.emulatedTraps, cycles: ios * perIo, latencyUs: perIo / CYCLES_PER_US };
  }
  if (path === 'virtio') {
    const kick = exitCycles + IO_PATH.virtioKick;
    const b = batchOf(batch);
    // The kick is shared by the batch; a request still waits through one kick and its own processing.
    return { exits: ios / b, cycles: ios * (kick / b + IO_PATH.virtioBackend), latencyUs: (kick + IO_PATH.virtioBackend) / CYCLES_PER_US };
  }
  return { exits: 0, cycles: 0, latencyUs: IO_PATH.iommuUs };
}
