/**
 * What must hold of the CPU scheduler's own state after every tick: co-stopped
 * entities are off every pCPU and out of the ready list, no cap budget is overdrawn,
 * a pinned entity runs only on its pCPU, the slice log never runs ahead of time.
 */
import { ENT, queueContents, type SimState } from '../state';

export function cpuInvariants(st: SimState): string[] {
  const out: string[] = [];
  const cpu = st.cpu;
  const n = st.topology.entityCount;
  for (let e = 0; e < n; e++) {
    const p = st.ent.pcpu[e] ?? -1;
    if (st.ent.state[e] === ENT.costop && p >= 0) out.push(`co-stopped entity ${e} sits on pCPU ${p}`);
    const pin = cpu.pin[e] ?? -1;
    if (pin >= 0 && p >= 0 && p !== pin) out.push(`entity ${e} pinned to pCPU ${pin} runs on ${p}`);
  }
  st.topology.hosts.forEach((_, h) => {
    for (const e of queueContents(st, h)) if (st.ent.state[e] === ENT.costop) out.push(`co-stopped entity ${e} is queued`);
  });
  for (let g = 0; g < cpu.capLeft.length; g++) {
    if ((cpu.capBudget[g] ?? -1) >= 0 && (cpu.capLeft[g] ?? 0) < 0) out.push(`cap group ${g} overdrew its budget (${cpu.capLeft[g]})`);
  }
  const last = cpu.log.n > 0 ? (cpu.log.end[(cpu.log.n - 1) % cpu.log.end.length] ?? 0) : 0;
  if (last > st.tick) out.push(`slice log ends at ${last}, after tick ${st.tick}`);
  return out;
}
