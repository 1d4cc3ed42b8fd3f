/**
 * What must hold of the CPU scheduler after every tick: every powered tick of an entity
 * is accounted once (run + ready + wait + co-stop + held by a cap + waiting on memory = alive), the scheduler is
 * work-conserving (a vCPU waits beside an idle pCPU only when its cap, quota or pin
 * says so), co-stopped entities are off every pCPU and out of the ready list, no cap
 * budget is overdrawn, a pinned entity runs only on its pCPU, and the slice log never
 * runs ahead of time.
 */
import { ENT } from '../kernel/codes';
import { queueContents } from '../kernel/queues';
import type { CpuWorld } from './cpuState';
import { canRunOn } from './pcpu';

/** Time accounting and work conservation (the execute step and the dispatcher). */
function accounting(st: CpuWorld, out: string[]): void {
  for (let e = 0; e < st.topology.entityCount; e++) {
    const run = st.ent.run[e] ?? 0;
    const ovh = st.cpu.ovh[e] ?? 0;
    if (!(ovh >= 0 && ovh <= run + 1e-9) || (st.cpu.owed[e] ?? 0) < 0) out.push(`entity ${e}: hypervisor overhead ${ovh} ms outside its run ${run} ms (owed ${st.cpu.owed[e]})`);
    const spin = st.cpu.spin[e] ?? 0;
    if (!(spin >= 0 && spin + ovh <= run + 1e-6)) out.push(`entity ${e}: spin ${spin} ms + overhead ${ovh} ms outside its run ${run} ms`);
    const sum = run + (st.ent.ready[e] ?? 0) + (st.ent.wait[e] ?? 0) + (st.cpu.costop[e] ?? 0) + (st.cpu.mlmtd[e] ?? 0) + (st.cpu.memWait[e] ?? 0);
    if (sum !== st.ent.alive[e]) out.push(`entity ${e}: run+ready+wait+costop+mlmtd+memwait ${sum} != alive ${st.ent.alive[e]}`);
    if (st.cpu.memBlocked[e] === 1 && st.ent.state[e] !== ENT.blocked && st.ent.state[e] !== ENT.off) out.push(`entity ${e} waits on memory but is not blocked`);
    if ((st.ent.paused[e] ?? 0) > 0 && st.ent.state[e] !== ENT.blocked && st.ent.state[e] !== ENT.off) out.push(`entity ${e} is paused for ${st.ent.paused[e]} ms but not blocked`);
  }
  st.topology.hosts.forEach((host, h) => {
    const q = queueContents(st, h);
    if (q.length === 0) return;
    // Work-conserving, except where the policy legitimately idles: cap spent, pinned elsewhere.
    for (let p = host.pcpuOffset; p < host.pcpuOffset + host.pcpuCount; p++) {
      if ((st.pcpuEnt[p] ?? -1) < 0 && q.some((e) => canRunOn(st.cpu, e, p))) out.push(`host ${h} has a vCPU waiting while pCPU ${p} is idle`);
    }
  });
}

export function cpuInvariants(st: CpuWorld): string[] {
  const out: string[] = [];
  accounting(st, out);
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
