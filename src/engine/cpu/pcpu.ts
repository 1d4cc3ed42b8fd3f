/**
 * The two primitives every part of the scheduler shares: may an entity run on a pCPU
 * now (cap budget left, pinning), and take an entity off its pCPU (back to the ready
 * list, or co-stopped) noting why for the slice log. Mutates st (the hot loop).
 */
import { ENT } from '../kernel/codes';
import { enqueue } from '../kernel/queues';
import { PRIO, type CpuState, type CpuWorld } from './cpuState';

/** May entity e run on pCPU p now (cap budget left, pinning)? `extra` = already counted runs of its group. */
export function canRunOn(cpu: CpuState, e: number, p: number): boolean {
  const pin = cpu.pin[e] ?? -1;
  if (pin >= 0 && pin !== p) return false;
  const g = cpu.group[e] ?? -1;
  if (g < 0) return true;
  const left = cpu.capLeft[g] ?? -1;
  return left < 0 || left - (cpu.groupRunning[g] ?? 0) >= 1;
}

/** Take the entity off pCPU p, back to the ready list (or co-stopped), noting why. */
export function takeOff(st: CpuWorld, host: number, p: number, endWhy: number, costop = false): void {
  const e = st.pcpuEnt[p] ?? -1;
  if (e < 0) return;
  st.pcpuEnt[p] = -1;
  st.ent.pcpu[e] = -1;
  st.cpu.endWhy[p] = endWhy;
  if (st.cpu.prio[e] === PRIO.boost) st.cpu.prio[e] = PRIO.under; // BOOST lasts until descheduled (Xen)
  const g = st.cpu.group[e] ?? -1;
  if (g >= 0) st.cpu.groupRunning[g] = Math.max(0, (st.cpu.groupRunning[g] ?? 0) - 1);
  if (costop) {
    st.ent.state[e] = ENT.costop;
    return;
  }
  st.ent.state[e] = ENT.ready;
  enqueue(st, host, e);
}
