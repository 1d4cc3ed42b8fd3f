/**
 * What must hold of the technique counters after every tick: one row per VM, every
 * counter finite and never negative; a known I/O path, a batch of at least one request,
 * and no more I/O exits than traps (they are counted in both).
 */
import { VF, type VirtWorld } from './virt';

export function virtInvariants(st: VirtWorld): string[] {
  const out: string[] = [];
  if (st.virt.vm.length !== st.topology.vms.length * VF.count) out.push('virt counters do not match the VMs');
  for (let i = 0; i < st.virt.vm.length; i++) {
    const x = st.virt.vm[i] ?? 0;
    if (!Number.isFinite(x) || x < 0) out.push(`virt counter ${i} is ${x}`);
  }
  st.topology.vms.forEach((vm, i) => {
    const f = (k: number) => st.virt.vm[i * VF.count + k] ?? 0;
    if (!Number.isInteger(f(VF.ioPath)) || f(VF.ioPath) > 2) out.push(`${vm.id}: I/O path code ${f(VF.ioPath)}`);
    if (f(VF.ioBatch) < 1) out.push(`${vm.id}: I/O batch ${f(VF.ioBatch)} < 1`);
    if (f(VF.ioExits) > f(VF.traps) + 1e-6 * (1 + f(VF.traps))) out.push(`${vm.id}: more I/O exits than traps`);
  });
  return out;
}
