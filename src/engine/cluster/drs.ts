/**
 * The DRS-like balancer as a pure function. Each working host's CPU load is the
 * demand of its VMs (busy vCPUs) over its pCPUs, its memory load the memory its VMs
 * use (the memory model's figure, not their configured size) over its size. When the
 * gap between the most and least loaded host passes the threshold for either resource,
 * it considers moving one VM from the most to the least loaded host, where its
 * reservation fits. A move must pay for itself: its benefit (points of imbalance it
 * removes) must be at least its cost (the migration's estimated time, COST_PTS_PER_S
 * points per second: copying memory takes link and CPU time from everyone), priced at
 * the bandwidth the copy would get on the two NICs now (copyShareMiBps), and it must
 * not simply swap the two hosts' roles (the destination must stay below where the
 * source was). A VM moved recently is left alone (the caller marks it not movable).
 * Together these stop ping-pong. vSphere DRS weighs "goodness" against migration cost
 * the same way (simplified here: docs/model.md).
 */

export interface DrsHost {
  pcpus: number;
  memoryMiB: number;
  /** Reservations on it (admission): what a move must fit beside. */
  reservedMiB: number;
  /** Memory its VMs use now, with the hypervisor's own share. */
  usedMiB: number;
  failed: boolean;
  /** What a migration's copy would get now leaving this host and arriving at it, MiB/s (copyShareMiBps of its NIC's two directions). */
  sendMiBps: number;
  receiveMiBps: number;
}

export interface DrsVm {
  host: number;
  /** Busy vCPUs (running or waiting to run). */
  demand: number;
  /** What it reserves where it runs (admission). */
  reserveMiB: number;
  /** What it uses (the memory model's figure). */
  usedMiB: number;
  /** Its memory and how fast it writes it: what a migration must copy (migrationCostS). */
  memoryMiB: number;
  dirtyMiBps: number;
  movable: boolean;
}

export interface DrsMove {
  vm: number;
  from: number;
  to: number;
  resource: 'cpu' | 'mem';
  beforePct: number;
  afterPct: number;
  /** Points of imbalance removed, and what the migration costs in the same points. */
  benefitPts: number;
  costPts: number;
  /** The copy's bandwidth the cost was priced at (the lesser of the source's send and the destination's receive), MiB/s, and the migration's estimated time, s. */
  copyMiBps: number;
  costS: number;
}

export interface DrsResult {
  cpuPct: number[];
  memPct: number[];
  cpuImbalancePct: number;
  memImbalancePct: number;
  move: DrsMove | null;
  /** The best move considered but not worth its cost (for the narration), if any. */
  rejected: DrsMove | null;
}

/** Imbalance points a move must remove per second of migration it costs (illustrative). */
export const COST_PTS_PER_S = 5;

/** Estimated seconds to live-migrate a VM: its memory over the copy's bandwidth, longer as its dirty rate nears it. */
export function migrationCostS(memoryMiB: number, dirtyMiBps: number, copyMiBps: number): number {
  return memoryMiB / copyMiBps / (1 - Math.min(0.9, dirtyMiBps / copyMiBps));
}

/**
 * What a copy offered at `wantMiBps` gets on a NIC direction of `capMiBps` that other
 * traffic offers `otherMiBps` to now: its FIFO share (network/nic.ts shares a congested
 * direction in proportion to what each offered), want x cap / (want + other), at most
 * want; at least 1 MiB/s. With no figure for the NIC (cap 0: no network) it is want.
 */
export function copyShareMiBps(wantMiBps: number, capMiBps: number, otherMiBps: number): number {
  if (!(capMiBps > 0)) return wantMiBps;
  return Math.max(1, Math.min(wantMiBps, (wantMiBps * capMiBps) / (wantMiBps + Math.max(0, otherMiBps))));
}

function loads(hosts: readonly DrsHost[], vms: readonly DrsVm[], moved: { vm: number; to: number } | null): { cpu: number[]; mem: number[] } {
  const demand = hosts.map(() => 0);
  const used = hosts.map((h) => h.usedMiB);
  vms.forEach((v, i) => {
    const h = moved?.vm === i ? moved.to : v.host;
    demand[h] = (demand[h] ?? 0) + v.demand;
    if (moved?.vm === i) {
      used[v.host] = (used[v.host] ?? 0) - v.usedMiB;
      used[moved.to] = (used[moved.to] ?? 0) + v.usedMiB;
    }
  });
  return {
    cpu: hosts.map((h, i) => (100 * (demand[i] ?? 0)) / Math.max(1, h.pcpus)),
    mem: hosts.map((h, i) => (100 * (used[i] ?? 0)) / Math.max(1, h.memoryMiB)),
  };
}

function spread(values: readonly number[], hosts: readonly DrsHost[]): { gap: number; max: number; min: number } {
  let max = -1;
  let min = -1;
  values.forEach((x, i) => {
    if (hosts[i]?.failed === true) return;
    if (max < 0 || x > (values[max] ?? 0)) max = i;
    if (min < 0 || x < (values[min] ?? 0)) min = i;
  });
  return { gap: max < 0 ? 0 : (values[max] ?? 0) - (values[min] ?? 0), max, min };
}

export function drsRecommend(hosts: readonly DrsHost[], vms: readonly DrsVm[], thresholdPct: number): DrsResult {
  const now = loads(hosts, vms, null);
  const cpu = spread(now.cpu, hosts);
  const mem = spread(now.mem, hosts);
  const result: DrsResult = { cpuPct: now.cpu, memPct: now.mem, cpuImbalancePct: cpu.gap, memImbalancePct: mem.gap, move: null, rejected: null };
  const resource = cpu.gap - thresholdPct >= mem.gap - thresholdPct ? 'cpu' : 'mem';
  const s = resource === 'cpu' ? cpu : mem;
  if (s.gap <= thresholdPct || s.max === s.min) return result;
  const room = (hosts[s.min]?.memoryMiB ?? 0) - (hosts[s.min]?.reservedMiB ?? 0);
  const before = resource === 'cpu' ? now.cpu : now.mem;
  const copyMiBps = Math.min(hosts[s.max]?.sendMiBps ?? 0, hosts[s.min]?.receiveMiBps ?? 0);
  let best: DrsMove | null = null;
  let rejected: DrsMove | null = null;
  vms.forEach((v, i) => {
    if (v.host !== s.max || !v.movable || v.reserveMiB > room) return;
    const after = loads(hosts, vms, { vm: i, to: s.min });
    const a = resource === 'cpu' ? after.cpu : after.mem;
    const gap = spread(a, hosts).gap;
    // A swap of roles (the destination ends where the source was, or above) is no balance.
    if (gap >= s.gap || (a[s.min] ?? 0) >= (before[s.max] ?? 0)) return;
    const costS = migrationCostS(v.memoryMiB, v.dirtyMiBps, copyMiBps);
    const move: DrsMove = { vm: i, from: s.max, to: s.min, resource, beforePct: s.gap, afterPct: gap, benefitPts: s.gap - gap, costPts: costS * COST_PTS_PER_S, copyMiBps, costS };
    if (move.benefitPts < move.costPts) {
      if (rejected === null || move.benefitPts - move.costPts > rejected.benefitPts - rejected.costPts) rejected = move;
      return;
    }
    if (best === null || gap < best.afterPct) best = move;
  });
  result.move = best;
  result.rejected = best === null ? rejected : null;
  return result;
}
