/**
 * The CPU scheduler's own state (SimState.cpu): per-entity scheduling data (home pCPU
 * = whose run queue it sits in, pinning, weight, Xen credit and priority, fair-share
 * virtual runtime, co-scheduling skew, co-stop time, fractional progress, migrations),
 * per-group cap budgets, per-pCPU open slices, the Gantt slice log and the per-VM
 * %RUN/%RDY/%CSTP/%WAIT history. Built from a scenario; `carryCpu` keeps everything
 * that survives a topology edit, keyed by entity, VM and container ids.
 */
import type { Scenario } from '../scenario/schema';
import { entityKeys, type Topology } from '../kernel/topology';
import type { World } from '../kernel/world';

/** What every CPU function sees: the world and the scheduler's own state. */
export type CpuWorld = World & { cpu: CpuState };

/** Scheduling policy codes (policies.ts says what each one means). */
export const POLICY = { rr: 0, credit: 1, fair: 2 } as const;

/** Xen Credit priorities, best first (DOMAIN.md: BOOST > UNDER > OVER). */
export const PRIO = { boost: 0, under: 1, over: 2 } as const;

/** Why an entity got its pCPU (slice start). Codes are stable: the UI translates them. */
export const WHY = { none: 0, rrHead: 1, boost: 2, under: 3, over: 4, vruntime: 5, onlyOne: 6 } as const;
/** Why an entity left its pCPU (slice end). */
export const END = { open: 0, blocked: 1, slice: 2, boostPreempt: 3, prioPreempt: 4, vruntime: 5, cap: 6, costop: 7, off: 8, pin: 9 } as const;

/** Ticks of history kept per sample, and samples kept (12 s of %RUN/%RDY/%CSTP/%WAIT). */
export const HIST_PERIOD = 100;
export const HIST_LEN = 120;
/** Slices kept for the Gantt chart (all hosts together). */
export const LOG_CAP = 2048;
/** Cap budgets of VMs renew every 100 ms (the cgroup default period; a cap is % of one pCPU). */
export const CAP_PERIOD = 100;
/** Values per VM per history sample: %RUN, %RDY, %CSTP, %WAIT, work done (% of a full core per vCPU), %MLMTD, hypervisor overhead (part of %RUN), %MEM (waiting on memory), %SPIN (spinning on a lock, part of %RUN). */
export const HIST_STRIDE = 9;

export interface SliceLog {
  /** Total slices ever written; slot i % LOG_CAP holds slice i. */
  n: number;
  pcpu: Int32Array;
  ent: Int32Array;
  start: Float64Array;
  end: Float64Array;
  why: Uint8Array;
  endWhy: Uint8Array;
  detail: Float32Array;
  mig: Uint8Array;
}

export interface CpuState {
  home: Int32Array;
  pin: Int32Array;
  weight: Float64Array;
  credit: Float64Array;
  prio: Uint8Array;
  vruntime: Float64Array;
  skew: Float64Array;
  costop: Float64Array;
  /** Ticks runnable but held back by its cap or quota (esxtop's %MLMTD): not ready time. */
  mlmtd: Float64Array;
  /** Xen Credit's active list: 1 once a vCPU ran; it leaves (parks) when idle credit passes the peak. */
  active: Uint8Array;
  work: Float64Array;
  /** Ms of hypervisor work a vCPU still owes (taken from the overhead.ms flow, paid while it runs). */
  owed: Float64Array;
  /** Ms of running spent on hypervisor overhead (part of run: on the pCPU, no guest progress). */
  ovh: Float64Array;
  /** Ms of running spent spinning on a lock a descheduled sibling holds (part of run, no guest progress; spin.ts), and the share of the executing tick spent so. */
  spin: Float64Array;
  spinNow: Float32Array;
  /** Work done in units of one full core's millisecond (a shared hyperthread adds 0.625 per tick). */
  done: Float64Array;
  migrations: Float64Array;
  /**
   * Waiting on memory (issue 13): ms of stall charged by the memory model and not yet
   * served, 1 while the entity is descheduled for it (its burst resumes after), and the
   * ticks spent so (apart from I/O wait: run + ready + wait + co-stop + mlmtd + memWait = alive).
   */
  memStall: Float64Array;
  memBlocked: Uint8Array;
  memWait: Float64Array;
  /** Cap group per entity (VM i -> i, bare-host container c -> vms + c), or -1. */
  group: Int32Array;
  /** Budget ticks left this period per group, -1 = uncapped; the period and full budget. */
  capLeft: Float64Array;
  capPeriod: Int32Array;
  capBudget: Float64Array;
  groupRunning: Int32Array;
  /** Per pCPU: progress rate this tick, the open slice, what the next slice starts with. */
  rate: Float32Array;
  cur: Int32Array;
  curStart: Float64Array;
  curWhy: Uint8Array;
  curDetail: Float32Array;
  curMig: Uint8Array;
  nextWhy: Uint8Array;
  nextDetail: Float32Array;
  nextMig: Uint8Array;
  endWhy: Uint8Array;
  minVruntime: Float64Array;
  /** Per host: 1 if any cap, quota or pin applies there (else the scheduler skips those checks); 1 while any of its vCPUs may be co-stopped; its policy code (POLICY, from its hypervisor settings, which change only with the scenario). */
  limits: Uint8Array;
  costopping: Uint8Array;
  policy: Uint8Array;
  /** 1 if containers run inside VMs (their guests schedule them), else 0. */
  guests: number;
  /** 1 if any budget must be renewed (a cap, a quota or a container inside a VM), else 0. */
  budgets: number;
  log: SliceLog;
  /** Per sample, per VM, HIST_STRIDE percentages (run, ready, costop, wait, work); written ring-wise. */
  hist: Uint8Array;
  histN: number;
  histPrev: Float64Array;
  migrationsTotal: number;
}

function sliceLog(): SliceLog {
  return {
    n: 0,
    pcpu: new Int32Array(LOG_CAP),
    ent: new Int32Array(LOG_CAP),
    start: new Float64Array(LOG_CAP),
    end: new Float64Array(LOG_CAP),
    why: new Uint8Array(LOG_CAP),
    endWhy: new Uint8Array(LOG_CAP),
    detail: new Float32Array(LOG_CAP),
    mig: new Uint8Array(LOG_CAP),
  };
}

/** A fresh CPU state for a topology (every run queue empty, budgets full). */
export function buildCpu(t: Topology, s: Scenario): CpuState {
  const n = t.entityCount;
  const groups = t.vms.length + t.containers.length;
  const np = t.pcpuCount;
  const cpu: CpuState = {
    home: new Int32Array(n).fill(-1),
    pin: new Int32Array(n).fill(-1),
    weight: new Float64Array(n).fill(1024),
    credit: new Float64Array(n),
    prio: new Uint8Array(n).fill(PRIO.under),
    vruntime: new Float64Array(n),
    skew: new Float64Array(n),
    costop: new Float64Array(n),
    mlmtd: new Float64Array(n),
    active: new Uint8Array(n),
    work: new Float64Array(n),
    owed: new Float64Array(n),
    ovh: new Float64Array(n),
    spin: new Float64Array(n),
    spinNow: new Float32Array(n),
    done: new Float64Array(n),
    migrations: new Float64Array(n),
    memStall: new Float64Array(n),
    memBlocked: new Uint8Array(n),
    memWait: new Float64Array(n),
    group: new Int32Array(n).fill(-1),
    capLeft: new Float64Array(groups).fill(-1),
    capPeriod: new Int32Array(groups).fill(CAP_PERIOD),
    capBudget: new Float64Array(groups).fill(-1),
    groupRunning: new Int32Array(groups),
    rate: new Float32Array(np).fill(1),
    cur: new Int32Array(np).fill(-1),
    curStart: new Float64Array(np),
    curWhy: new Uint8Array(np),
    curDetail: new Float32Array(np),
    curMig: new Uint8Array(np),
    nextWhy: new Uint8Array(np),
    nextDetail: new Float32Array(np),
    nextMig: new Uint8Array(np),
    endWhy: new Uint8Array(np),
    minVruntime: new Float64Array(t.hosts.length),
    limits: new Uint8Array(t.hosts.length),
    costopping: new Uint8Array(t.hosts.length),
    policy: new Uint8Array(t.hosts.length),
    guests: 0,
    budgets: 0,
    log: sliceLog(),
    hist: new Uint8Array(HIST_LEN * t.vms.length * HIST_STRIDE),
    histN: 0,
    histPrev: new Float64Array(t.vms.length * HIST_STRIDE),
    migrationsTotal: 0,
  };
  configure(cpu, t, s);
  return cpu;
}

/** Weights, pins, groups and budgets from the scenario (they change only with it). */
function configure(cpu: CpuState, t: Topology, s: Scenario): void {
  t.hosts.forEach((h, i) => {
    const p = h.hypervisor.cpu.policy;
    cpu.policy[i] = p === 'credit' ? POLICY.credit : p === 'fair-share' ? POLICY.fair : POLICY.rr;
  });
  t.vms.forEach((vm, i) => {
    const host = t.hosts[vm.host];
    const pins = s.vms[i]?.pin ?? [];
    for (let k = 0; k < vm.vcpus; k++) {
      const e = vm.entOffset + k;
      cpu.weight[e] = vcpuWeight(cpu.policy[vm.host] ?? POLICY.rr, vm.weight, vm.vcpus);
      cpu.group[e] = i;
      const pin = pins[k] ?? -1;
      if (host !== undefined && pin >= 0 && pin < host.pcpuCount) cpu.pin[e] = host.pcpuOffset + pin;
      cpu.home[e] = (cpu.pin[e] ?? -1) >= 0 ? (cpu.pin[e] ?? -1) : host === undefined ? -1 : host.pcpuOffset + (k % host.pcpuCount);
    }
    if (vm.capPct > 0) cpu.capBudget[i] = (vm.capPct * CAP_PERIOD) / 100;
  });
  t.containers.forEach((c, ci) => {
    const spec = s.containers[ci];
    cpu.weight[c.ent] = c.cpuShares;
    const g = t.vms.length + ci;
    if (spec !== undefined && spec.cpuQuotaMs > 0) {
      cpu.capPeriod[g] = spec.cpuPeriodMs;
      cpu.capBudget[g] = spec.cpuQuotaMs;
    }
    // Inside a VM the guest schedules it (cpu/guest.ts); only bare-host containers join host queues.
    if (c.vm >= 0) return;
    cpu.group[c.ent] = g;
    const host = t.hosts[c.host];
    if (host !== undefined) cpu.home[c.ent] = host.pcpuOffset + ((ci + 1) % host.pcpuCount);
  });
  cpu.capLeft.set(cpu.capBudget);
  for (let e = 0; e < t.entityCount; e++) {
    const g = cpu.group[e] ?? -1;
    const limited = (cpu.pin[e] ?? -1) >= 0 || (g >= 0 && (cpu.capBudget[g] ?? -1) >= 0);
    const h = vmOrContainerHost(t, e);
    if (limited && h >= 0) cpu.limits[h] = 1;
  }
  cpu.guests = t.containers.some((c) => c.vm >= 0) ? 1 : 0;
  cpu.budgets = cpu.guests === 1 || cpu.limits.includes(1) ? 1 : 0;
}

/**
 * The scheduling weight of each vCPU of a VM with weight `w` and `vcpus` vCPUs.
 * Xen Credit: every vCPU carries the VM's weight, so a VM's share is weight x active vCPUs
 * (csched_acct sums weight x active_vcpu_count). KVM under libvirt: the VM is one cgroup
 * with one weight (cpu_shares), shared by its vCPU threads; 256 maps to CFS nice-0 weight 1024.
 * Round robin ignores weights.
 */
export function vcpuWeight(policy: number, w: number, vcpus: number): number {
  return policy === POLICY.credit ? w : (w * 4) / Math.max(1, vcpus);
}

function vmOrContainerHost(t: Topology, e: number): number {
  for (const vm of t.vms) if (e >= vm.entOffset && e < vm.entOffset + vm.vcpus) return vm.host;
  for (const c of t.containers) if (c.ent === e) return c.vm >= 0 ? -1 : c.host;
  return -1;
}

const ENT_FIELDS = ['credit', 'prio', 'vruntime', 'skew', 'costop', 'mlmtd', 'active', 'work', 'owed', 'ovh', 'spin', 'done', 'migrations', 'memStall', 'memBlocked', 'memWait'] as const;
const PCPU_FIELDS = ['rate', 'cur', 'curStart', 'curWhy', 'curDetail', 'curMig', 'nextWhy', 'nextDetail', 'nextMig', 'endWhy'] as const;

/** Carry the CPU state of `prev` into `next` (built fresh for the new topology); mutates next. */
export function carryCpu(prev: CpuState, prevTopo: Topology, next: CpuState, nextTopo: Topology, map: Int32Array): void {
  const remap = (e: number): number => (e >= 0 ? (map[e] ?? -1) : -1);
  entityKeys(prevTopo).forEach((_, o) => {
    const e = map[o] ?? -1;
    if (e < 0) return;
    for (const f of ENT_FIELDS) next[f][e] = prev[f][o] ?? 0;
    if ((next.pin[e] ?? -1) < 0 && prevTopo.pcpuCount === nextTopo.pcpuCount) next.home[e] = prev.home[o] ?? -1;
  });
  next.migrationsTotal = prev.migrationsTotal;
  next.costopping.set(prev.costopping.subarray(0, Math.min(prev.costopping.length, next.costopping.length)));
  next.minVruntime.set(prev.minVruntime.subarray(0, Math.min(prev.minVruntime.length, next.minVruntime.length)));
  if (prevTopo.pcpuCount === nextTopo.pcpuCount) {
    for (const f of PCPU_FIELDS) next[f].set(prev[f]);
    for (let p = 0; p < next.cur.length; p++) next.cur[p] = remap(next.cur[p] ?? -1);
    next.log = structuredClone(prev.log);
    for (let i = 0; i < LOG_CAP; i++) next.log.ent[i] = remap(next.log.ent[i] ?? -1);
  }
  carryGroups(prev, prevTopo, next, nextTopo);
  carryHistory(prev, prevTopo, next, nextTopo);
}

function carryGroups(prev: CpuState, pt: Topology, next: CpuState, nt: Topology): void {
  const key = (t: Topology, g: number): string => (g < t.vms.length ? `vm:${t.vms[g]?.id}` : `ct:${t.containers[g - t.vms.length]?.id}`);
  const old = new Map<string, number>();
  for (let g = 0; g < prev.capLeft.length; g++) old.set(key(pt, g), g);
  for (let g = 0; g < next.capLeft.length; g++) {
    const o = old.get(key(nt, g));
    if (o === undefined || (next.capBudget[g] ?? -1) < 0) continue;
    const left = prev.capLeft[o] ?? -1;
    // A lowered cap takes effect at once; a raised one at the next period.
    if (left >= 0) next.capLeft[g] = Math.min(left, next.capBudget[g] ?? 0);
  }
}

function carryHistory(prev: CpuState, pt: Topology, next: CpuState, nt: Topology): void {
  next.histN = prev.histN;
  const old = new Map(pt.vms.map((v, i) => [v.id, i]));
  const np = pt.vms.length;
  const nn = nt.vms.length;
  nt.vms.forEach((v, i) => {
    const o = old.get(v.id);
    if (o === undefined) return;
    for (let k = 0; k < HIST_STRIDE; k++) next.histPrev[i * HIST_STRIDE + k] = prev.histPrev[o * HIST_STRIDE + k] ?? 0;
    for (let s = 0; s < HIST_LEN; s++) {
      for (let k = 0; k < HIST_STRIDE; k++) next.hist[(s * nn + i) * HIST_STRIDE + k] = prev.hist[(s * np + o) * HIST_STRIDE + k] ?? 0;
    }
  });
}
