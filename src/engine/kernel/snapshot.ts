/**
 * The kernel's part of a snapshot: topology, per-entity and per-pCPU arrays, ready
 * queues, lifecycle (power, boot countdowns, memory in use) and the recent events, as
 * copies (typed arrays transfer). Subsystems add their parts beside it (snapshot.ts).
 */
import { meter, VM_MEM_USED } from './channel';
import { INFO_CAP, recentEvents, recentInfo, type SimEvent } from './events';
import { queueContents } from './queues';
import type { Topology } from './topology';
import type { World } from './world';

export const SNAPSHOT_VERSION = 1;
export const SNAPSHOT_EVENTS = 40;

export interface KernelSnapshot {
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
    /** 1 while the entity is held off by its limit (a spent cgroup quota), not waiting: kernel world.ts. Not in the digest (its time is: cpu.mlmtd). */
    limited: Uint8Array;
  };
  pcpu: { ent: Int32Array; util: Float32Array };
  /** Ready queue per host, head first. */
  queues: number[][];
  vms: { power: Uint8Array; bootLeft: Int32Array; memUsedMiB: Float64Array };
  containers: { power: Uint8Array; bootLeft: Int32Array };
  counters: { contextSwitches: number };
  events: SimEvent[];
  /** The latest info events, however many detail events came since (not in the digest: `events` is). */
  notable: SimEvent[];
}

export function kernelSnapshot(st: World): KernelSnapshot {
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
      limited: st.ent.limited.slice(),
    },
    pcpu: { ent: st.pcpuEnt.slice(), util: st.pcpuUtil.slice() },
    queues: st.queues.map((_, h) => queueContents(st, h)),
    vms: { power: st.vmPower.slice(), bootLeft: st.vmBootLeft.slice(), memUsedMiB: meter(st, VM_MEM_USED).slice() },
    containers: { power: st.ctPower.slice(), bootLeft: st.ctBootLeft.slice() },
    counters: { contextSwitches: st.contextSwitches },
    events: recentEvents(st.events, SNAPSHOT_EVENTS),
    notable: recentInfo(st.events, INFO_CAP),
  };
}

export function kernelBuffers(s: KernelSnapshot): ArrayBuffer[] {
  const arrays = [s.ent.state, s.ent.pcpu, s.ent.util, s.ent.run, s.ent.ready, s.ent.wait, s.ent.limited, s.pcpu.ent, s.pcpu.util, s.vms.power, s.vms.bootLeft, s.vms.memUsedMiB, s.containers.power, s.containers.bootLeft];
  return arrays.map((a) => a.buffer as ArrayBuffer);
}
