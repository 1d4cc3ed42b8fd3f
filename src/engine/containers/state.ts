/**
 * The container runtime's own state: which image layers each container engine holds
 * (a host's, or a VM's when containers run inside it), registry pulls in progress,
 * and per container its thin writable layer (what copy-on-write copied up), CPU quota
 * accounting and measured start times. VMs get measured boot times here too, so the
 * Containers lens can compare the two from one run. A container's memory in use is
 * published on the channel (CT_MEM_USED), not kept here. Plain data: cloned with the state.
 */
import type { Scenario } from '../scenario/schema';
import type { Topology } from '../kernel/topology';
import type { World } from '../kernel/world';
import { imageLayers } from './images';

export interface CopiedFile {
  path: string;
  /** Instruction of the read-only layer the file was copied up from. */
  from: string;
  sizeMiB: number;
  tick: number;
}

/** A container's record as the snapshot shows it (memMiB, iops and ioLatencyMs come from the channel). */
export interface CtRecord {
  id: string;
  /** Size of the container's writable layer: copied-up files plus new files (logs). */
  writableMiB: number;
  copied: CopiedFile[];
  memMiB: number;
  /** Disk I/Os per second it issues (smoothed) and the latency storage gives one, ms (its VM's volumes, or its host's local disk). */
  iops: number;
  ioLatencyMs: number;
  /** Tick the current start was asked for, or -1. */
  requested: number;
  lastStartMs: number;
  lastPullMs: number;
  /** CPU time spent starting (process start: no OS to boot). */
  startCpuMs: number;
  oomKills: number;
  /** CFS bandwidth control: CPU used in the current quota period, and throttling so far. */
  periodUsedMs: number;
  periodStart: number;
  lastRunMs: number;
  throttles: number;
  throttledMs: number;
  /** Its cgroup CPU quota per period (0 = none), copied from the scenario for the UI. */
  quotaMs: number;
  periodMs: number;
}

export interface VmRecord {
  id: string;
  requested: number;
  lastStartMs: number;
  /** CPU time the vCPUs spent booting the guest OS. */
  bootCpuMs: number;
}

export interface PullLayer {
  id: string;
  instruction: string;
  sizeMiB: number;
  doneMiB: number;
  /** Already on this engine before the pull began: skipped, not fetched. */
  cached: boolean;
}

export interface Pull {
  container: string;
  /** Cache key of the engine pulling: `h:<host>` or `v:<vm>`. */
  engine: string;
  image: string;
  startTick: number;
  layers: PullLayer[];
}

/** A container's record in the state. */
export type CtState = Omit<CtRecord, 'memMiB' | 'iops' | 'ioLatencyMs'>;

export interface ContainersState {
  /** Topology revision the records are aligned with (always the current one: carried at every edit). */
  rev: number;
  cache: { engine: string; layers: string[] }[];
  pulls: Pull[];
  cts: CtState[];
  vms: VmRecord[];
  ctPower: number[];
  vmPower: number[];
  /** Indices of containers with a CPU quota (cgroup cpu.max), checked every tick. */
  quotaIdx: number[];
}

/** What every container-runtime function sees: the world and the runtime's own state. */
export type CtWorld = World & { containers: ContainersState };

/** Registry pull bandwidth: about 100 MiB/s (a 1 Gbit/s link to Docker Hub). */
export const REGISTRY_MIB_PER_TICK = 0.1;

export function engineKey(t: Topology, containerIndex: number): string {
  const c = t.containers[containerIndex];
  if (c === undefined) return '';
  if (c.vm >= 0) return `v:${t.vms[c.vm]?.id ?? ''}`;
  return `h:${t.hosts[c.host]?.id ?? ''}`;
}

export function newCtRecord(id: string): CtState {
  return { id, writableMiB: 0, copied: [], requested: -1, lastStartMs: -1, lastPullMs: -1, startCpuMs: 0, oomKills: 0, periodUsedMs: 0, periodStart: 0, lastRunMs: 0, throttles: 0, throttledMs: 0, quotaMs: 0, periodMs: 100 };
}

/** Initial state: every scenario container's image is already on its engine (pre-pulled). */
export function createContainersState(s: Scenario, t: Topology): ContainersState {
  const cache = new Map<string, Set<string>>();
  t.containers.forEach((c, i) => {
    const key = engineKey(t, i);
    const set = cache.get(key) ?? new Set<string>();
    for (const l of imageLayers(c.image)) set.add(l.id);
    cache.set(key, set);
  });
  return {
    rev: t.rev,
    cache: [...cache].map(([engine, layers]) => ({ engine, layers: [...layers] })),
    pulls: [],
    cts: s.containers.map((c) => ({ ...newCtRecord(c.id), quotaMs: c.cpuQuotaMs, periodMs: c.cpuPeriodMs })),
    vms: s.vms.map((v) => ({ id: v.id, requested: -1, lastStartMs: -1, bootCpuMs: 0 })),
    ctPower: t.containers.map(() => 0),
    vmPower: t.vms.map(() => 0),
    quotaIdx: quotaIndices(s),
  };
}

/** After a topology change, realign the per-container and per-VM records by id (mutates cs). */
export function syncContainers(cs: ContainersState, t: Topology, s: Scenario): void {
  const ct = new Map(cs.cts.map((r, i) => [r.id, { r, p: cs.ctPower[i] ?? 0 }]));
  const vm = new Map(cs.vms.map((r, i) => [r.id, { r, p: cs.vmPower[i] ?? 0 }]));
  cs.cts = t.containers.map((c, i) => ({ ...(ct.get(c.id)?.r ?? newCtRecord(c.id)), quotaMs: s.containers[i]?.cpuQuotaMs ?? 0, periodMs: s.containers[i]?.cpuPeriodMs ?? 100 }));
  cs.ctPower = t.containers.map((c) => ct.get(c.id)?.p ?? 0);
  cs.vms = t.vms.map((v) => vm.get(v.id)?.r ?? { id: v.id, requested: -1, lastStartMs: -1, bootCpuMs: 0 });
  cs.vmPower = t.vms.map((v) => vm.get(v.id)?.p ?? 0);
  cs.quotaIdx = quotaIndices(s);
  cs.rev = t.rev;
}

/** Containers with a CPU quota; the scenario's containers are in topology order. */
function quotaIndices(s: Scenario): number[] {
  return s.containers.flatMap((c, i) => (c.cpuQuotaMs > 0 ? [i] : []));
}

export function cacheOf(cs: ContainersState, engine: string): Set<string> {
  return new Set(cs.cache.find((c) => c.engine === engine)?.layers ?? []);
}

export function addToCache(cs: ContainersState, engine: string, layerId: string): void {
  let entry = cs.cache.find((c) => c.engine === engine);
  if (entry === undefined) {
    entry = { engine, layers: [] };
    cs.cache.push(entry);
  }
  if (!entry.layers.includes(layerId)) entry.layers.push(layerId);
}
