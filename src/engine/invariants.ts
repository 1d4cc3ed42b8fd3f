/**
 * checkInvariants: what must hold after every tick. Engine tests run it after every
 * step; the app runs it in debug mode. Returns the violations found (empty = healthy)
 * rather than throwing, so callers decide how loudly to fail.
 */
import { EVENT_CAP } from './kernel/events';
import { ENT, POWER, queueContents, type SimState } from './state';
import { cpuInvariants } from './cpu/invariants';
import { canRunOn } from './cpu/scheduler';
import { checkStorageInvariants } from './storage';
import { checkVirtNet } from './network/invariants';
import { fleetInvariants } from './cluster/invariants';
import { checkMemory } from './memory/invariants';

export function checkInvariants(st: SimState): string[] {
  const out: string[] = [];
  const t = st.topology;
  const n = t.entityCount;
  if (st.ent.state.length !== n || st.pcpuEnt.length !== t.pcpuCount) out.push('array sizes do not match the topology');
  const seen = new Set<number>();
  for (let p = 0; p < t.pcpuCount; p++) {
    const e = st.pcpuEnt[p] ?? -1;
    if (e < 0) continue;
    if (seen.has(e)) out.push(`entity ${e} runs on two pCPUs`);
    seen.add(e);
    if (st.ent.pcpu[e] !== p) out.push(`pCPU ${p} runs entity ${e}, which thinks it is on ${st.ent.pcpu[e]}`);
    if (st.ent.state[e] !== ENT.running) out.push(`pCPU ${p} runs entity ${e}, which is not running`);
    const h = t.hosts[st.ent.host[e] ?? -1];
    if (h === undefined || p < h.pcpuOffset || p >= h.pcpuOffset + h.pcpuCount) out.push(`entity ${e} runs on pCPU ${p} of another host`);
  }
  for (let e = 0; e < n; e++) {
    const s = st.ent.state[e];
    if (s === ENT.running && (st.ent.host[e] ?? -1) >= 0 && !seen.has(e)) out.push(`entity ${e} is running without a pCPU`);
    const sum = (st.ent.run[e] ?? 0) + (st.ent.ready[e] ?? 0) + (st.ent.wait[e] ?? 0) + (st.cpu.costop[e] ?? 0);
    if (sum !== st.ent.alive[e]) out.push(`entity ${e}: run+ready+wait+costop ${sum} != alive ${st.ent.alive[e]}`);
  }
  t.hosts.forEach((_, h) => {
    const q = queueContents(st, h);
    if (new Set(q).size !== q.length) out.push(`host ${h} queue has duplicates`);
    for (const e of q) if (st.ent.state[e] !== ENT.ready || st.ent.host[e] !== h) out.push(`host ${h} queue holds entity ${e}, not ready here`);
    for (let e = 0; e < n; e++) if (st.ent.state[e] === ENT.ready && st.ent.host[e] === h && !q.includes(e)) out.push(`ready entity ${e} is not queued`);
    const host = t.hosts[h];
    if (q.length > 0 && host !== undefined) {
      // Work-conserving, except where the policy legitimately idles: cap spent, pinned elsewhere.
      for (let p = host.pcpuOffset; p < host.pcpuOffset + host.pcpuCount; p++) {
        if ((st.pcpuEnt[p] ?? -1) < 0 && q.some((e) => canRunOn(st.cpu, e, p))) out.push(`host ${h} has a vCPU waiting while pCPU ${p} is idle`);
      }
    }
  });
  t.vms.forEach((vm, i) => {
    const off = st.vmPower[i] === POWER.off;
    for (let e = vm.entOffset; e < vm.entOffset + vm.vcpus; e++) {
      if (off !== (st.ent.state[e] === ENT.off)) out.push(`VM ${vm.id} power and vCPU ${e - vm.entOffset} state disagree`);
    }
    const used = st.vmMemUsedMiB[i] ?? 0;
    if (used < 0 || used > vm.memoryMiB) out.push(`VM ${vm.id} uses ${used} MiB of ${vm.memoryMiB}`);
  });
  t.containers.forEach((c, i) => {
    if ((st.ctPower[i] === POWER.off) !== (st.ent.state[c.ent] === ENT.off)) out.push(`container ${c.id} power and state disagree`);
  });
  if (st.events.list.length > EVENT_CAP * 2) out.push('event list is unbounded');
  out.push(...cpuInvariants(st));
  out.push(...checkStorageInvariants(st.storage));
  out.push(...checkVirtNet(st));
  out.push(...fleetInvariants(st));
  out.push(...checkMemory(st.memory, t, st.tick));
  return out;
}
