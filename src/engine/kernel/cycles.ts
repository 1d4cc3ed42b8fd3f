/**
 * CPU time in cycles, where more than one subsystem prices work in it: the illustrative
 * 2 GHz pCPU of the model and the cost of one VM exit round trip. The techniques model
 * (virt) prices its exits with these, and the memory model counts shadow paging's exits
 * that virt then charges at the same price, so one concept has one number (DOMAIN.md,
 * Consequences: ~500-1,000 cycles on modern cores, ~2,000+ on first-generation VT-x).
 * Nested paging's two-dimensional walks are priced here too, per walk, so a student can
 * weigh shadow paging's exits against nested paging's walks in one unit.
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

/** Illustrative cycles of one page-walk memory reference (mostly served by caches; DOMAIN.md: keep the ratios). */
export const CYCLES_PER_WALK_REF = 30;

/**
 * What one nested (two-dimensional, EPT/NPT) walk costs beyond a native one: a native walk
 * reads 4 page-table entries, a 2-D walk up to (4+1)(4+1)-1 = 24, since each guest level's
 * address is itself translated through the host's table (Bhargava et al., ASPLOS 2008,
 * "Accelerating Two-Dimensional Page Walks for Virtualized Systems"): 20 extra references,
 * 600 cycles; with large pages one level less, (3+1)(3+1)-1 - 3 = 12 extra, 360 cycles.
 * Shadow paging walks natively (its cost is exits, priced above).
 */
export function nestedWalkCycles(largePages: boolean): number {
  const levels = largePages ? 3 : 4;
  return ((levels + 1) * (levels + 1) - 1 - levels) * CYCLES_PER_WALK_REF;
}
