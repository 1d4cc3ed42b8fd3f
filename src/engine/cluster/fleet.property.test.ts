/**
 * Properties over random clusters: fast-check builds 2-3 hosts with a few VMs and
 * bare-host containers, then a random plan of container and cluster commands (valid,
 * impossible and nonsensical) at random ticks. After every step and command the
 * invariants hold, a refused command changes nothing, and a replay of the same plan
 * gives the same digest.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCommand, checkInvariants, createSim, KNOWN_IMAGES, parseScenario, snapshotDigest, step, toSnapshot, type CommandInput, type Scenario, type SimState } from '../index';

const hostIds = ['h0', 'h1', 'h2'];
const vmIds = ['v0', 'v1', 'v2', 'v3'];

const scenarioArb = fc.record({ hosts: fc.integer({ min: 2, max: 3 }), vms: fc.array(fc.record({ host: fc.nat(2), mem: fc.constantFrom(1024, 2048, 6144), workload: fc.constantFrom('web' as const, 'database' as const, 'idle' as const) }), { minLength: 1, maxLength: 4 }), seed: fc.nat() }).map(({ hosts, vms, seed }): Scenario => {
  const r = parseScenario({
    schemaVersion: 1, name: 'random', seed,
    hosts: hostIds.slice(0, hosts).map((id) => ({ id, name: id, sockets: 1, coresPerSocket: 2, threadsPerCore: 2, memoryMiB: 8192 })),
    vms: vms.map((v, i) => ({ id: vmIds[i], name: vmIds[i], host: hostIds[v.host % hosts], vcpus: 2, memoryMiB: v.mem, workload: v.workload })),
    containers: [{ id: 'c0', name: 'c0', host: 'h0', image: 'redis:7', memoryLimitMiB: 256 }],
  });
  if (!r.ok) throw new Error('bad random scenario');
  return r.scenario;
});

const host = fc.constantFrom(...hostIds, 'nope');
const vm = fc.constantFrom(...vmIds, 'nope');
const ct = fc.constantFrom('c0', 'c1', 'c2', 'nope');
const commandArb: fc.Arbitrary<CommandInput> = fc.oneof(
  fc.record({ type: fc.constant('migrateVm' as const), vm, host }),
  fc.record({ type: fc.constant('failHost' as const), host }),
  fc.record({ type: fc.constant('repairHost' as const), host }),
  fc.record({ type: fc.constant('configureCluster' as const), placement: fc.constantFrom('first-fit' as const, 'best-fit' as const, 'worst-fit' as const, 'spread' as const), drsEnabled: fc.boolean(), linkMiBps: fc.constantFrom(125, 1250) }),
  fc.record({ type: fc.constant('placeVm' as const), vm: fc.record({ id: fc.constantFrom('p0', 'p1'), name: fc.constant('p'), vcpus: fc.constant(1), memoryMiB: fc.constantFrom(1024, 4096, 9000) }) }),
  fc.record({ type: fc.constant('runContainer' as const), container: fc.record({ id: fc.constantFrom('c1', 'c2'), name: fc.constant('c'), host: fc.constantFrom(...hostIds), image: fc.constantFrom(...KNOWN_IMAGES) }) }),
  fc.record({ type: fc.constant('moveContainer' as const), container: ct, host }),
  fc.record({ type: fc.constant('modifyFile' as const), container: ct }),
  fc.record({ type: fc.constant('removeContainer' as const), container: ct }),
  fc.record({ type: fc.constant('stopVm' as const), vm }),
);

function play(sc: Scenario, plan: { gap: number; cmd: CommandInput }[]): string {
  let st: SimState = createSim(sc);
  for (const { gap, cmd } of plan) {
    st = step(st, gap);
    expect(checkInvariants(st)).toEqual([]);
    const before = snapshotDigest(toSnapshot(st));
    const r = applyCommand(st, cmd);
    if (!r.ok) expect(snapshotDigest(toSnapshot(r.state))).toBe(before);
    st = r.state;
    expect(checkInvariants(st)).toEqual([]);
  }
  st = step(st, 3000);
  expect(checkInvariants(st)).toEqual([]);
  return snapshotDigest(toSnapshot(st));
}

describe('random clusters and container commands', () => {
  it('keep the invariants, refuse cleanly and replay identically', () => {
    fc.assert(
      fc.property(scenarioArb, fc.array(fc.record({ gap: fc.integer({ min: 0, max: 3000 }), cmd: commandArb }), { maxLength: 8 }), (sc, plan) => {
        expect(play(sc, plan)).toBe(play(sc, plan));
      }),
      { numRuns: 25 },
    );
  }, 60_000);
});
