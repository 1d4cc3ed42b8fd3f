/**
 * The cluster's per-tick work (its `control` phase): keep each VM's CPU demand (an
 * average of its busy vCPUs, sampled every 10 ms), run the live migration in progress
 * one millisecond (pre-copy rounds, then the pause for stop-and-copy, during which the
 * VM changes host: a scenario edit), start the next queued migration, and every
 * DRS_PERIOD let the balancer look at the hosts. Mutates st.
 */
import { HOST_RESERVED_MIB, reservedMiB, vmReserveMiB } from '../kernel/capacity';
import { meter, NIC_CAP, NIC_DEMAND, NIC_HELD, NIC_POST_MIB, take, VM_DIRTIED_MIB, VM_DIRTY_MIBPS, VM_MEM_USED, VM_MIGRATING, VM_WRITABLE_MIB } from '../kernel/channel';
import { ENT, POWER } from '../kernel/codes';
import type { Ctx } from '../kernel/contract';
import { pushEvent } from '../kernel/events';
import { isHostFailed, pauseVm } from '../kernel/lifecycle';
import { copyShareMiBps, drsRecommend, type DrsHost, type DrsVm } from './drs';
import { haDue } from './ha';
import { newMigration, tickPrecopy, tickStopCopy, writableCells, type LinkConfig, type Migration } from './precopy';
import { decide, DRS_HOLD_MS, DRS_PERIOD, gpuOf, isPassthrough, LOAD_SAMPLE_PERIOD, LOAD_SAMPLES, type ClusterState, type ClusterWorld } from './state';

const DEMAND_PERIOD = 10;
const DEMAND_ALPHA = 0.05;
/** QEMU's CPU_THROTTLE_TIMESLICE_NS: the ms a throttled vCPU runs between two sleeps. */
const THROTTLE_SLICE = 10;

function sampleDemand(st: ClusterWorld, cl: ClusterState): void {
  st.topology.vms.forEach((vm, i) => {
    let busy = 0;
    for (let e = vm.entOffset; e < vm.entOffset + vm.vcpus; e++) {
      const s = st.ent.state[e];
      if (s === ENT.running || s === ENT.ready) busy += 1;
    }
    const d = cl.vmDemand[i] ?? 0;
    cl.vmDemand[i] = d + (busy - d) * DEMAND_ALPHA;
  });
}

/**
 * Mark the finished migrations whose VM has since stopped running on its destination
 * (sampled with the demand, every DEMAND_PERIOD: a stop and a start are seconds apart).
 * The entry is replaced, not changed, so a snapshot taken earlier keeps what it said.
 */
function noteLeft(st: ClusterWorld, cl: ClusterState): void {
  cl.history.forEach((s, k) => {
    if (s.leftAt !== undefined) return;
    const i = st.topology.vms.findIndex((v) => v.id === s.vm);
    const vm = st.topology.vms[i];
    if (vm !== undefined && st.vmPower[i] === POWER.on && st.topology.hosts[vm.host]?.id === s.to) return;
    cl.history[k] = { ...s, leftAt: st.tick };
  });
}

/** Each host's CPU demand now: busy vCPUs of its VMs over its pCPUs, in %. */
export function hostCpuPct(st: ClusterWorld, cl: ClusterState): number[] {
  const busy = st.topology.hosts.map(() => 0);
  st.topology.vms.forEach((vm, i) => {
    if (st.vmPower[i] !== POWER.off) busy[vm.host] = (busy[vm.host] ?? 0) + (cl.vmDemand[i] ?? 0);
  });
  return st.topology.hosts.map((h, i) => Math.round((100 * (busy[i] ?? 0)) / Math.max(1, h.pcpuCount)));
}

function sampleLoad(st: ClusterWorld, cl: ClusterState): void {
  cl.loadHistory.push({ tick: st.tick, cpuPct: hostCpuPct(st, cl) });
  if (cl.loadHistory.length > LOAD_SAMPLES) cl.loadHistory.shift();
}

function startNext(st: ClusterWorld, cl: ClusterState): void {
  while (cl.migration === null && cl.queue.length > 0) {
    const next = cl.queue.shift();
    if (next === undefined) return;
    const i = st.topology.vms.findIndex((v) => v.id === next.vm);
    const vm = st.topology.vms[i];
    const to = st.topology.hosts.findIndex((h) => h.id === next.to);
    if (vm === undefined || st.vmPower[i] !== POWER.on || to < 0 || isHostFailed(st, to) || vm.host === to) {
      decide(cl, st.tick, 'migrate', { key: 'cluster.why.dropped', params: { vm: next.vm, to: next.to } });
      continue;
    }
    cl.migration = newMigration({
      vm: vm.id, from: st.topology.hosts[vm.host]?.id ?? '', to: next.to, reason: next.reason, tick: st.tick,
      // The dirty rate and the writable working set are the memory model's measurement of this
      // VM now (memory/dirty.ts); each ms of pre-copy then takes what the VM wrote that ms (VM_DIRTIED_MIB).
      memoryMiB: vm.memoryMiB, dirtyMiBps: Math.round(meter(st, VM_DIRTY_MIBPS)[i] ?? 0), writableMiB: meter(st, VM_WRITABLE_MIB)[i] ?? 0,
      seed: st.tick * 2654435761 + i,
    });
    take(meter(st, VM_DIRTIED_MIB), i); // what it wrote before the copy began dirties nothing yet
    pushEvent(st.events, st.tick, 'info', 'cluster.ev.migrationStart', { vm: vm.name, from: cl.migration.from, to: next.to });
  }
}

function finish(st: ClusterWorld, cl: ClusterState): void {
  const m = cl.migration;
  if (m === null) return;
  const summary = { vm: m.vm, from: m.from, to: m.to, totalMs: st.tick - m.startTick + 1, downtimeMs: m.downtimeMs, rounds: m.rounds.length, forced: m.forced, throttlePct: m.throttlePct, roundStats: m.rounds, pageMiB: m.pageMiB };
  cl.history.push(summary);
  if (cl.history.length > 8) cl.history.shift();
  const params = { vm: m.vm, from: m.from, to: m.to, total: summary.totalMs, down: m.downtimeMs, rounds: summary.rounds };
  decide(cl, st.tick, 'migrated', { key: m.forced ? 'cluster.why.migratedForced' : 'cluster.why.migrated', params });
  pushEvent(st.events, st.tick, 'info', 'cluster.ev.migrated', params);
  cl.migration = null;
}

/**
 * A migration whose VM was stopped or removed ends at once, logged as aborted (the page
 * copy has nothing left to copy). Run after every accepted command (settle) and before
 * each millisecond of progress. True when it aborted one.
 */
export function abortStopped(st: ClusterWorld, cl: ClusterState): boolean {
  const m = cl.migration;
  if (m === null) return false;
  const i = st.topology.vms.findIndex((v) => v.id === m.vm);
  if (i >= 0 && st.vmPower[i] !== POWER.off) return false;
  decide(cl, st.tick, 'migrate', { key: 'cluster.why.aborted', params: { vm: m.vm } });
  cl.migration = null;
  return true;
}

/**
 * The copy's link for this ms: it offers its link speed to the source host's NIC (transmit)
 * and the destination's (receive) on the channel, and gets what the network let through
 * in its last period: the speed less the larger share either side held back. On an
 * uncongested link that is the configured speed itself, so nothing changes there.
 */
function copyLink(st: ClusterWorld, cl: ClusterState, m: Migration): LinkConfig {
  const from = st.topology.hosts.findIndex((h) => h.id === m.from);
  const to = st.topology.hosts.findIndex((h) => h.id === m.to);
  const post = meter(st, NIC_POST_MIB);
  const held = meter(st, NIC_HELD);
  const want = cl.link.linkMiBps;
  if (from >= 0) post[from * 2] = (post[from * 2] ?? 0) + want / 1000;
  if (to >= 0) post[to * 2 + 1] = (post[to * 2 + 1] ?? 0) + want / 1000;
  const share = 1 - Math.max(from >= 0 ? (held[from * 2] ?? 0) : 0, to >= 0 ? (held[to * 2 + 1] ?? 0) : 0);
  m.rateMiBps = share >= 1 ? want : Math.max(1, want * share);
  return share >= 1 ? cl.link : { ...cl.link, linkMiBps: m.rateMiBps };
}

/** One ms of the migration in progress; at stop-and-copy the VM changes host (a scenario edit, in place). */
function progressMigration(st: ClusterWorld, cl: ClusterState, ctx: Ctx): void {
  const m = cl.migration;
  if (m === null) return;
  if (abortStopped(st, cl)) return;
  const i = st.topology.vms.findIndex((v) => v.id === m.vm);
  const link = copyLink(st, cl, m);
  if (m.phase === 'stopcopy') {
    if (tickStopCopy(m, link)) finish(st, cl);
    return;
  }
  // Auto-converge really slows the guest, as QEMU's cpu-throttle does: in each period of
  // 10 ms / (1 - pct), rounded to whole ms, its vCPUs sleep first (pct / (1 - pct) of a
  // 10 ms timeslice) and then run the timeslice, so they sit out about throttle % of the
  // time (99 %: 990 ms a second).
  if (m.throttlePct > 0) {
    const period = Math.round((THROTTLE_SLICE * 100) / (100 - m.throttlePct));
    if ((st.tick - m.roundStart) % period === 0) pauseVm(st, i, period - THROTTLE_SLICE);
  }
  // Each ms of pre-copy races against what the guest really wrote that ms, as the memory
  // model measures it (memory/dirty.ts): a VM that runs less (throttled, capped, waiting)
  // writes less, and only inside its writable working set. The lens shows the model's
  // published rate beside it.
  m.dirtyMiBps = Math.round(meter(st, VM_DIRTY_MIBPS)[i] ?? 0);
  m.writablePages = writableCells(m, meter(st, VM_WRITABLE_MIB)[i] ?? 0);
  if (tickPrecopy(m, st.tick, link, take(meter(st, VM_DIRTIED_MIB), i)) === 'continue') return;
  // Stop-and-copy: pause the vCPUs for the downtime (it ends a throttle's sleep: QEMU stops
  // the vCPUs); they resume on the destination, unthrottled.
  pauseVm(st, i, m.downtimeMs, true);
  ctx.edit(st, (s) => ({ ...s, vms: s.vms.map((v) => (v.id === m.vm ? { ...v, host: m.to } : v)) }));
}

/**
 * What a copy at the link speed would get now leaving (slot 2h) and arriving at (2h + 1)
 * each host: its FIFO share beside the traffic offered there in the network's last period.
 * DRS asks only when no migration runs or waits (runDrs), so no copy of its own is in that traffic.
 */
function copyShares(st: ClusterWorld, cl: ClusterState): { send: number[]; receive: number[] } {
  const want = cl.link.linkMiBps;
  const caps = meter(st, NIC_CAP);
  const demand = meter(st, NIC_DEMAND);
  const hosts = st.topology.hosts;
  return {
    send: hosts.map((_, i) => copyShareMiBps(want, caps[i * 2] ?? 0, demand[i * 2] ?? 0)),
    receive: hosts.map((_, i) => copyShareMiBps(want, caps[i * 2 + 1] ?? 0, demand[i * 2 + 1] ?? 0)),
  };
}

function runDrs(st: ClusterWorld, cl: ClusterState): void {
  const t = st.topology;
  cl.drsMoves = cl.drsMoves.filter((d) => st.tick - d.tick < DRS_HOLD_MS);
  const held = new Set(cl.drsMoves.map((d) => d.vm));
  const busy = new Set([cl.migration?.vm, ...cl.queue.map((q) => q.vm)]);
  const used = meter(st, VM_MEM_USED);
  const dirty = meter(st, VM_DIRTY_MIBPS);
  const on = (i: number) => st.vmPower[i] !== POWER.off;
  const copy = copyShares(st, cl);
  const hosts: DrsHost[] = t.hosts.map((h, i) => ({
    pcpus: h.pcpuCount, memoryMiB: h.memoryMiB, reservedMiB: reservedMiB(st, i), usedMiB: HOST_RESERVED_MIB, failed: isHostFailed(st, i),
    sendMiBps: copy.send[i] ?? cl.link.linkMiBps, receiveMiBps: copy.receive[i] ?? cl.link.linkMiBps,
  }));
  t.vms.forEach((v, i) => {
    const h = hosts[v.host];
    if (h !== undefined && on(i)) h.usedMiB += used[i] ?? 0;
  });
  const vms: DrsVm[] = t.vms.map((v, i) => ({
    host: v.host, demand: on(i) ? (cl.vmDemand[i] ?? 0) : 0, reserveMiB: vmReserveMiB(v), usedMiB: on(i) ? (used[i] ?? 0) : 0,
    memoryMiB: v.memoryMiB, dirtyMiBps: dirty[i] ?? 0, movable: st.vmPower[i] === POWER.on && !busy.has(v.id) && !held.has(v.id) && !isPassthrough(st, i) && gpuOf(st, i) === undefined,
  }));
  const r = drsRecommend(hosts, vms, cl.drsThresholdPct);
  const imb = { cpu: Math.round(r.cpuImbalancePct), mem: Math.round(r.memImbalancePct), threshold: cl.drsThresholdPct };
  const m = r.move;
  if (m === null) {
    const over = Math.max(r.cpuImbalancePct, r.memImbalancePct) > cl.drsThresholdPct;
    const no = r.rejected;
    const verdict = no !== null
      ? { key: 'cluster.check.notWorth', params: { ...imb, vm: t.vms[no.vm]?.id ?? '', benefit: Math.round(no.benefitPts), cost: Math.round(no.costPts), s: no.costS.toFixed(1), mibps: Math.round(no.copyMiBps) } }
      : { key: over ? (held.size > 0 ? 'cluster.check.held' : 'cluster.check.noMove') : 'cluster.check.balanced', params: { ...imb, hold: DRS_HOLD_MS / 1000 } };
    cl.lastCheck = { tick: st.tick, cpuImbalancePct: r.cpuImbalancePct, memImbalancePct: r.memImbalancePct, verdict };
    return;
  }
  const vm = t.vms[m.vm];
  const from = t.hosts[m.from]?.id ?? '';
  const to = t.hosts[m.to]?.id ?? '';
  const loads = m.resource === 'cpu' ? r.cpuPct : r.memPct;
  const reason = { key: m.resource === 'cpu' ? 'cluster.why.drsCpu' : 'cluster.why.drsMem', params: { vm: vm?.id ?? '', from, to, fromPct: Math.round(loads[m.from] ?? 0), toPct: Math.round(loads[m.to] ?? 0), gap: Math.round(m.beforePct), threshold: cl.drsThresholdPct, after: Math.round(m.afterPct), benefit: Math.round(m.benefitPts), cost: Math.round(m.costPts), s: m.costS.toFixed(1), mibps: Math.round(m.copyMiBps) } };
  cl.lastCheck = { tick: st.tick, cpuImbalancePct: r.cpuImbalancePct, memImbalancePct: r.memImbalancePct, verdict: { key: 'cluster.check.move', params: { ...imb, vm: vm?.id ?? '' } } };
  cl.queue.push({ vm: vm?.id ?? '', to, reason });
  cl.drsMoves.push({ vm: vm?.id ?? '', from, to, tick: st.tick });
  decide(cl, st.tick, 'drs', reason);
  pushEvent(st.events, st.tick, 'info', reason.key, reason.params);
}

/** The cluster's `control` phase (mutates st). Between its 10 ms samples only a migration has work. */
/** Publish which VMs are migrating or queued to (the channel's vm.migrating level; mutates the meter). */
export function publishMigrating(st: ClusterWorld): void {
  const m = meter(st, VM_MIGRATING);
  m.fill(0);
  const cl = st.cluster;
  for (const id of [cl.migration?.vm, ...cl.queue.map((q) => q.vm)]) {
    const i = st.topology.vms.findIndex((v) => v.id === id);
    if (i >= 0) m[i] = 1;
  }
}

export function stepCluster(st: ClusterWorld, ctx: Ctx): void {
  const cl = st.cluster;
  if (cl.haPending.length > 0) haDue(st, ctx);
  if (st.tick % DEMAND_PERIOD !== 0 && cl.migration === null && cl.queue.length === 0) return;
  if (st.tick % DEMAND_PERIOD === 0) {
    sampleDemand(st, cl);
    if (cl.history.length > 0) noteLeft(st, cl);
  }
  if (st.tick % LOAD_SAMPLE_PERIOD === 0) sampleLoad(st, cl);
  if (cl.drsEnabled && st.tick > 0 && st.tick % DRS_PERIOD === 0 && cl.migration === null && cl.queue.length === 0) runDrs(st, cl);
  if (cl.migration === null && cl.queue.length > 0) startNext(st, cl);
  progressMigration(st, cl, ctx);
}
