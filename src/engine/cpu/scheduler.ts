/**
 * The hypervisor CPU scheduler, for every policy (round robin, Xen Credit, fair share):
 * one pass per host at the start of each tick. Each pCPU (hardware thread) has its own
 * run queue: the ready vCPUs whose home is that pCPU. The host's ready list
 * (st.queues[h], the order things became ready) orders ties. A pCPU takes the best
 * eligible entity by its policy's key, preferring its own queue among equals; taking
 * one from another pCPU's queue is a migration (the idle balancer), counted. Caps and
 * quotas park a group whose budget is spent, pinning restricts where an entity may
 * run, and co-scheduling may co-stop leading vCPUs: those are the only reasons a
 * runnable entity may wait beside an idle pCPU. Mutates st (the hot loop).
 */
import { pushEvent } from '../kernel/events';
import { entityLabel } from '../kernel/labels';
import { ENT } from '../kernel/codes';
import { dequeueAt, queuePositionOf } from '../kernel/queues';
import { END, type CpuWorld } from './cpuState';
import { canRunOn, takeOff } from './pcpu';
import { accountHost, bestKey, keyOf, notePick, policyOf, renewBudgets, shouldYield, sliceFor } from './policies';
import { coStopHost } from './costop';
import { markSpin, trackSkew } from './spin';
import { balanceHost } from './balance';
import { recordHost, sampleHistory } from './record';

/** Recount, per cap group, the entities on this host's pCPUs. */
function countGroups(st: CpuWorld, host: number): void {
  const h = st.topology.hosts[host];
  if (h === undefined || st.cpu.limits[host] !== 1) return;
  const cpu = st.cpu;
  const end = h.pcpuOffset + h.pcpuCount;
  for (let p = h.pcpuOffset; p < end; p++) {
    const g = cpu.group[st.pcpuEnt[p] ?? -1] ?? -1;
    if (g >= 0) cpu.groupRunning[g] = 0;
  }
  for (let p = h.pcpuOffset; p < end; p++) {
    const g = cpu.group[st.pcpuEnt[p] ?? -1] ?? -1;
    if (g >= 0) cpu.groupRunning[g] = (cpu.groupRunning[g] ?? 0) + 1;
  }
}

/** The best queued entity for pCPU p (policy key, then own queue, then ready order), or -1. */
function bestFor(st: CpuWorld, host: number, p: number): number {
  const q = st.queues[host];
  if (q === undefined) return -1;
  const policy = policyOf(st, host);
  let best = -1;
  let bestK = Infinity;
  let bestLocal = false;
  for (let i = 0; i < q.len; i++) {
    const e = q.buf[(q.head + i) % q.buf.length] ?? -1;
    if (!canRunOn(st.cpu, e, p)) continue;
    const k = keyOf(st, policy, e);
    const local = st.cpu.home[e] === p;
    if (k < bestK || (k === bestK && local && !bestLocal)) {
      best = e;
      bestK = k;
      bestLocal = local;
    }
  }
  return best;
}

/** Put entity e (queued) on idle pCPU p; the slice record learns why. */
function place(st: CpuWorld, host: number, p: number, e: number): void {
  const cpu = st.cpu;
  const pos = queuePositionOf(st, host, e);
  if (pos >= 0) dequeueAt(st, host, pos);
  const policy = policyOf(st, host);
  const home = cpu.home[e] ?? -1;
  const migrated = home >= 0 && home !== p;
  if (migrated) {
    cpu.migrations[e] = (cpu.migrations[e] ?? 0) + 1;
    cpu.migrationsTotal += 1;
  }
  cpu.home[e] = p;
  notePick(st, policy, e, p);
  cpu.nextMig[p] = migrated ? 1 : 0;
  st.pcpuEnt[p] = e;
  st.ent.pcpu[e] = p;
  st.ent.state[e] = ENT.running;
  st.ent.sliceLeft[e] = sliceFor(st, host);
  const g = cpu.group[e] ?? -1;
  if (g >= 0) cpu.groupRunning[g] = (cpu.groupRunning[g] ?? 0) + 1;
}

/** pCPUs of a host in fill order: threads whose sibling is idle first (spread over cores). */
function fillIdle(st: CpuWorld, host: number): void {
  const h = st.topology.hosts[host];
  const q = st.queues[host];
  if (h === undefined || q === undefined || q.len === 0) return;
  const end = h.pcpuOffset + h.pcpuCount;
  let idle = 0;
  for (let p = h.pcpuOffset; p < end; p++) if ((st.pcpuEnt[p] ?? -1) < 0) idle += 1;
  for (let pass = 0; pass < 2 && q.len > 0 && idle > 0; pass++) {
    for (let p = h.pcpuOffset; p < end && q.len > 0; p++) {
      if ((st.pcpuEnt[p] ?? -1) >= 0) continue;
      if (pass === 0 && h.threadsPerCore === 2) {
        const sib = p - h.pcpuOffset;
        const other = h.pcpuOffset + (sib % 2 === 0 ? sib + 1 : sib - 1);
        if ((st.pcpuEnt[other] ?? -1) >= 0) continue;
      }
      const e = bestFor(st, host, p);
      if (e < 0) continue;
      place(st, host, p, e);
      idle -= 1;
    }
  }
}

/** Give every idle pCPU of a host the best eligible waiting entity (also run at the end of each tick). */
export function dispatchIdle(st: CpuWorld, host: number): void {
  countGroups(st, host);
  fillIdle(st, host);
}

/** Running entities that may no longer run here (cap spent, pinned elsewhere) leave their pCPU. */
function evictIneligible(st: CpuWorld, host: number): void {
  const h = st.topology.hosts[host];
  if (h === undefined || st.cpu.limits[host] !== 1) return;
  for (let p = h.pcpuOffset; p < h.pcpuOffset + h.pcpuCount; p++) {
    const e = st.pcpuEnt[p] ?? -1;
    if (e < 0) continue;
    const g = st.cpu.group[e] ?? -1;
    const pin = st.cpu.pin[e] ?? -1;
    if (pin >= 0 && pin !== p) takeOff(st, host, p, END.pin);
    else if (g >= 0 && (st.cpu.capLeft[g] ?? -1) >= 0 && (st.cpu.capLeft[g] ?? 0) - (st.cpu.groupRunning[g] ?? 0) < 0) takeOff(st, host, p, END.cap);
  }
}

/** Expired slices and priority preemption: swap in a better waiting entity. */
function preempt(st: CpuWorld, host: number): void {
  const h = st.topology.hosts[host];
  if (h === undefined) return;
  const policy = policyOf(st, host);
  const best = (st.queues[host]?.len ?? 0) === 0 ? Infinity : bestKey(st, host, policy);
  if (best === Infinity) {
    for (let p = h.pcpuOffset; p < h.pcpuOffset + h.pcpuCount; p++) {
      const e = st.pcpuEnt[p] ?? -1;
      if (e >= 0 && (st.ent.sliceLeft[e] ?? 0) <= 0) st.ent.sliceLeft[e] = sliceFor(st, host); // nobody waits: keep going
    }
    return;
  }
  for (let p = h.pcpuOffset; p < h.pcpuOffset + h.pcpuCount; p++) {
    const e = st.pcpuEnt[p] ?? -1;
    if (e < 0) continue;
    const expired = (st.ent.sliceLeft[e] ?? 0) <= 0;
    if (!expired && !(best < keyOf(st, policy, e))) continue;
    const next = bestFor(st, host, p);
    const why = next < 0 ? END.open : shouldYield(st, policy, e, keyOf(st, policy, next));
    if (why === END.open) {
      if (expired) st.ent.sliceLeft[e] = sliceFor(st, host); // nobody better waits: keep going
      continue;
    }
    takeOff(st, host, p, why);
    place(st, host, p, next);
    st.contextSwitches += 1;
    narrate(st, host, p, e, next, why);
  }
}

function narrate(st: CpuWorld, host: number, p: number, e: number, next: number, why: number): void {
  const h = st.topology.hosts[host];
  if (h === undefined) return;
  const q = st.queues[host];
  pushEvent(st.events, st.tick, 'detail', why === END.slice ? 'event.preempted' : `cpu.event.end.${why}`, {
    who: entityLabel(st.topology, e),
    pcpu: p - h.pcpuOffset,
    slice: sliceFor(st, host),
    waiting: q?.len ?? 0,
    next: entityLabel(st.topology, next),
  });
}

/** One tick of CPU scheduling for every host, before execution (mutates st). */
export function cpuTick(st: CpuWorld): void {
  if (st.tick % 100 === 0) sampleHistory(st);
  renewBudgets(st);
  trackSkew(st);
  for (let host = 0; host < st.topology.hosts.length; host++) {
    accountHost(st, host);
    countGroups(st, host);
    coStopHost(st, host);
    evictIneligible(st, host);
    balanceHost(st, host);
    fillIdle(st, host);
    preempt(st, host);
    recordHost(st, host);
  }
  markSpin(st);
}

export { canRunOn };
