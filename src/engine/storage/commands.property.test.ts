/**
 * Every storage command, in random order and at random times on the storage presets:
 * the invariants hold after each command and each step, a rejected command leaves the
 * state exactly as it was, and replaying the accepted commands as scripted events gives
 * the same digest (so step-back and share links stay exact).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCommand, checkInvariants, createSim, presets, scenarioSchema, snapshotDigest, step, toSnapshot, type CommandInput, type SimState } from '../index';

const PRESETS = ['san-placement', 'array-failure', 'thin-overcommit', 'rack-awareness'] as const;

const cmdArb: fc.Arbitrary<CommandInput> = fc.oneof(
  fc.record({ type: fc.constant('createVolume' as const), volume: fc.record({ id: fc.constantFrom('n1', 'n2', 'n3'), sizeGiB: fc.integer({ min: 1, max: 300 }), replicas: fc.integer({ min: 1, max: 3 }), provisioning: fc.constantFrom('thin' as const, 'thick' as const) }) }),
  fc.record({ type: fc.constant('deleteVolume' as const), volume: fc.constantFrom('n1', 'logs', 'vm-1-disk', 'nope') }),
  fc.record({ type: fc.constant('setPlacementPolicy' as const), policy: fc.constantFrom('most-free' as const, 'round-robin' as const, 'hashing' as const) }),
  fc.record({ type: fc.constant('setRackAware' as const), on: fc.boolean() }),
  fc.record({ type: fc.constant('failArray' as const), array: fc.constantFrom('array-a', 'array-b', 'r1-a', 'r2-b', 'x-1') }),
  fc.record({ type: fc.constant('repairArray' as const), array: fc.constantFrom('array-a', 'array-b', 'r1-a', 'r2-b') }),
  fc.record({ type: fc.constant('failRack' as const), rack: fc.constantFrom('rack-1', 'rack-2', 'rack-9') }),
  fc.record({ type: fc.constant('addArray' as const), array: fc.record({ id: fc.constantFrom('new-1', 'new-2'), name: fc.constant('new'), capacityGiB: fc.integer({ min: 50, max: 2000 }), iops: fc.constant(10_000), latencyMs: fc.constant(0.5), rack: fc.constantFrom('rack-1', 'rack-3') }) }),
  fc.constant({ type: 'rebalance' as const }),
  fc.record({ type: fc.constant('setVolumeAccess' as const), volume: fc.constantFrom('n1', 'vm-1-disk', 'logs'), vm: fc.constantFrom('vm-2', 'db-1', 'web-1'), mode: fc.constantFrom('rw' as const, 'ro' as const, 'none' as const) }),
  fc.record({ type: fc.constant('accessVolume' as const), vm: fc.constantFrom('vm-2', 'db-1', 'logger'), volume: fc.constantFrom('n1', 'vm-1-disk', 'logs'), op: fc.constantFrom('read' as const, 'write' as const) }),
  fc.record({ type: fc.constant('setRebuildBandwidth' as const), mibps: fc.integer({ min: 64, max: 8192 }) }),
);

describe('storage commands at random', () => {
  it('keep the invariants, leave rejected states untouched, and replay to the same digest', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PRESETS), fc.array(fc.tuple(fc.integer({ min: 0, max: 800 }), cmdArb), { maxLength: 10 }), (id, plan) => {
        let st: SimState = createSim({ ...presets[id], events: [] });
        const accepted: { at: number; command: CommandInput }[] = [];
        for (const [gap, cmd] of plan) {
          st = step(st, gap);
          expect(checkInvariants(st)).toEqual([]);
          const r = applyCommand(st, cmd);
          if (r.ok) accepted.push({ at: r.state.tick, command: cmd });
          else expect(r.state).toBe(st);
          st = r.state;
          expect(checkInvariants(st)).toEqual([]);
        }
        st = step(st, 2000);
        expect(checkInvariants(st)).toEqual([]);
        const scripted = step(createSim(scenarioSchema.parse({ ...presets[id], events: accepted })), st.tick);
        expect(snapshotDigest(toSnapshot(scripted))).toBe(snapshotDigest(toSnapshot(st)));
      }),
      { numRuns: 30 },
    );
  }, 60_000);
});
