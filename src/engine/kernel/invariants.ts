/**
 * What must hold of the kernel's part after every tick: arrays sized by the topology,
 * each pCPU's occupant running there and nowhere else, ready queues holding exactly the
 * ready entities of their host, power and entity states agreeing, reservations only
 * for containers that are off, failed hosts that exist, memory in use within bounds and
 * a bounded event list. Subsystems check their own parts (their contract's invariants).
 */
import { meter, VM_MEM_USED } from './channel';
import { ENT, POWER } from './codes';
import { EVENT_CAP, INFO_CAP } from './events';
import { queueContents } from './queues';
import type { World } from './world';

function checkPcpus(st: World, out: string[]): Set<number> {
  const t = st.topology;
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
  return seen;
}

function checkQueues(st: World, out: string[]): void {
  const n = st.topology.entityCount;
  st.topology.hosts.forEach((_, h) => {
    const q = queueContents(st, h);
    if (new Set(q).size !== q.length) out.push(`host ${h} queue has duplicates`);
    for (const e of q) if (st.ent.state[e] !== ENT.ready || st.ent.host[e] !== h) out.push(`host ${h} queue holds entity ${e}, not ready here`);
    for (let e = 0; e < n; e++) if (st.ent.state[e] === ENT.ready && st.ent.host[e] === h && !q.includes(e)) out.push(`ready entity ${e} is not queued`);
  });
}

function checkLifecycle(st: World, out: string[]): void {
  const t = st.topology;
  const used = meter(st, VM_MEM_USED);
  t.vms.forEach((vm, i) => {
    const off = st.vmPower[i] === POWER.off;
    for (let e = vm.entOffset; e < vm.entOffset + vm.vcpus; e++) {
      if (off !== (st.ent.state[e] === ENT.off)) out.push(`VM ${vm.id} power and vCPU ${e - vm.entOffset} state disagree`);
    }
    const mib = used[i] ?? 0;
    if (mib < 0 || mib > vm.memoryMiB) out.push(`VM ${vm.id} uses ${mib} MiB of ${vm.memoryMiB}`);
  });
  t.containers.forEach((c, i) => {
    if ((st.ctPower[i] === POWER.off) !== (st.ent.state[c.ent] === ENT.off)) out.push(`container ${c.id} power and state disagree`);
    if (st.ctPending[i] === 1 && st.ctPower[i] !== POWER.off) out.push(`container ${c.id} waits to start but is already on`);
  });
  for (const id of st.failedHosts) if (!t.hosts.some((h) => h.id === id)) out.push(`failed host ${id} does not exist`);
  if (new Set(st.failedHosts).size !== st.failedHosts.length) out.push('a host failed twice');
}

export function kernelInvariants(st: World): string[] {
  const out: string[] = [];
  const t = st.topology;
  if (st.ent.state.length !== t.entityCount || st.pcpuEnt.length !== t.pcpuCount) out.push('array sizes do not match the topology');
  const seen = checkPcpus(st, out);
  for (let e = 0; e < t.entityCount; e++) {
    if (st.ent.state[e] === ENT.running && (st.ent.host[e] ?? -1) >= 0 && !seen.has(e)) out.push(`entity ${e} is running without a pCPU`);
  }
  checkQueues(st, out);
  checkLifecycle(st, out);
  if (st.events.list.length > EVENT_CAP * 2) out.push('event list is unbounded');
  if (st.events.info.length > INFO_CAP * 2 || st.events.info.some((e) => e.level !== 'info')) out.push('the info events kept apart are unbounded or hold a detail event');
  return out;
}
