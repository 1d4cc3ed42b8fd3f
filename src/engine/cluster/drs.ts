/**
 * The DRS-like balancer as a pure function. Each working host's CPU load is the
 * demand of its VMs (busy vCPUs) over its pCPUs, its memory load the memory reserved
 * over its size. When the gap between the most and least loaded host passes the
 * threshold for either resource, it recommends the one VM move from the most to the
 * least loaded host that narrows the gap most (and fits there); no move if none helps.
 */

export interface DrsHost {
  pcpus: number;
  memoryMiB: number;
  reservedMiB: number;
  failed: boolean;
}

export interface DrsVm {
  host: number;
  /** Busy vCPUs (running or waiting to run). */
  demand: number;
  memoryMiB: number;
  movable: boolean;
}

export interface DrsMove {
  vm: number;
  from: number;
  to: number;
  resource: 'cpu' | 'mem';
  beforePct: number;
  afterPct: number;
}

export interface DrsResult {
  cpuPct: number[];
  memPct: number[];
  cpuImbalancePct: number;
  memImbalancePct: number;
  move: DrsMove | null;
}

function loads(hosts: readonly DrsHost[], vms: readonly DrsVm[], moved: { vm: number; to: number } | null): { cpu: number[]; mem: number[] } {
  const demand = hosts.map(() => 0);
  const reserved = hosts.map((h) => h.reservedMiB);
  vms.forEach((v, i) => {
    const h = moved?.vm === i ? moved.to : v.host;
    demand[h] = (demand[h] ?? 0) + v.demand;
    if (moved?.vm === i) {
      reserved[v.host] = (reserved[v.host] ?? 0) - v.memoryMiB;
      reserved[moved.to] = (reserved[moved.to] ?? 0) + v.memoryMiB;
    }
  });
  return {
    cpu: hosts.map((h, i) => (100 * (demand[i] ?? 0)) / Math.max(1, h.pcpus)),
    mem: hosts.map((h, i) => (100 * (reserved[i] ?? 0)) / Math.max(1, h.memoryMiB)),
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
  const result: DrsResult = { cpuPct: now.cpu, memPct: now.mem, cpuImbalancePct: cpu.gap, memImbalancePct: mem.gap, move: null };
  const resource = cpu.gap - thresholdPct >= mem.gap - thresholdPct ? 'cpu' : 'mem';
  const s = resource === 'cpu' ? cpu : mem;
  if (s.gap <= thresholdPct || s.max === s.min) return result;
  const room = (hosts[s.min]?.memoryMiB ?? 0) - (hosts[s.min]?.reservedMiB ?? 0);
  let best: DrsMove | null = null;
  vms.forEach((v, i) => {
    if (v.host !== s.max || !v.movable || v.memoryMiB > room) return;
    const after = loads(hosts, vms, { vm: i, to: s.min });
    const gap = spread(resource === 'cpu' ? after.cpu : after.mem, hosts).gap;
    if (gap < s.gap && (best === null || gap < best.afterPct)) best = { vm: i, from: s.max, to: s.min, resource, beforePct: s.gap, afterPct: gap };
  });
  result.move = best;
  return result;
}
