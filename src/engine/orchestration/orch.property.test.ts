/**
 * Properties of the orchestrator over random clusters, deployments and events (kills, node
 * failures and repairs, scaling, load, rollouts, and a replica's container removed, moved or
 * stopped by hand), checked right after every controller pass:
 * the invariants hold; never more replicas alive than desired + maxSurge; every Pending
 * replica says why; no node is promised more than it offers. And a rollout with room for
 * its surge keeps at least desired - maxUnavailable replicas ready throughout and ends
 * with every replica on the new version.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { applyCommand, checkInvariants, createSim, parseScenario, step, toSnapshot, type CommandInput, type SimState } from '../index';
import { ORCH_PERIOD_MS } from './model';

vi.setConfig({ testTimeout: 120_000 });

const node = (id: string, cores: number) => ({ id, name: id, sockets: 1, coresPerSocket: cores, threadsPerCore: 1, memoryMiB: 8192 });

const arbDeployment = fc.record({
  replicas: fc.integer({ min: 1, max: 6 }),
  cpuRequestM: fc.constantFrom(250, 500, 1000),
  memRequestMiB: fc.constantFrom(256, 512, 1024),
  maxSurge: fc.integer({ min: 0, max: 2 }),
  maxUnavailable: fc.integer({ min: 0, max: 2 }),
  autoscale: fc.option(fc.record({ min: fc.integer({ min: 1, max: 3 }), extra: fc.integer({ min: 0, max: 5 }), targetPct: fc.constantFrom(50, 60, 80) }), { nil: undefined }),
  loadM: fc.integer({ min: 0, max: 6000 }),
}).filter((d) => d.maxSurge + d.maxUnavailable > 0);

type DepArb = typeof arbDeployment extends fc.Arbitrary<infer T> ? T : never;

function scenario(nodes: number[], deps: DepArb[]) {
  const r = parseScenario({
    schemaVersion: 1, name: 'p', hosts: nodes.map((c, i) => node(`n${i + 1}`, c)),
    deployments: deps.map((d, i) => ({
      id: `d${i}`, name: `d${i}`, image: 'shop-web', version: '1.0', replicas: d.replicas, cpuRequestM: d.cpuRequestM, cpuLimitM: d.cpuRequestM * 2,
      memRequestMiB: d.memRequestMiB, memLimitMiB: d.memRequestMiB, maxSurge: d.maxSurge, maxUnavailable: d.maxUnavailable, loadM: d.loadM,
      ...(d.autoscale && { autoscale: { min: d.autoscale.min, max: d.autoscale.min + d.autoscale.extra, targetPct: d.autoscale.targetPct } }),
    })),
  });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.scenario;
}

const arbEvent = (nodes: number, deps: number) => fc.record({
  at: fc.integer({ min: 1, max: 150 }).map((x) => x * 100 + 37),
  command: fc.oneof(
    fc.record({ type: fc.constant('killPod' as const), pod: fc.integer({ min: 0, max: deps - 1 }).chain((d) => fc.integer({ min: 1, max: 12 }).map((n) => `d${d}-${n}`)) }),
    fc.record({ type: fc.constant('failHost' as const), host: fc.integer({ min: 1, max: nodes }).map((n) => `n${n}`) }),
    // By hand, past the orchestrator: the runtime's own commands on a replica's container.
    fc.record({ type: fc.constant('removeContainer' as const), container: fc.integer({ min: 1, max: 12 }).map((n) => `d0-${n}`) }),
    fc.record({ type: fc.constant('moveContainer' as const), container: fc.integer({ min: 1, max: 12 }).map((n) => `d0-${n}`), host: fc.integer({ min: 1, max: nodes }).map((n) => `n${n}`) }),
    fc.record({ type: fc.constant('stopContainer' as const), container: fc.integer({ min: 1, max: 12 }).map((n) => `d0-${n}`) }),
    fc.record({ type: fc.constant('repairHost' as const), host: fc.integer({ min: 1, max: nodes }).map((n) => `n${n}`) }),
    fc.record({ type: fc.constant('scaleDeployment' as const), deployment: fc.integer({ min: 0, max: deps - 1 }).map((d) => `d${d}`), replicas: fc.integer({ min: 0, max: 10 }) }),
    fc.record({ type: fc.constant('setDeploymentLoad' as const), deployment: fc.integer({ min: 0, max: deps - 1 }).map((d) => `d${d}`), loadM: fc.integer({ min: 0, max: 8000 }) }),
    fc.record({ type: fc.constant('rolloutDeployment' as const), deployment: fc.integer({ min: 0, max: deps - 1 }).map((d) => `d${d}`), version: fc.constantFrom('1.0', '2.0', '3.0') }),
  ),
});

/** After each controller pass (ticks k*100 + 1): the invariants, the surge bound, and the reasons. */
function checkPass(st: SimState): void {
  expect(checkInvariants(st)).toEqual([]);
  const o = toSnapshot(st).orch;
  o.deps.forEach((d, k) => {
    const alive = o.pods.filter((p) => p.dep === k && p.phase !== 'Terminating');
    expect(alive.length).toBeLessThanOrEqual(d.desired + d.maxSurge);
  });
  for (const p of o.pods) if (p.phase === 'Pending') expect(p.reason).not.toBeNull();
  for (const n of o.nodes) {
    expect(n.cpuRequestedM).toBeLessThanOrEqual(n.cpuM);
    expect(n.memRequestedMiB).toBeLessThanOrEqual(n.memMiB);
  }
}

describe('orchestration properties', () => {
  it('random clusters, deployments and events: bounds, reasons and invariants hold after every pass', () => {
    const arb = fc.tuple(fc.array(fc.constantFrom(2, 4, 8), { minLength: 1, maxLength: 3 }), fc.array(arbDeployment, { minLength: 1, maxLength: 2 })).chain(([nodes, deps]) =>
      fc.tuple(fc.constant(nodes), fc.constant(deps), fc.array(arbEvent(nodes.length, deps.length), { maxLength: 12 })));
    fc.assert(
      fc.property(arb, ([nodes, deps, events]) => {
        let st = createSim(scenario(nodes, deps));
        const due = events.toSorted((a, b) => a.at - b.at);
        let e = 0;
        for (let t = 0; t < 16_000; t += ORCH_PERIOD_MS) {
          st = step(st, ORCH_PERIOD_MS);
          expect(checkInvariants(st)).toEqual([]);
          checkPass(step(st, 1));
          while (e < due.length && (due[e]?.at ?? Infinity) <= st.tick) {
            const r = applyCommand(st, due[e]?.command as CommandInput);
            st = r.state;
            e += 1;
          }
          expect(checkInvariants(st)).toEqual([]);
        }
      }),
      { numRuns: 25, seed: 7 },
    );
  });

  it('a rollout with room for its surge keeps desired - maxUnavailable ready and ends on the new version', () => {
    fc.assert(
      fc.property(arbDeployment, fc.integer({ min: 1, max: 3 }), (d, nodes) => {
        const dep = { ...d, autoscale: undefined };
        let st = createSim(scenario(Array.from({ length: nodes }, () => 8), [dep]));
        st = step(st, 3000);
        const before = toSnapshot(st).orch.deps[0];
        if (before === undefined || before.ready !== dep.replicas) return; // no room for all of them: another property's case
        const r = applyCommand(st, { type: 'rolloutDeployment', deployment: 'd0', version: '2.0' });
        expect(r.ok).toBe(true);
        st = r.state;
        for (let t = 0; t < 12_000; t += 10) {
          st = step(st, 10);
          const o = toSnapshot(st).orch;
          const ready = o.pods.filter((p) => p.phase === 'Ready').length;
          expect(ready).toBeGreaterThanOrEqual(dep.replicas - dep.maxUnavailable);
        }
        const o = toSnapshot(st).orch;
        expect(o.pods.every((p) => p.version === '2.0' && p.phase === 'Ready')).toBe(true);
        expect(o.pods).toHaveLength(dep.replicas);
        expect(checkInvariants(st)).toEqual([]);
      }),
      { numRuns: 15, seed: 11 },
    );
  });
});
