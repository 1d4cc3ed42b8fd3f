/**
 * What each scheduling policy means, as small functions the scheduler calls:
 * - round robin: everyone equal, FIFO, the hypervisor's timeslice;
 * - Xen Credit: every 10 ms accounting tick a host hands out 10 ms of credit per pCPU,
 *   split by weight among the vCPUs on its active list (runnable, or sleeping between
 *   I/Os after running; a sleeper past one slice of credit parks with half of it);
 *   every vCPU carries its VM's weight, so a VM's share is weight x active vCPUs;
 *   running debits 1 credit per ms; priority is BOOST (woke from I/O with credit left,
 *   until a 10 ms tick finds it running), UNDER (credit left) or OVER (in debt),
 *   BOOST > UNDER > OVER; a better priority preempts at once, equals take turns at the
 *   30 ms slice (DOMAIN.md, Xen Credit; Xen's sched_credit.c);
 * - fair share (Linux CFS/EEVDF under KVM): virtual runtime grows by 1024/weight per ms
 *   run, the lowest runs next, slice 0.75 ms x (1 + log2 pCPUs) (DOMAIN.md, KVM).
 * Keys are numbers where lower is better, so the scheduler compares them uniformly.
 */
import { MEM_STALL, meter } from '../kernel/channel';
import { ENT } from '../kernel/codes';
import { END, POLICY, PRIO, WHY, type CpuWorld } from './cpuState';

export { POLICY };
/** Xen Credit's accounting tick (10 ms) and the most credit a vCPU may bank (one 30 ms slice). */
export const CREDIT_PERIOD = 10;
export const CREDIT_MAX = 30;
const CREDIT_MIN = -300;

export function policyOf(st: CpuWorld, host: number): number {
  return st.cpu.policy[host] ?? POLICY.rr;
}

/** Fair share's slice: 0.75 ms scaled by 1 + log2(pCPUs), at least one tick. */
export function fairSlice(pcpus: number): number {
  return Math.max(1, Math.round(0.75 * (1 + Math.log2(Math.max(1, pcpus)))));
}

export function sliceFor(st: CpuWorld, host: number): number {
  const h = st.topology.hosts[host];
  if (h === undefined) return 1;
  return policyOf(st, host) === POLICY.fair ? fairSlice(h.pcpuCount) : h.hypervisor.cpu.timesliceMs;
}

export function keyOf(st: CpuWorld, policy: number, e: number): number {
  if (policy === POLICY.credit) return st.cpu.prio[e] ?? PRIO.over;
  if (policy === POLICY.fair) return st.cpu.vruntime[e] ?? 0;
  return 0;
}

/** The best key among queued entities that could run somewhere now (cap budget left); Infinity if none. */
export function bestKey(st: CpuWorld, host: number, policy: number): number {
  const q = st.queues[host];
  if (q === undefined) return Infinity;
  const cpu = st.cpu;
  let best = Infinity;
  for (let i = 0; i < q.len; i++) {
    const e = q.buf[(q.head + i) % q.buf.length] ?? -1;
    const g = cpu.group[e] ?? -1;
    if (g >= 0 && (cpu.capLeft[g] ?? -1) >= 0 && (cpu.capLeft[g] ?? 0) - (cpu.groupRunning[g] ?? 0) < 1) continue;
    const k = keyOf(st, policy, e);
    if (k < best) best = k;
  }
  return best;
}

/** Should running entity e give its pCPU to a waiting one whose key is `next`? END.open = no. */
export function shouldYield(st: CpuWorld, policy: number, e: number, next: number): number {
  const expired = (st.ent.sliceLeft[e] ?? 0) <= 0;
  const mine = keyOf(st, policy, e);
  if (policy === POLICY.credit) {
    if (next < mine) return next === PRIO.boost ? END.boostPreempt : END.prioPreempt;
    return expired && next <= mine ? END.slice : END.open;
  }
  if (policy === POLICY.fair) return expired && next < mine ? END.vruntime : END.open;
  return expired ? END.slice : END.open;
}

/** Note in nextWhy/nextDetail why entity e is being given pCPU p (no allocation: hot path). */
export function notePick(st: CpuWorld, policy: number, e: number, p: number): void {
  const cpu = st.cpu;
  if (policy === POLICY.credit) {
    const pr = cpu.prio[e];
    cpu.nextWhy[p] = pr === PRIO.boost ? WHY.boost : pr === PRIO.under ? WHY.under : WHY.over;
    cpu.nextDetail[p] = cpu.credit[e] ?? 0;
  } else if (policy === POLICY.fair) {
    cpu.nextWhy[p] = WHY.vruntime;
    cpu.nextDetail[p] = cpu.vruntime[e] ?? 0;
  } else {
    cpu.nextWhy[p] = WHY.rrHead;
    cpu.nextDetail[p] = 0;
  }
}

/** Renew cap and quota budgets at their period boundaries (all hosts). */
export function renewBudgets(st: CpuWorld): void {
  const cpu = st.cpu;
  if (cpu.budgets === 0) return; // no caps, quotas or guest containers anywhere
  for (let g = 0; g < cpu.capBudget.length; g++) {
    const b = cpu.capBudget[g] ?? -1;
    if (b >= 0 && st.tick % (cpu.capPeriod[g] ?? 100) === 0) cpu.capLeft[g] = b;
  }
}

/** Per-host policy bookkeeping at the start of a tick: Credit's accounting tick, fair share's floor. */
export function accountHost(st: CpuWorld, host: number): void {
  const policy = policyOf(st, host);
  if (policy === POLICY.credit && st.tick % CREDIT_PERIOD === 0) creditAccounting(st, host);
  if (policy === POLICY.fair) fairMin(st, host);
}

function creditAccounting(st: CpuWorld, host: number): void {
  const h = st.topology.hosts[host];
  if (h === undefined) return;
  const cpu = st.cpu;
  const n = st.topology.entityCount;
  let sumW = 0;
  for (let e = 0; e < n; e++) if (st.ent.host[e] === host && earns(st, e)) sumW += cpu.weight[e] ?? 0;
  const total = h.pcpuCount * CREDIT_PERIOD;
  // A capped VM earns no more than its cap's worth; what it would have earned beyond it
  // goes to the uncapped ones, by weight (Xen's csched_acct: credit_peak <= credit_cap).
  let spare = 0;
  let freeW = 0;
  for (let e = 0; e < n; e++) {
    if (st.ent.host[e] !== host || !earns(st, e)) continue;
    const c = capPerVcpu(st, e);
    const fair = (total * (cpu.weight[e] ?? 0)) / Math.max(1, sumW);
    if (c < 0) freeW += cpu.weight[e] ?? 0;
    else spare += Math.max(0, fair - c);
  }
  for (let e = 0; e < n; e++) {
    if (st.ent.host[e] !== host || !earns(st, e)) continue;
    const capped = capPerVcpu(st, e);
    const fair = (total * (cpu.weight[e] ?? 0)) / Math.max(1, sumW);
    const earned = capped >= 0 ? Math.min(fair, capped) : fair + (spare * (cpu.weight[e] ?? 0)) / Math.max(1, freeW);
    let c = Math.max(CREDIT_MIN, (cpu.credit[e] ?? 0) + earned);
    if (c > CREDIT_MAX) {
      // Past the peak (one slice of credit) it stops earning: it leaves the active list with
      // half its credit, so it wakes UNDER, "a little ahead" (Xen's csched_acct).
      c = st.ent.state[e] === ENT.blocked ? c / 2 : CREDIT_MAX;
      if (st.ent.state[e] === ENT.blocked) cpu.active[e] = 0;
    }
    cpu.credit[e] = c;
    cpu.prio[e] = c > 0 ? PRIO.under : PRIO.over;
  }
}

/** Credit a capped VM's vCPU may earn per accounting tick (its cap's worth, split among its active vCPUs, as Xen does), or -1 if uncapped. */
function capPerVcpu(st: CpuWorld, e: number): number {
  const cpu = st.cpu;
  const g = cpu.group[e] ?? -1;
  const b = g >= 0 ? (cpu.capBudget[g] ?? -1) : -1;
  if (b < 0) return -1;
  const vm = st.topology.vms[g];
  let k = 0;
  if (vm !== undefined) for (let x = vm.entOffset; x < vm.entOffset + vm.vcpus; x++) if (earns(st, x)) k += 1;
  return (b * CREDIT_PERIOD) / (cpu.capPeriod[g] ?? 100) / Math.max(1, k);
}

/**
 * Who shares a host's credit: Xen hands it to the vCPUs on the active list (they ran
 * recently, sleeping between I/Os included), not only to those runnable this instant;
 * an idle vCPU parks once it holds a slice of credit, so it does not dilute the others.
 */
function earns(st: CpuWorld, e: number): boolean {
  const s = st.ent.state[e];
  if (s === ENT.off || s === undefined) return false;
  return isRunnable(s) || (s === ENT.blocked && st.cpu.active[e] === 1);
}

function isRunnable(s: number | undefined): boolean {
  return s === ENT.running || s === ENT.ready || s === ENT.costop;
}

/**
 * CFS's min_vruntime: the smallest virtual runtime among the host's running and queued
 * entities, never moving backwards. It only places entities that wake up or power on
 * (a sleeper may not bank more than a slice of credit); waiting entities keep theirs.
 * An entity held back by its cap is throttled: CFS bandwidth control dequeues it until
 * its quota refills (kernel docs, sched-bwc), so it does not hold min_vruntime back, and
 * it keeps its place relative to the others (EEVDF keeps a dequeued entity's lag): its
 * virtual runtime moves on with min_vruntime, so it does not bank the time it sat out
 * (else a capped VM would take every pCPU at each refill and the others would wait).
 */
function fairMin(st: CpuWorld, host: number): void {
  const q = st.queues[host];
  const h = st.topology.hosts[host];
  if (q === undefined || h === undefined) return;
  const v = st.cpu.vruntime;
  const limited = st.cpu.limits[host] === 1;
  let min = Infinity;
  for (let i = 0; i < q.len; i++) {
    const e = q.buf[(q.head + i) % q.buf.length] ?? 0;
    if (!limited || !throttled(st, e)) min = Math.min(min, v[e] ?? 0);
  }
  for (let p = h.pcpuOffset; p < h.pcpuOffset + h.pcpuCount; p++) {
    const e = st.pcpuEnt[p] ?? -1;
    if (e >= 0) min = Math.min(min, v[e] ?? 0);
  }
  if (min !== Infinity) raiseMinVruntime(st, host, min);
}

/** min_vruntime moves up to `min` (never back); throttled entities move on with it, keeping their lag. */
export function raiseMinVruntime(st: CpuWorld, host: number, min: number): void {
  const was = st.cpu.minVruntime[host] ?? 0;
  if (!(min > was)) return;
  st.cpu.minVruntime[host] = min;
  const q = st.queues[host];
  if (st.cpu.limits[host] !== 1 || q === undefined) return;
  const v = st.cpu.vruntime;
  for (let i = 0; i < q.len; i++) {
    const e = q.buf[(q.head + i) % q.buf.length] ?? 0;
    if (throttled(st, e)) v[e] = (v[e] ?? 0) + min - was;
  }
}

/** Queued but its group's cap budget is spent for this period (CFS: a throttled cfs_rq). */
function throttled(st: CpuWorld, e: number): boolean {
  const g = st.cpu.group[e] ?? -1;
  if (g < 0) return false;
  const left = st.cpu.capLeft[g] ?? -1;
  return left >= 0 && left - (st.cpu.groupRunning[g] ?? 0) < 1;
}

/** Place a waking (or newly powered) entity near min_vruntime, so sleeping banks at most one slice. */
function placeFair(st: CpuWorld, e: number, host: number, credit: number): void {
  const floor = (st.cpu.minVruntime[host] ?? 0) - credit;
  if ((st.cpu.vruntime[e] ?? 0) < floor) st.cpu.vruntime[e] = floor;
}

/** Hooks for wake-ups and blocking (called from the tick's execute step). */
export function onWake(st: CpuWorld, e: number): void {
  st.cpu.skew[e] = 0;
  const h = st.ent.host[e] ?? -1;
  if (h < 0) return;
  const policy = policyOf(st, h);
  if (policy === POLICY.credit && (st.cpu.credit[e] ?? 0) > 0) st.cpu.prio[e] = PRIO.boost;
  const h2 = st.topology.hosts[h];
  if (policy === POLICY.fair && h2 !== undefined) placeFair(st, e, h, fairSlice(h2.pcpuCount));
}

/** A vCPU or container powered on: under fair share it starts at min_vruntime (CFS places new tasks there). */
export function onPowerOn(st: CpuWorld, e: number): void {
  // A stall charged before it stopped is gone with its memory.
  st.cpu.memBlocked[e] = 0;
  st.cpu.memStall[e] = 0;
  meter(st, MEM_STALL)[e] = 0;
  const h = st.ent.host[e] ?? -1;
  if (h >= 0 && policyOf(st, h) === POLICY.fair) placeFair(st, e, h, 0);
}

export function onBlock(st: CpuWorld, e: number): void {
  st.cpu.skew[e] = 0;
  if (st.cpu.prio[e] === PRIO.boost) st.cpu.prio[e] = PRIO.under;
}
