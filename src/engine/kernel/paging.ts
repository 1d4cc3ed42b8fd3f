/**
 * How a host translates guest memory, which follows from its CPU virtualization
 * technique: binary translation implies shadow page tables (the translator traces the
 * guest's page tables); a Xen-style paravirtual guest writes its own page tables, which
 * hold host frames and are validated by the hypervisor through hypercalls (direct
 * paging: a TLB miss walks the guest's table as natively); hardware assistance uses
 * nested paging (EPT/NPT) unless the host asks for shadow paging or its CPU is
 * first-generation VT-x, which has no EPT. Two subsystems act on it (memory counts the
 * walks and exits, virt prices the instruction mix), so it lives in the kernel: one
 * function, one answer, read by both and by the lenses.
 */
import type { HypervisorSpec } from '../scenario/parts';

export type TechniqueId = 'binary-translation' | 'paravirtual' | 'hardware-assisted';

/** A host's paging mode: shadow page tables, direct paging (paravirtual) or nested paging (EPT/NPT). */
export type PagingMode = 'shadow' | 'direct' | 'nested';

/** How hardware assistance runs: which VT-x generation, and whether the host asks for shadow paging. */
export interface HwMode {
  era: 'first-gen' | 'modern';
  /** 'nested' = EPT/NPT; 'shadow' = the hypervisor keeps shadow page tables. Applies to hardware assistance on a modern CPU only. */
  translation: 'shadow' | 'nested';
}
export const MODERN: HwMode = { era: 'modern', translation: 'nested' };

/** The paging mode of a technique on hardware `hw` (the host's era and translation setting). */
export function pagingOf(technique: TechniqueId, hw: HwMode): PagingMode {
  if (technique === 'binary-translation') return 'shadow';
  if (technique === 'paravirtual') return 'direct';
  return hw.era === 'first-gen' ? 'shadow' : hw.translation;
}

/** The paging mode a host's hypervisor uses: pagingOf its technique, era and translation setting. */
export function pagingOfHost(hv: Pick<HypervisorSpec, 'technique' | 'hwEra'> & { memory: Pick<HypervisorSpec['memory'], 'translation'> }): PagingMode {
  return pagingOf(hv.technique, { era: hv.hwEra, translation: hv.memory.translation });
}

/**
 * Why a host's translation setting has no effect, as a catalogue key, or '' when it
 * does (hardware assistance on a modern CPU): binary translation always shadows, a
 * paravirtual guest pages directly, first-generation VT-x has no EPT/NPT.
 */
export function pagingFixedBy(hv: Pick<HypervisorSpec, 'technique' | 'hwEra'>): string {
  if (hv.technique !== 'hardware-assisted') return `memory.mode.fixed.${hv.technique}`;
  return hv.hwEra === 'first-gen' ? 'memory.mode.fixed.first-gen' : '';
}

/**
 * Whether a host's TLB is tagged (VPID on VT-x, ASID on AMD-V), so that a VM exit, a
 * VM entry or a world switch need not flush it: the host's `taggedTlb` setting, except
 * that first-generation VT-x has no VPID (it came with Nehalem, 2008, as EPT did), so
 * such a host's TLB is always untagged. Read by the memory model (when to flush) and
 * the lenses (what to say), like pagingOf.
 */
export function tlbTaggedOf(hv: Pick<HypervisorSpec, 'hwEra'> & { memory: Pick<HypervisorSpec['memory'], 'taggedTlb'> }): boolean {
  return hv.hwEra !== 'first-gen' && hv.memory.taggedTlb;
}

/**
 * Why a host's tagged-TLB setting has no effect, as a catalogue key ('' when it does): first-generation hardware has no
 * VPID. What flushes the TLB then depends on the technique: under hardware assistance every VM exit and entry as well
 * as every world switch; under binary translation or paravirtualization (the hypervisor is mapped in each guest's
 * address space) world switches alone.
 */
export function tlbTagFixedBy(hv: Pick<HypervisorSpec, 'hwEra' | 'technique'>): string {
  if (hv.hwEra !== 'first-gen') return '';
  return hv.technique === 'hardware-assisted' ? 'memory.tlb.fixed.first-gen' : 'memory.tlb.fixed.first-gen-switch';
}

/**
 * Whether a vCPU's running flushes an untagged TLB beyond its world switches: under
 * hardware assistance every VM exit and entry does (VMX transitions flush the TLB without
 * VPID). Binary translation and paravirtual hypervisors live in every guest address space,
 * so entering them flushes nothing; only their world switches do.
 */
export function exitsFlushTlb(hv: Pick<HypervisorSpec, 'technique' | 'hwEra'> & { memory: Pick<HypervisorSpec['memory'], 'taggedTlb'> }): boolean {
  return hv.technique === 'hardware-assisted' && !tlbTaggedOf(hv);
}
