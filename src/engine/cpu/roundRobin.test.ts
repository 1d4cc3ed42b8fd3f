/**
 * The round-robin CPU scheduler: one FIFO ready queue per host and a fixed timeslice.
 * Small hand-built hosts make its behaviour exact (who runs on the pCPU at each tick,
 * when preemption happens); larger presets check the properties that must hold at every
 * scheduling point: no pCPU idles while its host's queue holds work, nothing runs on
 * another host's pCPUs, and nobody waits when there are more pCPUs than runnable things.
 */
import { describe, expect, it } from 'vitest';
import { advanceTick, cloneState, createSim, ENT, parseScenario, presets, snapshotDigest, step, toSnapshot, type Scenario, type SimState } from '../index';
import { queueContents } from '../kernel/queues';
import { cpuTick as scheduleAll } from './scheduler';

interface Shape {
  sockets?: number;
  cores?: number;
  threads?: 1 | 2;
  timeslice?: number;
  containers: number;
  hosts?: number;
}

/** Hosts with `containers` cpu-bound bare-metal containers each (they boot with 20-60 ms bursts). */
function scenario(shape: Shape): Scenario {
  const hosts = Array.from({ length: shape.hosts ?? 1 }, (_, i) => ({
    id: `h${i}`,
    name: `h${i}`,
    sockets: shape.sockets ?? 1,
    coresPerSocket: shape.cores ?? 1,
    threadsPerCore: shape.threads ?? 1,
    memoryMiB: 4096,
    hypervisor: { cpu: { timesliceMs: shape.timeslice ?? 30 } },
  }));
  const containers = hosts.flatMap((h) =>
    Array.from({ length: shape.containers }, (_, i) => ({ id: `${h.id}-c${i}`, name: `c${i}`, host: h.id, image: 'app', workload: 'cpu-bound' })),
  );
  const r = parseScenario({ schemaVersion: 1, name: 'rr', seed: 5, hosts, containers });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.scenario;
}

/**
 * What one scheduling pass at the start of the next tick decides, without disturbing
 * `st`: a copy of exactly the parts the scheduler writes (cheaper than a full
 * clone, so every tick of a long run can be probed). Power progress, which advanceTick
 * runs first, touches none of them.
 */
function scheduled(st: SimState): SimState {
  const probe: SimState = {
    ...st,
    ent: { ...st.ent, state: st.ent.state.slice(), pcpu: st.ent.pcpu.slice(), sliceLeft: st.ent.sliceLeft.slice() },
    pcpuEnt: st.pcpuEnt.slice(),
    queues: st.queues.map((q) => ({ ...q, buf: q.buf.slice() })),
    events: { list: [], seq: st.events.seq, info: [] },
    cpu: copyCpu(st.cpu),
  };
  scheduleAll(probe);
  return probe;
}

/** A copy of the CPU scheduler's state: typed arrays by slice (much cheaper than structuredClone per tick). */
function copyCpu(cpu: SimState['cpu']): SimState['cpu'] {
  const copy = (o: object): Record<string, unknown> =>
    Object.fromEntries(Object.entries(o).map(([k, v]) => [k, ArrayBuffer.isView(v) ? (v as Uint8Array).slice() : typeof v === 'object' && v !== null ? copy(v as object) : v]));
  return copy(cpu) as unknown as SimState['cpu'];
}

/** Which entity sits on each pCPU during each of the next `ticks` ticks. */
function trace(s: SimState, ticks: number): number[][] {
  const st = cloneState(s);
  const out: number[][] = [];
  for (let t = 0; t < ticks; t++) {
    out.push([...scheduled(st).pcpuEnt]);
    advanceTick(st);
  }
  return out;
}

describe('round robin on one pCPU', () => {
  it('takes turns in FIFO order, one timeslice each', () => {
    const s = createSim(scenario({ containers: 3, timeslice: 3 }));
    const onP0 = trace(s, 18).map((row) => row[0]);
    expect(onP0).toEqual([0, 0, 0, 1, 1, 1, 2, 2, 2, 0, 0, 0, 1, 1, 1, 2, 2, 2]);
  });

  it('counts one context switch and one preemption event per expired slice', () => {
    const s = step(createSim(scenario({ containers: 2, timeslice: 4 })), 16);
    expect(s.contextSwitches).toBe(3);
    const pre = s.events.list.filter((e) => e.key === 'event.preempted');
    expect(pre.map((e) => [e.tick, e.params?.['who'], e.params?.['slice']])).toEqual([
      [4, 'c0', 4],
      [8, 'c1', 4],
      [12, 'c0', 4],
    ]);
  });

  it('lets a lone entity keep its pCPU past the slice (nobody is waiting)', () => {
    const s = createSim(scenario({ containers: 1, timeslice: 2 }));
    const end = step(s, 15);
    expect(end.contextSwitches).toBe(0);
    expect(end.ent.run[0]).toBe(15);
  });

  it('a longer timeslice means fewer context switches', () => {
    const cs = (timeslice: number): number => step(createSim(scenario({ containers: 3, timeslice })), 3000).contextSwitches;
    expect(cs(1)).toBeGreaterThan(cs(10));
    expect(cs(10)).toBeGreaterThan(cs(100));
  });
});

describe('pCPUs and hyperthreads', () => {
  it('a host has sockets x cores x threads pCPUs, in disjoint ranges per host', () => {
    const s = createSim(scenario({ hosts: 3, sockets: 2, cores: 3, threads: 2, containers: 1 }));
    expect(s.topology.pcpuCount).toBe(36);
    expect(s.topology.hosts.map((h) => [h.pcpuOffset, h.pcpuCount])).toEqual([[0, 12], [12, 12], [24, 12]]);
  });

  it('with more pCPUs than runnable entities nobody ever waits', () => {
    const s = step(createSim(scenario({ cores: 2, threads: 2, containers: 3 })), 2000);
    expect([...s.ent.ready]).toEqual([0, 0, 0]);
    expect(s.contextSwitches).toBe(0);
  });

  it('with fewer pCPUs than runnable entities, ready time accumulates', () => {
    const s = step(createSim(scenario({ cores: 1, threads: 2, containers: 5 })), 2000);
    expect(s.ent.ready.every((x) => x > 0)).toBe(true);
  });
});

describe('at every scheduling point', () => {
  it.each([
    ['basic', createSim(presets.basic), 6000],
    ['datacenter-32', createSim(presets['datacenter-32']), 1500],
    ['two small hosts, 1 ms slices', createSim(scenario({ hosts: 2, cores: 2, containers: 5, timeslice: 1 })), 3000],
  ])('%s: no pCPU idles while its host has a queue, and every entity stays on its host', (_, start, ticks) => {
    const st = cloneState(start);
    for (let t = 0; t < ticks; t++) {
      const probe = scheduled(st);
      probe.topology.hosts.forEach((h, hi) => {
        const idle = probe.pcpuEnt.slice(h.pcpuOffset, h.pcpuOffset + h.pcpuCount).filter((e) => e < 0).length;
        const queued = queueContents(probe, hi).length;
        if (idle > 0 && queued > 0) throw new Error(`tick ${probe.tick}: host ${h.id} has ${idle} idle pCPUs and ${queued} queued`);
        for (let p = h.pcpuOffset; p < h.pcpuOffset + h.pcpuCount; p++) {
          const e = probe.pcpuEnt[p] ?? -1;
          if (e >= 0 && (probe.ent.host[e] !== hi || probe.ent.state[e] !== ENT.running)) throw new Error(`tick ${probe.tick}: pCPU ${p} holds ${e}`);
        }
      });
      advanceTick(st);
    }
    // Probing must not have disturbed the run itself.
    expect(snapshotDigest(toSnapshot(st))).toBe(snapshotDigest(toSnapshot(step(start, ticks))));
  });
});
