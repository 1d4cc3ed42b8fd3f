/**
 * SimState: everything the engine needs to go on, and nothing else. Dense per-entity
 * and per-pCPU data live in typed arrays (hot loops mutate them in place, inside a
 * state that `step` has already cloned). `buildState` makes the arrays for a scenario;
 * when a command changes the topology it carries each entity's dynamic state over by
 * a stable key, so adding a VM does not disturb the others.
 */
import { pushEvent, type EventLog } from './kernel/events';
import { createRng, type RngState } from './kernel/rng';
import type { Scenario, ScheduledEvent } from './scenario/schema';
import { buildTopology, entityKeys, type Topology } from './kernel/topology';
import { buildStorage, type StorageState } from './storage';
import { buildVirt, carryVirt, type VirtState } from './virt/virt';
import { buildNet, carryNet, type NetState } from './network/net';
import { createFleet, type FleetState } from './cluster/fleet';
import { buildMemory, carryMemory } from './memory/build';
import type { MemState } from './memory/model';
import { BOOT_CODE, CONTAINER_START_TICKS, drawBurst, VM_BOOT_TICKS } from './kernel/workload';
import { buildCpu, carryCpu, type CpuState } from './cpu/cpuState';
import { onPowerOn } from './cpu/policies';

import { ENT, POWER } from './kernel/codes';

export { ENT, POWER };

export interface EntityArrays {
  /** Host whose pCPUs run it, or -1 for a container inside a VM. */
  host: Int32Array;
  state: Uint8Array;
  /** Workload kind code (see workload.ts PHASE_KINDS). */
  phaseKind: Uint8Array;
  phaseLeft: Int32Array;
  sliceLeft: Int32Array;
  pcpu: Int32Array;
  /** Accumulated ticks running, ready, waiting (blocked), and alive (powered). */
  run: Float64Array;
  ready: Float64Array;
  wait: Float64Array;
  alive: Float64Array;
  /** Recent share of time running (exponential average, about 64 ticks). */
  util: Float32Array;
}

export interface SimState {
  readonly scenario: Scenario;
  tick: number;
  rng: RngState;
  topology: Topology;
  ent: EntityArrays;
  pcpuEnt: Int32Array;
  pcpuUtil: Float32Array;
  /** Per-host ready queue as a ring buffer of entity indices. */
  queues: { buf: Int32Array; head: number; len: number }[];
  vmPower: Uint8Array;
  vmBootLeft: Int32Array;
  vmMemUsedMiB: Float64Array;
  ctPower: Uint8Array;
  ctBootLeft: Int32Array;
  contextSwitches: number;
  events: EventLog;
  /** Scripted events sorted by tick, and how many have been applied. */
  script: ScheduledEvent[];
  scriptPos: number;
  /** The CPU scheduler's state: run queues per pCPU, credits, vruntimes, skew, slice log (cpu/cpuState.ts). */
  cpu: CpuState;
  /** Storage arrays, volumes and their replicas, load (src/engine/storage). */
  storage: StorageState;
  /** Virtualization techniques: per-VM sensitive instructions, traps and their cost (virt/). */
  virt: VirtState;
  /** Network virtualization: vSwitches, VLANs, flows and bursts in flight (network/). */
  net: NetState;
  /** Container runtime (image layers, pulls, copy-on-write) and cluster (placement, DRS, migration, HA). */
  fleet: FleetState;
  /** Memory virtualization: host frames, guest pages, TLBs (src/engine/memory). */
  memory: MemState;
}

function entityArrays(n: number): EntityArrays {
  return {
    host: new Int32Array(n),
    state: new Uint8Array(n),
    phaseKind: new Uint8Array(n),
    phaseLeft: new Int32Array(n),
    sliceLeft: new Int32Array(n),
    pcpu: new Int32Array(n).fill(-1),
    run: new Float64Array(n),
    ready: new Float64Array(n),
    wait: new Float64Array(n),
    alive: new Float64Array(n),
    util: new Float32Array(n),
  };
}

export function enqueue(st: SimState, host: number, e: number): void {
  const q = st.queues[host];
  if (q === undefined) return;
  q.buf[(q.head + q.len) % q.buf.length] = e;
  q.len += 1;
}

export function dequeue(st: SimState, host: number): number {
  const q = st.queues[host];
  if (q === undefined || q.len === 0) return -1;
  const e = q.buf[q.head] ?? -1;
  q.head = (q.head + 1) % q.buf.length;
  q.len -= 1;
  return e;
}

export function queueContents(st: SimState, host: number): number[] {
  const q = st.queues[host];
  if (q === undefined) return [];
  const out: number[] = [];
  for (let i = 0; i < q.len; i++) out.push(q.buf[(q.head + i) % q.buf.length] ?? -1);
  return out;
}

/** Make every entity of a VM or container runnable (mutates). */
export function powerOnEntities(st: SimState, first: number, count: number, kindCode: number): void {
  for (let e = first; e < first + count; e++) {
    st.ent.state[e] = ENT.ready;
    st.ent.phaseKind[e] = kindCode;
    st.ent.phaseLeft[e] = drawBurst(st.rng, kindCode);
    const h = st.ent.host[e] ?? -1;
    if (h >= 0) enqueue(st, h, e);
    onPowerOn(st, e);
  }
}

function initialPower(st: SimState): void {
  const s = st.scenario;
  st.topology.vms.forEach((vm, i) => {
    if (s.vms[i]?.autostart !== true) return;
    st.vmPower[i] = POWER.booting;
    st.vmBootLeft[i] = VM_BOOT_TICKS;
    powerOnEntities(st, vm.entOffset, vm.vcpus, BOOT_CODE);
  });
  st.topology.containers.forEach((c, i) => {
    if (s.containers[i]?.autostart !== true) return;
    if (c.vm >= 0 && st.vmPower[c.vm] === POWER.off) return;
    st.ctPower[i] = POWER.booting;
    st.ctBootLeft[i] = CONTAINER_START_TICKS;
    powerOnEntities(st, c.ent, 1, BOOT_CODE);
  });
}

function allocate(scenario: Scenario, rev: number): Omit<SimState, 'tick' | 'rng' | 'events' | 'script' | 'scriptPos' | 'contextSwitches' | 'storage' | 'virt' | 'net'> {
  const topology = buildTopology(scenario, rev);
  const ent = entityArrays(topology.entityCount);
  for (const vm of topology.vms) ent.host.fill(vm.host, vm.entOffset, vm.entOffset + vm.vcpus);
  for (const c of topology.containers) ent.host[c.ent] = c.vm >= 0 ? -1 : c.host;
  const queues = topology.hosts.map(() => ({ buf: new Int32Array(topology.entityCount + 1), head: 0, len: 0 }));
  const nv = topology.vms.length;
  const nc = topology.containers.length;
  const vmMemUsedMiB = new Float64Array(nv);
  return {
    scenario,
    topology,
    ent,
    pcpuEnt: new Int32Array(topology.pcpuCount).fill(-1),
    pcpuUtil: new Float32Array(topology.pcpuCount),
    queues,
    vmPower: new Uint8Array(nv),
    vmBootLeft: new Int32Array(nv),
    vmMemUsedMiB,
    ctPower: new Uint8Array(nc),
    ctBootLeft: new Int32Array(nc),
    cpu: buildCpu(topology, scenario),
    fleet: createFleet(scenario, topology),
    memory: buildMemory(topology),
  };
}

/** A deep copy; typed arrays are copied too. */
export function cloneState(st: SimState): SimState {
  return structuredClone(st);
}

/** A fresh state at tick 0 for a valid scenario. */
export function buildState(scenario: Scenario): SimState {
  const st: SimState = {
    ...allocate(scenario, 1),
    tick: 0,
    rng: createRng(scenario.seed),
    contextSwitches: 0,
    events: { list: [], seq: 0 },
    script: scenario.events.toSorted((a, b) => a.at - b.at),
    scriptPos: 0,
    storage: buildStorage(scenario),
    virt: { vm: new Float64Array(0), mode: [] },
    net: buildNet(scenario),
  };
  st.virt = buildVirt(st);
  initialPower(st);
  st.topology.vms.forEach((vm, i) => {
    if (st.vmPower[i] !== POWER.off) pushEvent(st.events, 0, 'info', 'event.vmBooting', { vm: vm.name });
  });
  return st;
}

const ENTITY_FIELDS = ['state', 'phaseKind', 'phaseLeft', 'sliceLeft', 'run', 'ready', 'wait', 'alive', 'util'] as const;

/**
 * A state for an edited scenario that keeps everything still present: entity
 * progress, pCPU assignments, queue order, power and boot progress, memory, events.
 * Mutates nothing it is given.
 */
export function rebuildState(prev: SimState, scenario: Scenario): SimState {
  const next: SimState = {
    ...allocate(scenario, prev.topology.rev + 1),
    tick: prev.tick,
    rng: { ...prev.rng },
    contextSwitches: prev.contextSwitches,
    events: { list: [...prev.events.list], seq: prev.events.seq },
    script: prev.script,
    scriptPos: prev.scriptPos,
    storage: structuredClone(prev.storage),
    virt: prev.virt,
    net: carryNet(prev.net, scenario),
    fleet: structuredClone(prev.fleet),
  };
  next.virt = carryVirt(prev, next);
  next.memory = carryMemory(prev.memory, prev.topology, next.topology);
  const oldIndex = new Map(entityKeys(prev.topology).map((k, i) => [k, i]));
  const newKeys = entityKeys(next.topology);
  const map = new Int32Array(prev.topology.entityCount).fill(-1);
  newKeys.forEach((key, e) => {
    const o = oldIndex.get(key);
    if (o === undefined) return;
    map[o] = e;
    for (const f of ENTITY_FIELDS) next.ent[f][e] = prev.ent[f][o] ?? 0;
  });
  carryPcpus(prev, next, map);
  carryCpu(prev.cpu, prev.topology, next.cpu, next.topology, map);
  prev.queues.forEach((_, h) => {
    for (const o of queueContents(prev, h)) {
      const e = map[o] ?? -1;
      if (e >= 0 && next.ent.host[e] === h) enqueue(next, h, e);
    }
  });
  // A running entity whose pCPU did not survive the edit waits for a new one.
  for (let e = 0; e < next.topology.entityCount; e++) {
    const h = next.ent.host[e] ?? -1;
    if (next.ent.state[e] === ENT.running && next.ent.pcpu[e] === -1 && h >= 0) {
      next.ent.state[e] = ENT.ready;
      enqueue(next, h, e);
    }
  }
  carryPower(prev, next);
  return next;
}

function carryPcpus(prev: SimState, next: SimState, map: Int32Array): void {
  const oldHost = new Map(prev.topology.hosts.map((h) => [h.id, h]));
  next.topology.hosts.forEach((h, hi) => {
    const o = oldHost.get(h.id);
    if (o === undefined) return;
    for (let p = 0; p < Math.min(h.pcpuCount, o.pcpuCount); p++) {
      const oe: number = prev.pcpuEnt[o.pcpuOffset + p] ?? -1;
      const e = oe >= 0 ? (map[oe] ?? -1) : -1;
      next.pcpuUtil[h.pcpuOffset + p] = prev.pcpuUtil[o.pcpuOffset + p] ?? 0;
      if (e >= 0 && next.ent.host[e] === hi) {
        next.pcpuEnt[h.pcpuOffset + p] = e;
        next.ent.pcpu[e] = h.pcpuOffset + p;
      }
    }
  });
}

function carryPower(prev: SimState, next: SimState): void {
  const oldVm = new Map(prev.topology.vms.map((v, i) => [v.id, i]));
  next.topology.vms.forEach((v, i) => {
    const o = oldVm.get(v.id);
    if (o === undefined) return;
    next.vmPower[i] = prev.vmPower[o] ?? 0;
    next.vmBootLeft[i] = prev.vmBootLeft[o] ?? 0;
    next.vmMemUsedMiB[i] = prev.vmMemUsedMiB[o] ?? 0;
  });
  const oldCt = new Map(prev.topology.containers.map((c, i) => [c.id, i]));
  next.topology.containers.forEach((c, i) => {
    const o = oldCt.get(c.id);
    if (o === undefined) return;
    next.ctPower[i] = prev.ctPower[o] ?? 0;
    next.ctBootLeft[i] = prev.ctBootLeft[o] ?? 0;
  });
}

