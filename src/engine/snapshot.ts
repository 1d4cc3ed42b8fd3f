/**
 * toSnapshot: what the UI sees of a state. Plain objects for small structured data,
 * typed-array copies for the dense per-entity and per-pCPU data, so the worker can
 * transfer the buffers instead of copying them. Structured-clone safe by construction
 * (no functions, no class instances, no shared references to live state).
 */
import { recentEvents, type SimEvent } from './kernel/events';
import { queueContents, type SimState } from './state';
import type { Topology } from './kernel/topology';
import { cpuArrays, cpuSnapshot, type CpuSnapshot } from './cpu/snapshot';
import { digestStorage, storageBuffers, storageSnapshot, type StorageSnapshot } from './storage';
import { netSnapshot, netBuffers, type NetSnapshot } from './network/netSnapshot';
import { fleetDigestText, toFleetSnapshot, type FleetSnapshot } from './cluster/snapshot';
import { memoryBuffers, memoryHash, memorySnapshot, type MemorySnapshot } from './memory/snapshot';

export const SNAPSHOT_VERSION = 1;
export const SNAPSHOT_EVENTS = 40;

export interface Snapshot {
  v: typeof SNAPSHOT_VERSION;
  tick: number;
  topology: Topology;
  ent: {
    state: Uint8Array;
    pcpu: Int32Array;
    util: Float32Array;
    run: Float64Array;
    ready: Float64Array;
    wait: Float64Array;
  };
  pcpu: { ent: Int32Array; util: Float32Array };
  /** Ready queue per host, head first. */
  queues: number[][];
  vms: { power: Uint8Array; bootLeft: Int32Array; memUsedMiB: Float64Array };
  containers: { power: Uint8Array; bootLeft: Int32Array };
  counters: { contextSwitches: number };
  events: SimEvent[];
  /** The CPU scheduler: per-pCPU run queues (home), credits, vruntimes, skew, slices, history. */
  cpu: CpuSnapshot;
  /** Arrays, volumes, load and history (src/engine/storage/snapshot.ts). */
  storage: StorageSnapshot;
  /** Virtualization-technique counters per VM (VF fields per row) and network state. */
  virt: { vm: Float64Array };
  net: NetSnapshot;
  /** Containers (layers, pulls, copy-on-write) and cluster (placement, DRS, migration, HA). */
  fleet: FleetSnapshot;
  /** Memory virtualization: frame grids, page maps, reclaim and TLB counters. */
  memory: MemorySnapshot;
}

export function toSnapshot(st: SimState): Snapshot {
  return {
    v: SNAPSHOT_VERSION,
    tick: st.tick,
    topology: structuredClone(st.topology),
    ent: {
      state: st.ent.state.slice(),
      pcpu: st.ent.pcpu.slice(),
      util: st.ent.util.slice(),
      run: st.ent.run.slice(),
      ready: st.ent.ready.slice(),
      wait: st.ent.wait.slice(),
    },
    pcpu: { ent: st.pcpuEnt.slice(), util: st.pcpuUtil.slice() },
    queues: st.queues.map((_, h) => queueContents(st, h)),
    vms: { power: st.vmPower.slice(), bootLeft: st.vmBootLeft.slice(), memUsedMiB: st.vmMemUsedMiB.slice() },
    containers: { power: st.ctPower.slice(), bootLeft: st.ctBootLeft.slice() },
    counters: { contextSwitches: st.contextSwitches },
    events: recentEvents(st.events, SNAPSHOT_EVENTS),
    cpu: cpuSnapshot(st),
    storage: storageSnapshot(st.storage),
    virt: { vm: st.virt.vm.slice() },
    net: netSnapshot(st.net),
    fleet: toFleetSnapshot(st),
    memory: memorySnapshot(st.memory, st.topology),
  };
}

/** The buffers of a snapshot's typed arrays, for a postMessage transfer list. */
export function snapshotBuffers(s: Snapshot): ArrayBuffer[] {
  const arrays = [s.ent.state, s.ent.pcpu, s.ent.util, s.ent.run, s.ent.ready, s.ent.wait, s.pcpu.ent, s.pcpu.util, s.vms.power, s.vms.bootLeft, s.vms.memUsedMiB, s.containers.power, s.containers.bootLeft];
  // One line per subsystem: typed arrays whose buffers can be transferred.
  const views: ArrayBufferView[] = [...arrays, ...cpuArrays(s.cpu), s.virt.vm, ...netBuffers(s.net), s.fleet.pages];
  return [...views.map((a) => a.buffer as ArrayBuffer), ...storageBuffers(s.storage), ...memoryBuffers(s.memory)];
}

/** Topologies change rarely; hash each one once (a pure cache keyed by the object). */
const topologyHashes = new WeakMap<Topology, number>();

function topologyHash(t: Topology): number {
  const cached = topologyHashes.get(t);
  if (cached !== undefined) return cached;
  const text = JSON.stringify(t);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  topologyHashes.set(t, h >>> 0);
  return h >>> 0;
}

/** A short, stable digest of everything a snapshot says (for golden tests and replay checks). */
export function snapshotDigest(s: Snapshot): string {
  let h = 0x811c9dc5;
  const mix = (x: number): void => {
    h = Math.imul(h ^ (x & 0xff), 0x01000193);
    h = Math.imul(h ^ ((x >>> 8) & 0xff), 0x01000193);
    h = Math.imul(h ^ ((x >>> 16) & 0xff), 0x01000193);
    h = Math.imul(h ^ (x >>> 24), 0x01000193);
  };
  const bytes = (a: ArrayBufferView): void => {
    const u = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
    for (let i = 0; i < u.length; i++) h = Math.imul(h ^ (u[i] ?? 0), 0x01000193);
  };
  mix(s.tick);
  mix(topologyHash(s.topology));
  [s.ent.state, s.ent.pcpu, s.ent.util, s.ent.run, s.ent.ready, s.ent.wait, s.pcpu.ent, s.pcpu.util, s.vms.power, s.vms.memUsedMiB, s.containers.power].forEach(bytes);
  mix(s.counters.contextSwitches);
  for (const q of s.queues) for (const e of q) mix(e);
  for (const e of s.events) mix(e.seq);
  [s.cpu.costop, s.cpu.home, s.cpu.credit, s.cpu.vruntime].forEach(bytes);
  mix(s.cpu.slices.n);
  mix(s.cpu.migrationsTotal);
  h = digestStorage(s.storage, h);
  [s.virt.vm, ...netBuffers(s.net)].forEach(bytes);
  const fleet = fleetDigestText(s.fleet);
  for (let i = 0; i < fleet.length; i++) h = Math.imul(h ^ fleet.charCodeAt(i), 0x01000193);
  bytes(s.fleet.pages);
  mix(memoryHash(s.memory));
  return (h >>> 0).toString(16).padStart(8, '0');
}
