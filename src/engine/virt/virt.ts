/**
 * The virtualization-technique subsystem: per VM, how much its guest ran and how many
 * sensitive instructions and I/O operations it issued, and what they cost under the
 * technique and hypervisor type of its host at the time. Sampled every VIRT_PERIOD
 * ticks from the CPU subsystem's run counters (batching keeps the tick loop fast); it
 * reads the CPU state and never changes it, so adding it moves no vCPU.
 */
import type { World } from '../kernel/world';
import { PHASE_KINDS } from '../kernel/workload';
import { costOf, IO_PER_MS, SENSITIVE_PER_MS, type HvTypeId, type TechniqueId } from './costModel';

/** 20 samples per simulated second: plenty for counters, cheap for the tick loop. */
export const VIRT_PERIOD = 50;

/** Per-VM fields of `VirtState.vm` (row-major, VF.count per VM). */
export const VF = {
  runMs: 0,
  sensitive: 1,
  io: 2,
  traps: 3,
  hypercalls: 4,
  translations: 5,
  hostOsCrossings: 6,
  cpuCycles: 7,
  ioCycles: 8,
  hostOsCycles: 9,
  /** Recent overhead share (exponential average over about 16 samples, 0.8 s). */
  recentOverhead: 10,
  sensitiveSinceFlush: 11,
  count: 12,
} as const;

export interface VirtState {
  vm: Float64Array;
  /** Per VM: the host's hypervisor "type/technique" the counters were charged under. */
  mode: string[];
}

/** What every virt function sees: the world and the technique counters. */
export type VirtWorld = World & { virt: VirtState };

const RECENT_ALPHA = 1 / 16;

export function buildVirt(st: Pick<World, 'topology'>): VirtState {
  const vms = st.topology.vms;
  return {
    vm: new Float64Array(vms.length * VF.count),
    mode: vms.map((vm) => modeOf(st, vm.host)),
  };
}

function modeOf(st: Pick<World, 'topology'>, host: number): string {
  const hv = st.topology.hosts[host]?.hypervisor;
  return hv === undefined ? '' : `${hv.type}/${hv.technique}`;
}

/**
 * Carry counters across a topology edit by VM id. A VM whose host changed type or
 * technique keeps its counts but starts with an empty translation cache. A VM that lost
 * vCPUs (`map`: old entity -> new, -1 gone) keeps the run time they had: the sampled run
 * total drops by it, so the next sample still charges only time run since the last one.
 */
export function carryVirt(prev: VirtWorld, next: World, map: Int32Array): VirtState {
  const out = buildVirt(next);
  const old = new Map(prev.topology.vms.map((v, i) => [v.id, i]));
  next.topology.vms.forEach((vm, i) => {
    const o = old.get(vm.id);
    const was = o === undefined ? undefined : prev.topology.vms[o];
    if (o === undefined || was === undefined) return;
    out.vm.set(prev.virt.vm.subarray(o * VF.count, (o + 1) * VF.count), i * VF.count);
    if (prev.virt.mode[o] !== out.mode[i]) out.vm[i * VF.count + VF.sensitiveSinceFlush] = 0;
    let gone = 0;
    for (let e = was.entOffset; e < was.entOffset + was.vcpus; e++) if ((map[e] ?? -1) < 0) gone += prev.ent.run[e] ?? 0;
    out.vm[i * VF.count + VF.runMs] = (out.vm[i * VF.count + VF.runMs] ?? 0) - gone;
  });
  return out;
}

/** One sample: charge each VM for the ticks its vCPUs ran since the last one (mutates st.virt). */
export function stepVirt(st: VirtWorld): void {
  if (st.tick % VIRT_PERIOD !== 0) return;
  const { vm: f } = st.virt;
  st.topology.vms.forEach((vm, i) => {
    const base = i * VF.count;
    let run = 0;
    for (let e = vm.entOffset; e < vm.entOffset + vm.vcpus; e++) run += st.ent.run[e] ?? 0;
    const dRun = run - (f[base + VF.runMs] ?? 0);
    f[base + VF.runMs] = run;
    const hv = st.topology.hosts[vm.host]?.hypervisor;
    if (hv === undefined) return;
    const kind = PHASE_KINDS[st.ent.phaseKind[vm.entOffset] ?? 0] ?? 'idle';
    const sensitive = dRun * SENSITIVE_PER_MS[kind];
    const io = dRun * IO_PER_MS[kind];
    const since = (f[base + VF.sensitiveSinceFlush] ?? 0) + sensitive;
    f[base + VF.sensitiveSinceFlush] = since;
    const c = costOf(hv.technique as TechniqueId, hv.type as HvTypeId, { runMs: dRun, sensitive, io, sensitiveSinceFlush: since });
    add(f, base + VF.sensitive, sensitive);
    add(f, base + VF.io, io);
    add(f, base + VF.traps, c.traps);
    add(f, base + VF.hypercalls, c.hypercalls);
    add(f, base + VF.translations, c.translations);
    add(f, base + VF.hostOsCrossings, c.hostOsCrossings);
    add(f, base + VF.cpuCycles, c.cpuCycles);
    add(f, base + VF.ioCycles, c.ioCycles);
    add(f, base + VF.hostOsCycles, c.hostOsCycles);
    if (dRun > 0) {
      const r = f[base + VF.recentOverhead] ?? 0;
      f[base + VF.recentOverhead] = r + (c.overhead - r) * RECENT_ALPHA;
    }
  });
}

function add(f: Float64Array, i: number, x: number): void {
  f[i] = (f[i] ?? 0) + x;
}
