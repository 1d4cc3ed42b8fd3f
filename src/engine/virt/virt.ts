/**
 * The virtualization-technique subsystem: per VM, how much its guest ran and how many
 * sensitive instructions and I/O operations it issued, and what they cost under the
 * technique and hypervisor type of its host at the time. Sampled every VIRT_PERIOD
 * ticks from the guest time the CPU publishes (`guest.ms`; batching keeps the tick loop
 * fast). The cost is CPU time: it is charged back to the vCPUs that caused it through
 * the channel (`overhead.ms`, in ms of pCPU time, split by the guest time each one
 * ran), and the CPU spends it on the pCPU without guest progress. Shadow paging's exits
 * that the memory model counts (paging.exits: demand paging's page-table writes, shadow
 * root reloads) and nested paging's EPT violations are priced here too, as exits of the
 * host's VT-x generation, and nested paging's two-dimensional walks (paging.walks) at the
 * references they read beyond a native walk; each is charged to the vCPU that caused it:
 * one price and one charge per exit or walk.
 */
import { GUEST_MS, meter, OVERHEAD_MS, PAGING_EXITS, PAGING_WALKS, take } from '../kernel/channel';
import { exitCyclesOf, nestedWalkCycles } from '../kernel/cycles';
import type { World } from '../kernel/world';
import { PHASE_KINDS } from '../kernel/workload';
import { ioPaths, type IoPathId } from '../scenario/parts';
import { COST, costOf, CYCLES_PER_TICK, IO_PER_MS, SENSITIVE_PER_MS, type HvTypeId, type IoSpec, type TechniqueId } from './costModel';
import { VF, VIRT_PERIOD } from './fields';
import { batchOf, defaultIoPath } from './ioPath';

export { VF, VIRT_PERIOD } from './fields';

export interface VirtState {
  vm: Float64Array;
  /** Per entity: its guest time (guest.ms) at the last sample. */
  lastGuest: Float64Array;
  /** Per VM: the host's hypervisor "type/technique" the counters were charged under. */
  mode: string[];
}

/** What every virt function sees: the world and the technique counters. */
export type VirtWorld = World & { virt: VirtState };

const RECENT_ALPHA = 1 / 16;

export function buildVirt(st: Pick<World, 'topology' | 'scenario'>): VirtState {
  const vms = st.topology.vms;
  const out = {
    vm: new Float64Array(vms.length * VF.count),
    lastGuest: new Float64Array(st.topology.entityCount),
    mode: vms.map((vm) => modeOf(st, vm.host)),
  };
  vms.forEach((_, i) => writePath(out.vm, i, ioOf(st, i)));
  return out;
}

/** A VM's I/O path and batch: the scenario's, or its host technique's usual device. */
export function ioOf(st: Pick<World, 'topology' | 'scenario'>, i: number): IoSpec & { explicit: boolean } {
  const spec = st.scenario.vms[i];
  const technique = st.topology.hosts[st.topology.vms[i]?.host ?? 0]?.hypervisor.technique ?? 'hardware-assisted';
  const path: IoPathId = spec?.ioPath ?? defaultIoPath(technique);
  return { path, batch: batchOf(spec?.ioQueueDepth), explicit: spec?.ioPath !== undefined };
}

function writePath(f: Float64Array, i: number, io: IoSpec & { explicit: boolean }): void {
  const base = i * VF.count;
  f[base + VF.ioPath] = ioPaths.indexOf(io.path);
  f[base + VF.ioExplicit] = io.explicit ? 1 : 0;
  f[base + VF.ioBatch] = io.batch;
}

function modeOf(st: Pick<World, 'topology'>, host: number): string {
  const hv = st.topology.hosts[host]?.hypervisor;
  return hv === undefined ? '' : `${hv.type}/${hv.technique}`;
}

/**
 * Carry counters across a topology edit by VM id. A VM whose host changed type or
 * technique keeps its counts but starts with an empty translation cache. Each vCPU keeps
 * its last sampled guest time (`map`: old entity -> new, -1 gone), so the next sample
 * charges only guest time run since the last one.
 */
export function carryVirt(prev: VirtWorld, next: World, map: Int32Array): VirtState {
  const out = buildVirt(next);
  const old = new Map(prev.topology.vms.map((v, i) => [v.id, i]));
  next.topology.vms.forEach((vm, i) => {
    const o = old.get(vm.id);
    if (o === undefined) return;
    out.vm.set(prev.virt.vm.subarray(o * VF.count, (o + 1) * VF.count), i * VF.count);
    if (prev.virt.mode[o] !== out.mode[i]) out.vm[i * VF.count + VF.sensitiveSinceFlush] = 0;
    writePath(out.vm, i, ioOf(next, i));
  });
  for (let e = 0; e < map.length; e++) {
    const to = map[e] ?? -1;
    if (to >= 0 && to < out.lastGuest.length) out.lastGuest[to] = prev.virt.lastGuest[e] ?? 0;
  }
  return out;
}

/**
 * One sample: cost each VM's guest time since the last one under its host's technique,
 * count it, and charge it to its vCPUs as pCPU time (mutates st.virt and the
 * overhead.ms flow).
 */
export function stepVirt(st: VirtWorld): void {
  if (st.tick % VIRT_PERIOD !== 0) return;
  const { vm: f, lastGuest } = st.virt;
  const guest = meter(st, GUEST_MS);
  const charge = meter(st, OVERHEAD_MS);
  const paging = meter(st, PAGING_EXITS);
  const walks = meter(st, PAGING_WALKS);
  st.topology.vms.forEach((vm, i) => {
    const base = i * VF.count;
    const pagingMs = chargePaging(st, i, paging, charge) + chargeWalks(st, i, walks, charge);
    let dRun = 0;
    for (let e = vm.entOffset; e < vm.entOffset + vm.vcpus; e++) dRun += (guest[e] ?? 0) - (lastGuest[e] ?? 0);
    f[base + VF.runMs] = (f[base + VF.runMs] ?? 0) + dRun;
    const hv = st.topology.hosts[vm.host]?.hypervisor;
    if (hv === undefined || dRun <= 0) {
      for (let e = vm.entOffset; e < vm.entOffset + vm.vcpus; e++) lastGuest[e] = guest[e] ?? 0;
      f[base + VF.recentIops] = (f[base + VF.recentIops] ?? 0) * (1 - RECENT_ALPHA);
      return;
    }
    const kind = PHASE_KINDS[st.ent.phaseKind[vm.entOffset] ?? 0] ?? 'idle';
    const sensitive = dRun * SENSITIVE_PER_MS[kind];
    const io = dRun * IO_PER_MS[kind];
    const since = (f[base + VF.sensitiveSinceFlush] ?? 0) + sensitive;
    f[base + VF.sensitiveSinceFlush] = since;
    const spec = ioOf(st, i);
    const c = costOf(hv.technique as TechniqueId, hv.type as HvTypeId, { runMs: dRun, sensitive, io, sensitiveSinceFlush: since }, { era: hv.hwEra, translation: hv.memory.translation }, spec);
    add(f, base + VF.sensitive, sensitive);
    add(f, base + VF.io, io);
    add(f, base + VF.traps, c.traps);
    add(f, base + VF.hypercalls, c.hypercalls);
    add(f, base + VF.translations, c.translations);
    add(f, base + VF.hostOsCrossings, c.hostOsCrossings);
    add(f, base + VF.cpuCycles, c.cpuCycles);
    add(f, base + VF.ioCycles, c.ioCycles);
    add(f, base + VF.hostOsCycles, c.hostOsCycles);
    add(f, base + VF.ioExits, c.ioExits);
    f[base + VF.ioLatencyUs] = c.ioLatencyUs;
    const r = f[base + VF.recentOverhead] ?? 0;
    // Paging's exits and nested walks are overhead too (the same share: overhead cycles over all).
    const pc = pagingMs * CYCLES_PER_TICK;
    const overhead = pc > 0 ? (c.totalCycles + pc) / (dRun * CYCLES_PER_TICK + c.totalCycles + pc) : c.overhead;
    f[base + VF.recentOverhead] = r + (overhead - r) * RECENT_ALPHA;
    const q = f[base + VF.recentIops] ?? 0;
    f[base + VF.recentIops] = q + ((io * 1000) / VIRT_PERIOD - q) * RECENT_ALPHA;
    // The cost is pCPU time owed by the vCPUs that caused it, in proportion to their guest time.
    const ms = c.totalCycles / CYCLES_PER_TICK;
    for (let e = vm.entOffset; e < vm.entOffset + vm.vcpus; e++) {
      const d = (guest[e] ?? 0) - (lastGuest[e] ?? 0);
      lastGuest[e] = guest[e] ?? 0;
      if (d > 0) charge[e] = (charge[e] ?? 0) + (ms * d) / dRun;
    }
  });
}

/**
 * Take the shadow-paging exits VM i's vCPUs caused (posted by memory), count them as traps,
 * price each as one VM exit (plus a host-OS crossing on type 2) and charge it to the vCPU
 * as pCPU time. Returns the ms charged (mutates st.virt and the flows).
 */
function chargePaging(st: VirtWorld, i: number, paging: Float64Array, charge: Float64Array): number {
  const vm = st.topology.vms[i];
  const hv = vm === undefined ? undefined : st.topology.hosts[vm.host]?.hypervisor;
  if (vm === undefined || hv === undefined) return 0;
  const exit = exitCyclesOf(hv.hwEra);
  const cross = hv.type === 'type2' ? COST.hostOsTrap : 0;
  const base = i * VF.count;
  let ms = 0;
  for (let e = vm.entOffset; e < vm.entOffset + vm.vcpus; e++) {
    const n = take(paging, e);
    if (n <= 0) continue;
    add(st.virt.vm, base + VF.traps, n);
    add(st.virt.vm, base + VF.cpuCycles, n * exit);
    if (cross > 0) {
      add(st.virt.vm, base + VF.hostOsCrossings, n);
      add(st.virt.vm, base + VF.hostOsCycles, n * cross);
    }
    const d = (n * (exit + cross)) / CYCLES_PER_TICK;
    charge[e] = (charge[e] ?? 0) + d;
    ms += d;
  }
  return ms;
}

/**
 * Take the nested walks VM i's vCPUs made (posted by memory), price each at the references
 * it reads beyond a native walk (large pages: one level less) and charge it to the vCPU as
 * pCPU time without guest progress, in the technique's cycles. Returns the ms charged.
 */
function chargeWalks(st: VirtWorld, i: number, walks: Float64Array, charge: Float64Array): number {
  const vm = st.topology.vms[i];
  const hv = vm === undefined ? undefined : st.topology.hosts[vm.host]?.hypervisor;
  if (vm === undefined || hv === undefined) return 0;
  const price = nestedWalkCycles(hv.memory.largePages);
  let ms = 0;
  for (let e = vm.entOffset; e < vm.entOffset + vm.vcpus; e++) {
    const n = take(walks, e);
    if (n <= 0) continue;
    add(st.virt.vm, i * VF.count + VF.cpuCycles, n * price);
    const d = (n * price) / CYCLES_PER_TICK;
    charge[e] = (charge[e] ?? 0) + d;
    ms += d;
  }
  return ms;
}

function add(f: Float64Array, i: number, x: number): void {
  f[i] = (f[i] ?? 0) + x;
}
