/**
 * What must hold of the technique counters after every tick: one row per VM, every
 * counter finite and never negative.
 */
import { VF, type VirtWorld } from './virt';

export function virtInvariants(st: VirtWorld): string[] {
  const out: string[] = [];
  if (st.virt.vm.length !== st.topology.vms.length * VF.count) out.push('virt counters do not match the VMs');
  for (let i = 0; i < st.virt.vm.length; i++) {
    const x = st.virt.vm[i] ?? 0;
    if (!Number.isFinite(x) || x < 0) out.push(`virt counter ${i} is ${x}`);
  }
  return out;
}
