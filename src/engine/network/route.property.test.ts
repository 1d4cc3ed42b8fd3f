/**
 * Properties of routing over random virtual networks (fast-check): a burst is delivered
 * exactly when source and destination share a VLAN that both vSwitches carry and, if the
 * vSwitches differ, both have uplinks; a delivered burst touches a physical NIC exactly
 * when it changes vSwitch; and a random network runs with its invariants intact.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkInvariants, createSim, parseScenario, step, type Scenario } from '../index';
import { buildGraph } from './graph';

const VLANS = [10, 20, 30] as const;

const netArb = fc
  .record({
    switches: fc.array(fc.record({ vlans: fc.subarray([...VLANS], { minLength: 1 }), uplinks: fc.constantFrom(0, 1, 2) }), { minLength: 1, maxLength: 3 }),
    vms: fc.array(fc.record({ host: fc.nat(), vlan: fc.constantFrom(...VLANS) }), { minLength: 2, maxLength: 5 }),
    flows: fc.array(fc.record({ a: fc.nat(), b: fc.nat() }), { minLength: 1, maxLength: 6 }),
  })
  .map(({ switches, vms, flows }): Scenario => {
    const r = parseScenario({
      schemaVersion: 1,
      name: 'random network',
      hosts: switches.map((_, i) => ({ id: `h${i}`, name: `h${i}`, sockets: 1, coresPerSocket: 2, threadsPerCore: 1, memoryMiB: 4096 })),
      vswitches: switches.map((w, i) => ({ id: `sw${i}`, name: `sw${i}`, host: `h${i}`, vlans: w.vlans, uplinks: w.uplinks })),
      vms: vms.map((v, i) => ({ id: `v${i}`, name: `v${i}`, host: `h${v.host % switches.length}`, vcpus: 1, memoryMiB: 512, vnics: [{ id: `n${i}`, vlan: v.vlan }] })),
      flows: flows.map((f, i) => ({ id: `f${i}`, from: `n${f.a % vms.length}`, to: `n${f.b % vms.length}`, perSecond: 20 })),
    });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    return r.scenario;
  });

describe('routing over random virtual networks', () => {
  it('delivers exactly within a carried VLAN, across the wire only between vSwitches with uplinks', () => {
    fc.assert(
      fc.property(netArb, (s) => {
        const g = buildGraph(s);
        for (const f of g.flows) {
          const a = g.nodes[f.src]!;
          const b = g.nodes[f.dst]!;
          const swA = s.vswitches.find((w) => w.id === g.nodes[a.vswitch]?.id)!;
          const swB = s.vswitches.find((w) => w.id === g.nodes[b.vswitch]?.id)!;
          const same = a.vswitch === b.vswitch;
          const ok = a.vlan === b.vlan && swA.vlans.includes(a.vlan) && swB.vlans.includes(b.vlan) && (same || (swA.uplinks > 0 && swB.uplinks > 0));
          expect(f.route.dropAt === -1).toBe(ok);
          if (ok) expect(f.route.nodes.some((n) => g.nodes[n]?.kind === 'pnic')).toBe(!same);
          if (!ok) expect(f.route.reason).not.toBe('');
          expect(f.route.links).toHaveLength(f.route.nodes.length - 1);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('runs with its invariants intact', () => {
    fc.assert(
      fc.property(netArb, (s) => {
        let st = createSim(s);
        for (let i = 0; i < 6; i++) {
          st = step(st, 1000);
          expect(checkInvariants(st)).toEqual([]);
        }
      }),
      { numRuns: 12 },
    );
  });
});
