/**
 * toSnapshot: what the UI sees of a state. Plain objects for small structured data,
 * typed-array copies for the dense per-entity and per-pCPU data, so the worker can
 * transfer the buffers instead of copying them. Structured-clone safe by construction
 * (no functions, no class instances, no shared references to live state).
 */
import { recentEvents, type SimEvent } from './events';
import { queueContents, type SimState } from './state';
import type { Topology } from './topology';
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
    memory: memorySnapshot(st.memory, st.topology),
  };
}

/** The buffers of a snapshot's typed arrays, for a postMessage transfer list. */
export function snapshotBuffers(s: Snapshot): ArrayBuffer[] {
  const arrays = [s.ent.state, s.ent.pcpu, s.ent.util, s.ent.run, s.ent.ready, s.ent.wait, s.pcpu.ent, s.pcpu.util, s.vms.power, s.vms.bootLeft, s.vms.memUsedMiB, s.containers.power, s.containers.bootLeft];
  return [...arrays.map((a) => a.buffer as ArrayBuffer), ...memoryBuffers(s.memory)];
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
  const topo = JSON.stringify(s.topology);
  for (let i = 0; i < topo.length; i++) h = Math.imul(h ^ topo.charCodeAt(i), 0x01000193);
  [s.ent.state, s.ent.pcpu, s.ent.util, s.ent.run, s.ent.ready, s.ent.wait, s.pcpu.ent, s.pcpu.util, s.vms.power, s.vms.memUsedMiB, s.containers.power].forEach(bytes);
  mix(s.counters.contextSwitches);
  for (const q of s.queues) for (const e of q) mix(e);
  for (const e of s.events) mix(e.seq);
  mix(memoryHash(s.memory));
  return (h >>> 0).toString(16).padStart(8, '0');
}
