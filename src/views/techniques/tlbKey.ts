/**
 * What the techniques lens says about a host's TLB, as a catalogue key, from the engine's
 * tlbTaggedOf (kernel/paging.ts): tagged (VPID under hardware assistance; only world switches
 * matter under the other techniques), or untagged because first-generation
 * VT-x has no VPID or because the memory lens turned tagging off; under hardware
 * assistance an untagged TLB is flushed by every VM exit and entry, under binary
 * translation or paravirtualization only by world switches. Pure.
 */
import { tlbTaggedOf, type Topology } from '../../engine';

export function tlbKey(hv: Topology['hosts'][number]['hypervisor']): string {
  if (tlbTaggedOf(hv)) return hv.technique === 'hardware-assisted' ? 'techniques.tlb.tagged' : 'techniques.tlb.tagged.switch';
  if (hv.technique !== 'hardware-assisted') return 'techniques.tlb.untagged.switch';
  return hv.hwEra === 'first-gen' ? 'techniques.tlb.untagged.first-gen' : 'techniques.tlb.untagged.off';
}
