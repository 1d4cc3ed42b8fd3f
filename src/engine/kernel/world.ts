/**
 * The world: the kernel's part of the simulation state, which every subsystem may read
 * and which knows no subsystem. Dense per-entity and per-pCPU data live in typed arrays
 * (hot loops mutate them in place, inside a state that `step` has already cloned).
 * `allocateWorld` makes the arrays for a scenario; `carryWorld` fills a freshly
 * allocated world for an edited scenario from the previous one, by stable keys, so
 * adding a VM does not disturb the others. A subsystem's own state lives beside it
 * (SimState = World & { cpu, memory, ... }: registry.ts).
 */
import { buildMeters, carryMeters, type MeterSpec, type Meters } from './channel';
import { ENT } from './codes';
import type { EventLog } from './events';
import { emptyQueue, enqueue, queueContents, type ReadyQueue } from './queues';
import type { RngState } from './rng';
import type { Scenario, ScheduledEvent } from '../scenario/schema';
import { buildTopology, entityKeys, type Topology } from './topology';

export interface EntityArrays {
  /** Host whose pCPUs run it, or -1 for a container inside a VM. */
  host: Int32Array;
  state: Uint8Array;
  /** Workload kind code (see workload.ts PHASE_KINDS). */
  phaseKind: Uint8Array;
  phaseLeft: Int32Array;
  /** Ms left of a pause the hypervisor holds the entity in (lifecycle.pauseVm); 0: none. */
  paused: Int32Array;
  /**
   * 1 while that pause is a limit's hold (a spent cgroup CPU quota: throttleEntity), so the
   * CPU model counts it as held back by a limit (%MLMTD), not as waiting; 0 otherwise.
   */
  limited: Uint8Array;
  /**
   * The CPU burst a pause took the entity off (ms left), resumed when the pause ends, as a
   * paused or throttled vCPU carries on where it stopped; 0: none (it draws a new burst).
   */
  resume: Int32Array;
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

export interface World {
  readonly scenario: Scenario;
  tick: number;
  rng: RngState;
  topology: Topology;
  ent: EntityArrays;
  pcpuEnt: Int32Array;
  pcpuUtil: Float32Array;
  /** Per-host ready queue (the order entities became ready). */
  queues: ReadyQueue[];
  /** Lifecycle (lifecycle.ts): power and boot countdown of VMs and containers. */
  vmPower: Uint8Array;
  vmBootLeft: Int32Array;
  ctPower: Uint8Array;
  ctBootLeft: Int32Array;
  /** Per container: 1 while its start waits (for its image), holding its memory reservation. */
  ctPending: Uint8Array;
  /** Ids of failed hosts, in the order they failed. */
  failedHosts: string[];
  contextSwitches: number;
  events: EventLog;
  /** Scripted events sorted by tick, and how many have been applied. */
  script: ScheduledEvent[];
  scriptPos: number;
  /** The channel (channel.ts): named meters subsystems post to, publish and read. */
  meters: Meters;
}

/** Every key of the world: a subsystem's id must be none of these (engine.ts checks). */
export const WORLD_KEYS = [
  'scenario', 'tick', 'rng', 'topology', 'ent', 'pcpuEnt', 'pcpuUtil', 'queues', 'vmPower', 'vmBootLeft', 'ctPower', 'ctBootLeft',
  'ctPending', 'failedHosts', 'contextSwitches', 'events', 'script', 'scriptPos', 'meters',
] as const satisfies readonly (keyof World)[];

/** The kernel fields that depend only on the scenario's shape (the rest is history). */
export type WorldShape = Pick<World, 'scenario' | 'topology' | 'ent' | 'pcpuEnt' | 'pcpuUtil' | 'queues' | 'vmPower' | 'vmBootLeft' | 'ctPower' | 'ctBootLeft' | 'ctPending' | 'meters'>;

function entityArrays(n: number): EntityArrays {
  return {
    host: new Int32Array(n),
    state: new Uint8Array(n),
    phaseKind: new Uint8Array(n),
    phaseLeft: new Int32Array(n),
    paused: new Int32Array(n),
    limited: new Uint8Array(n),
    resume: new Int32Array(n),
    sliceLeft: new Int32Array(n),
    pcpu: new Int32Array(n).fill(-1),
    run: new Float64Array(n),
    ready: new Float64Array(n),
    wait: new Float64Array(n),
    alive: new Float64Array(n),
    util: new Float32Array(n),
  };
}

/** Fresh kernel arrays for a scenario (nothing running, everything off). */
export function allocateWorld(scenario: Scenario, rev: number, meters: readonly MeterSpec[]): WorldShape {
  const topology = buildTopology(scenario, rev);
  const ent = entityArrays(topology.entityCount);
  for (const vm of topology.vms) ent.host.fill(vm.host, vm.entOffset, vm.entOffset + vm.vcpus);
  for (const c of topology.containers) ent.host[c.ent] = c.vm >= 0 ? -1 : c.host;
  const nv = topology.vms.length;
  const nc = topology.containers.length;
  return {
    scenario,
    topology,
    ent,
    pcpuEnt: new Int32Array(topology.pcpuCount).fill(-1),
    pcpuUtil: new Float32Array(topology.pcpuCount),
    queues: topology.hosts.map(() => emptyQueue(topology.entityCount)),
    vmPower: new Uint8Array(nv),
    vmBootLeft: new Int32Array(nv),
    ctPower: new Uint8Array(nc),
    ctBootLeft: new Int32Array(nc),
    ctPending: new Uint8Array(nc),
    meters: buildMeters(meters, topology),
  };
}

/** Old entity index -> new entity index (-1: gone), by stable entity keys. */
export function entityMap(prev: Topology, next: Topology): Int32Array {
  const newIndex = new Map(entityKeys(next).map((k, i) => [k, i]));
  return Int32Array.from(entityKeys(prev), (k) => newIndex.get(k) ?? -1);
}

const ENTITY_FIELDS = ['state', 'phaseKind', 'phaseLeft', 'paused', 'limited', 'resume', 'sliceLeft', 'run', 'ready', 'wait', 'alive', 'util'] as const;

/**
 * The world for an edited scenario, keeping everything still present: entity progress,
 * pCPU assignments, queue order, power and boot progress, meters, events. `next` is a
 * fresh allocation for the new scenario; prev is not modified.
 */
export function carryWorld(prev: World, next: WorldShape, map: Int32Array, meters: readonly MeterSpec[]): World {
  const w: World = {
    ...next,
    tick: prev.tick,
    rng: { ...prev.rng },
    contextSwitches: prev.contextSwitches,
    events: { list: [...prev.events.list], seq: prev.events.seq, info: [...prev.events.info] },
    script: prev.script,
    scriptPos: prev.scriptPos,
    failedHosts: [...prev.failedHosts],
    meters: carryMeters(meters, prev.meters, prev.topology, next.topology),
  };
  map.forEach((e, o) => {
    if (e < 0) return;
    for (const f of ENTITY_FIELDS) w.ent[f][e] = prev.ent[f][o] ?? 0;
  });
  carryPcpus(prev, w, map);
  prev.queues.forEach((_, h) => {
    for (const o of queueContents(prev, h)) {
      const e = map[o] ?? -1;
      if (e >= 0 && w.ent.host[e] === h) enqueue(w, h, e);
    }
  });
  // A running entity whose pCPU did not survive the edit waits for a new one.
  for (let e = 0; e < w.topology.entityCount; e++) {
    const h = w.ent.host[e] ?? -1;
    if (w.ent.state[e] === ENT.running && w.ent.pcpu[e] === -1 && h >= 0) {
      w.ent.state[e] = ENT.ready;
      enqueue(w, h, e);
    }
  }
  carryLifecycle(prev, w);
  return w;
}

function carryPcpus(prev: World, next: World, map: Int32Array): void {
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

function carryLifecycle(prev: World, next: World): void {
  const oldVm = new Map(prev.topology.vms.map((v, i) => [v.id, i]));
  next.topology.vms.forEach((v, i) => {
    const o = oldVm.get(v.id);
    if (o === undefined) return;
    next.vmPower[i] = prev.vmPower[o] ?? 0;
    next.vmBootLeft[i] = prev.vmBootLeft[o] ?? 0;
  });
  const oldCt = new Map(prev.topology.containers.map((c, i) => [c.id, i]));
  next.topology.containers.forEach((c, i) => {
    const o = oldCt.get(c.id);
    if (o === undefined) return;
    next.ctPower[i] = prev.ctPower[o] ?? 0;
    next.ctBootLeft[i] = prev.ctBootLeft[o] ?? 0;
    next.ctPending[i] = prev.ctPending[o] ?? 0;
  });
}
