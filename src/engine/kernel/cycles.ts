/**
 * CPU time in cycles, where more than one subsystem prices work in it: the illustrative
 * 2 GHz pCPU of the model and the cost of one VM exit round trip. The techniques model
 * (virt) prices its exits with these, and the memory model counts shadow paging's exits
 * that virt then charges at the same price, so one concept has one number (DOMAIN.md,
 * Consequences: ~500-1,000 cycles on modern cores, ~2,000+ on first-generation VT-x).
 */

/** An illustrative 2 GHz pCPU: cycles in one tick (1 ms). */
export const CYCLES_PER_TICK = 2_000_000;

/** A VM exit and resume on modern VT-x / AMD-V: ~500-1,000 cycles. */
export const VM_EXIT_CYCLES = 800;
/** The same round trip on first-generation VT-x (2005-06): ~2,000+ cycles. */
export const VM_EXIT_CYCLES_FIRST_GEN = 2400;

/** The cycles of one VM exit round trip on a host of this VT-x generation. */
export function exitCyclesOf(era: 'first-gen' | 'modern'): number {
  return era === 'first-gen' ? VM_EXIT_CYCLES_FIRST_GEN : VM_EXIT_CYCLES;
}
