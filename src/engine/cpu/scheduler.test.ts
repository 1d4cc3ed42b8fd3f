/**
 * The hypervisor CPU scheduler's promises, checked on hand-built hosts and on random
 * worlds: weights buy proportional CPU under Credit and fair share, a cap or a cgroup
 * quota is never exceeded even on an idle host, hyperthread siblings share a core,
 * pinning holds, relaxed co-scheduling co-stops a wide VM, Credit's BOOST favours a
 * waking I/O-bound vCPU, policies switch while running, and the invariants (one vCPU
 * per pCPU per tick, run + ready + wait + co-stop = alive) hold after every tick.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advanceTick, applyCommand, checkInvariants, cloneState, createSim, ENT, parseScenario, presets, snapshotDigest, step, toSnapshot, type Scenario, type SimState } from '../index';

type Policy = 'round-robin' | 'credit' | 'fair-share';
interface VmIn {
  vcpus?: number;
  weight?: number;
  capPct?: number;
  workload?: 'cpu-bound' | 'io-bound' | 'web' | 'database' | 'idle';
  pin?: number[];
}

function world(opts: { cores: number; threads?: 1 | 2; policy: Policy; vms: VmIn[]; coSchedule?: boolean; containers?: object[]; seed?: number }): Scenario {
  const r = parseScenario({
    schemaVersion: 1,
    name: 'cpu',
    seed: opts.seed ?? 3,
    hosts: [{ id: 'h', name: 'h', sockets: 1, coresPerSocket: opts.cores, threadsPerCore: opts.threads ?? 1, memoryMiB: 65536, hypervisor: { cpu: { policy: opts.policy, coSchedule: opts.coSchedule ?? false } } }],
    vms: opts.vms.map((v, i) => ({ id: `v${i}`, name: `v${i}`, host: 'h', vcpus: v.vcpus ?? 1, weight: v.weight ?? 256, capPct: v.capPct ?? 0, memoryMiB: 512, workload: v.workload ?? 'cpu-bound', ...(v.pin ? { pin: v.pin } : {}) })),
    containers: opts.containers ?? [],
  });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.scenario;
}

/** Run `ticks` ticks checking the invariants after every one. */
function checked(st0: SimState, ticks: number, each?: (st: SimState) => void): SimState {
  const st = cloneState(st0);
  for (let i = 0; i < ticks; i++) {
    advanceTick(st);
    const v = checkInvariants(st);
    if (v.length > 0) throw new Error(`tick ${st.tick}: ${v.slice(0, 3).join('; ')}`);
    each?.(st);
  }
  return st;
}

function vmRun(st: SimState, i: number): number {
  const vm = st.topology.vms[i];
  let r = 0;
  if (vm !== undefined) for (let e = vm.entOffset; e < vm.entOffset + vm.vcpus; e++) r += st.ent.run[e] ?? 0;
  return r;
}

describe('weights under contention', () => {
  it.each(['credit', 'fair-share'] as const)('%s: CPU received is proportional to weight within 5 %', (policy) => {
    const weights = [384, 256, 256, 128];
    const start = step(createSim(world({ cores: 2, policy, vms: weights.map((weight) => ({ weight })) })), 5000);
    const end = step(start, 60_000);
    const got = weights.map((_, i) => vmRun(end, i) - vmRun(start, i));
    const total = got.reduce((a, b) => a + b, 0);
    const wsum = weights.reduce((a, b) => a + b, 0);
    got.forEach((g, i) => expect(Math.abs(g / total - (weights[i] ?? 0) / wsum) / ((weights[i] ?? 1) / wsum)).toBeLessThan(0.05));
  });

  it('round robin ignores weights (the contrast a student should see)', () => {
    const start = step(createSim(world({ cores: 1, policy: 'round-robin', vms: [{ weight: 1024 }, { weight: 256 }] })), 5000);
    const end = step(start, 30_000);
    const a = vmRun(end, 0) - vmRun(start, 0);
    const b = vmRun(end, 1) - vmRun(start, 1);
    expect(Math.abs(a - b) / (a + b)).toBeLessThan(0.1);
  });
});

describe('caps and quotas', () => {
  it.each(['round-robin', 'credit', 'fair-share'] as const)('%s: a 50 percent cap holds in every 100 ms window, even on an idle host', (policy) => {
    const st0 = createSim(world({ cores: 4, policy, vms: [{ vcpus: 2, capPct: 50 }] }));
    let last = 0;
    let windows = 0;
    const end = checked(st0, 20_000, (st) => {
      if (st.tick % 100 !== 0) return;
      const r = vmRun(st, 0);
      expect(r - last).toBeLessThanOrEqual(50);
      if (st.tick > 5000) windows += r - last >= 45 ? 1 : 0;
      last = r;
    });
    expect(windows).toBeGreaterThan(100); // it does get its 50 %, no less
    expect(end.ent.state.some((s) => s === ENT.ready)).toBe(true);
  });

  it('a container quota of 20 ms per 100 ms period is never exceeded', () => {
    const st0 = createSim(world({ cores: 2, policy: 'fair-share', vms: [], containers: [{ id: 'c', name: 'c', host: 'h', image: 'x', workload: 'cpu-bound', cpuQuotaMs: 20, cpuPeriodMs: 100 }] }));
    let last = 0;
    checked(st0, 5000, (st) => {
      if (st.tick % 100 !== 0) return;
      expect((st.ent.run[0] ?? 0) - last).toBeLessThanOrEqual(20);
      last = st.ent.run[0] ?? 0;
    });
    expect(last).toBeGreaterThan(800);
  });
});

describe('containers inside a VM', () => {
  const inVm = (shares: number[], quota = 0) =>
    createSim(world({ cores: 2, policy: 'credit', vms: [{ vcpus: 1 }], containers: shares.map((s, i) => ({ id: `c${i}`, name: `c${i}`, vm: 'v0', image: 'x', workload: 'cpu-bound', cpuShares: s, cpuQuotaMs: i === 0 ? quota : 0, cpuPeriodMs: 100 })) }));

  it('share the VM’s one vCPU by cgroup shares (2048 vs 1024: 2 to 1)', () => {
    const start = step(inVm([2048, 1024]), 5000);
    const end = checked(start, 20_000);
    const a = (end.ent.run[1] ?? 0) - (start.ent.run[1] ?? 0);
    const b = (end.ent.run[2] ?? 0) - (start.ent.run[2] ?? 0);
    expect(a / b).toBeGreaterThan(1.9);
    expect(a / b).toBeLessThan(2.1);
  });

  it('respect a quota inside the guest too', () => {
    const start = step(inVm([1024], 30), 5000);
    let last = start.ent.run[1] ?? 0;
    checked(start, 5000, (st) => {
      if (st.tick % 100 !== 0) return;
      expect((st.ent.run[1] ?? 0) - last).toBeLessThanOrEqual(30);
      last = st.ent.run[1] ?? 0;
    });
  });

  it('count the time a spent quota holds a container back as %MLMTD, on a bare host and inside a VM, never as wait', () => {
    const bare = createSim(world({ cores: 2, policy: 'fair-share', vms: [], containers: [{ id: 'c', name: 'c', host: 'h', image: 'x', workload: 'cpu-bound', cpuQuotaMs: 20, cpuPeriodMs: 100 }] }));
    for (const [st0, e] of [[bare, 0], [inVm([1024], 30), 1]] as const) {
      const start = step(st0, 5000);
      const end = checked(start, 5000);
      const alive = (end.ent.alive[e] ?? 0) - (start.ent.alive[e] ?? 0);
      expect(((end.cpu.mlmtd[e] ?? 0) - (start.cpu.mlmtd[e] ?? 0)) / alive).toBeGreaterThan(0.5);
      expect(((end.ent.wait[e] ?? 0) - (start.ent.wait[e] ?? 0)) / alive).toBeLessThan(0.15);
    }
  });
});

describe('hyperthreads', () => {
  it('spreads two busy vCPUs over two cores, and siblings run at htFactor / 2 when both are busy', () => {
    let shared = 0;
    checked(createSim(world({ cores: 2, threads: 2, policy: 'fair-share', vms: [{}, {}] })), 8000, (st) => {
      const p = st.pcpuEnt;
      if ((p[0] ?? -1) >= 0 && (p[1] ?? -1) >= 0) shared += 1;
      if ((p[2] ?? -1) >= 0 && (p[3] ?? -1) >= 0) shared += 1;
    });
    expect(shared).toBe(0);
    const four = step(createSim(world({ cores: 2, threads: 2, policy: 'fair-share', vms: [{}, {}, {}, {}] })), 5000);
    expect([...four.cpu.rate].every((r) => r === 0.625 || r === 1)).toBe(true);
    // Work done: two busy siblings together do 1.25 cores' worth, not 2.
    const later = step(four, 1000);
    const work = [0, 1, 2, 3].reduce((n, e) => n + (later.cpu.done[e] ?? 0) - (four.cpu.done[e] ?? 0), 0);
    const ran = [0, 1, 2, 3].reduce((n, e) => n + (later.ent.run[e] ?? 0) - (four.ent.run[e] ?? 0), 0);
    expect(work / ran).toBeGreaterThan(0.62);
    expect(work / ran).toBeLessThan(0.66); // a sibling is idle only while the other waits for I/O
  });
});

describe('pinning, co-scheduling, BOOST, live policy changes', () => {
  it('a pinned vCPU only ever runs on its pCPU, and re-pinning moves it', () => {
    const st0 = createSim(world({ cores: 4, policy: 'credit', vms: [{ vcpus: 2, pin: [3, -1] }, {}, {}] }));
    checked(st0, 3000, (st) => expect([-1, 3]).toContain(st.ent.pcpu[0]));
    const moved = applyCommand(step(st0, 5000), { type: 'pinVcpu', vm: 'v0', vcpu: 0, pcpu: 1 });
    expect(moved.ok).toBe(true);
    checked(moved.state, 2000, (st) => expect([-1, 1]).toContain(st.ent.pcpu[0]));
  });

  it('relaxed co-scheduling co-stops the leading vCPUs of a wide VM, and only when it is on', () => {
    const on = checked(createSim(presets['smp-costop']), 12_000);
    const costop = (st: SimState): number => [0, 1, 2, 3].reduce((n, e) => n + (st.cpu.costop[e] ?? 0), 0);
    expect(costop(on)).toBeGreaterThan(100);
    const off = applyCommand(createSim(presets['smp-costop']), { type: 'setCoSchedule', host: 'host-1', on: false });
    expect(costop(step(off.state, 12_000))).toBe(0);
  });

  it('Credit BOOST lets a waking I/O-bound vCPU in sooner than round robin does', () => {
    const ready = (policy: Policy): number => {
      const st = step(createSim(world({ cores: 1, policy, vms: [{ workload: 'io-bound' }, {}, {}] })), 20_000);
      return (st.ent.ready[0] ?? 0) / Math.max(1, st.ent.run[0] ?? 0);
    };
    expect(ready('credit')).toBeLessThan(ready('round-robin') / 3);
  });

  it('switching policy while running keeps every invariant and is logged', () => {
    let st = step(createSim(presets['cpu-overcommit']), 5000);
    for (const policy of ['round-robin', 'fair-share', 'credit'] as const) {
      const r = applyCommand(st, { type: 'setPolicy', host: 'host-1', policy });
      expect(r.ok).toBe(true);
      st = checked(r.state, 1500);
      expect(st.topology.hosts[0]?.hypervisor.cpu.policy).toBe(policy);
    }
    const bad = applyCommand(st, { type: 'setPolicy', host: 'nope', policy: 'credit' });
    expect(bad.ok).toBe(false);
    expect(bad.state).toBe(st);
  });

  it('counts migrations when an idle pCPU takes work from another pCPU queue', () => {
    const st = step(createSim(presets['cpu-overcommit']), 8000);
    expect(st.cpu.migrationsTotal).toBeGreaterThan(0);
    expect(st.cpu.migrationsTotal).toBe([...st.cpu.migrations].reduce((a, b) => a + b, 0));
  });

  it('adds vCPUs to a running VM (hot-add) and they start runnable', () => {
    const st = step(createSim(presets['cpu-overcommit']), 5000);
    const r = applyCommand(st, { type: 'setVmCpu', vm: 'web', vcpus: 4, weight: 512, capPct: 150 });
    expect(r.ok).toBe(true);
    const vm = r.state.topology.vms.find((v) => v.id === 'web');
    expect(vm?.vcpus).toBe(4);
    expect(checkInvariants(r.state)).toEqual([]);
    checked(r.state, 1000);
  });
});

const policyArb = fc.constantFrom('round-robin' as const, 'credit' as const, 'fair-share' as const);
const vmArb = fc.record({ vcpus: fc.integer({ min: 1, max: 4 }), weight: fc.integer({ min: 1, max: 2048 }), capPct: fc.constantFrom(0, 0, 30, 150), workload: fc.constantFrom('cpu-bound' as const, 'web' as const, 'io-bound' as const, 'database' as const) });

describe('random worlds', () => {
  it('under contention, CPU received is proportional to weight within 5 % (Credit and fair share)', () => {
    fc.assert(
      fc.property(
        fc.record({ cores: fc.integer({ min: 1, max: 2 }), policy: fc.constantFrom('credit' as const, 'fair-share' as const), weights: fc.array(fc.integer({ min: 128, max: 512 }), { minLength: 3, maxLength: 5 }), seed: fc.nat() }),
        ({ cores, policy, weights, seed }) => {
          const wsum = weights.reduce((a, b) => a + b, 0);
          // Each VM has one vCPU and a cpu-bound workload that still waits for I/O ~2.5 % of
          // the time; a work-conserving scheduler rightly gives those gaps to the others. So
          // keep every fair share at most 0.6 pCPU and weights within 4x, where the gaps stay
          // well inside 5 % of the smallest share (with 10x weights they alone exceed it).
          fc.pre(weights.every((w) => (cores * w) / wsum <= 0.6));
          const start = step(createSim(world({ cores, policy, vms: weights.map((weight) => ({ weight })), seed })), 5000);
          const end = step(start, 60_000);
          const got = weights.map((_, i) => vmRun(end, i) - vmRun(start, i));
          const total = got.reduce((a, b) => a + b, 0);
          got.forEach((g, i) => {
            const want = (weights[i] ?? 0) / wsum;
            expect(Math.abs(g / total - want) / want).toBeLessThan(0.05);
          });
        },
      ),
      { numRuns: 8 },
    );
  }, 120_000);


  it('keep the invariants under every policy, with co-scheduling and caps, and replay identically', () => {
    fc.assert(
      fc.property(
        fc.record({ cores: fc.integer({ min: 1, max: 4 }), threads: fc.constantFrom(1 as const, 2 as const), policy: policyArb, co: fc.boolean(), vms: fc.array(vmArb, { minLength: 1, maxLength: 5 }), seed: fc.nat() }),
        ({ cores, threads, policy, co, vms, seed }) => {
          const sc = world({ cores, threads, policy, coSchedule: co, vms, seed });
          const a = checked(createSim(sc), 6000);
          expect(snapshotDigest(toSnapshot(step(createSim(sc), 6000)))).toBe(snapshotDigest(toSnapshot(a)));
        },
      ),
      { numRuns: 12 },
    );
  }, 60_000);
});
