/**
 * Containers inside a VM: the guest kernel schedules them on the VM's vCPUs. Each tick,
 * as many runnable containers as the VM has vCPUs on pCPUs run; the guest picks them
 * like Linux CFS does, by the lowest virtual runtime (which grows by 1024/shares per ms),
 * and a container whose cgroup quota is spent for this period waits. So shares and
 * quotas work inside a VM too, but only within what the hypervisor gives the VM.
 * Mutates st (called once per tick, after the hypervisor's scheduling).
 */
import { ENT } from '../kernel/codes';
import type { CpuWorld } from './cpuState';

export function scheduleGuests(st: CpuWorld): void {
  const t = st.topology;
  const cpu = st.cpu;
  if (cpu.guests === 0) return; // the common case: nothing to do, nothing allocated
  for (let v = 0; v < t.vms.length; v++) {
    const vm = t.vms[v];
    if (vm === undefined) continue;
    const inside = t.containers.filter((c) => c.vm === v);
    if (inside.length === 0) continue;
    let slots = 0;
    for (let e = vm.entOffset; e < vm.entOffset + vm.vcpus; e++) if (st.ent.state[e] === ENT.running) slots += 1;
    const runnable = inside
      .map((c, i) => ({ e: c.ent, g: t.vms.length + t.containers.indexOf(c), i }))
      .filter((x) => st.ent.state[x.e] === ENT.ready || st.ent.state[x.e] === ENT.running)
      .toSorted((a, b) => (cpu.vruntime[a.e] ?? 0) - (cpu.vruntime[b.e] ?? 0) || a.i - b.i);
    for (const x of runnable) {
      const left = cpu.capLeft[x.g] ?? -1;
      const allowed = slots > 0 && (left < 0 || left >= 1);
      st.ent.state[x.e] = allowed ? ENT.running : ENT.ready;
      if (!allowed) continue;
      slots -= 1;
      if (left >= 0) cpu.capLeft[x.g] = left - 1;
      cpu.vruntime[x.e] = (cpu.vruntime[x.e] ?? 0) + 1024 / Math.max(1, cpu.weight[x.e] ?? 1024);
    }
  }
}
