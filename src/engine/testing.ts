/**
 * Helpers for the engine's tests (not part of the engine's API): step a state with the
 * invariants checked after every chunk, apply a command that must be accepted, and every
 * storage command as a fast-check arbitrary (ids that exist in the storage presets and some
 * that do not, so random plans mix accepted and refused commands).
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { applyCommand, checkInvariants, step, type CommandInput, type SimState } from './index';

/** Step `ticks` ticks in chunks, checking every invariant after each chunk (and calling `each`, if given). */
export function runChecked(st: SimState, ticks: number, chunk = 50, each?: (s: SimState) => void): SimState {
  let s = st;
  for (let t = 0; t < ticks; t += chunk) {
    s = step(s, chunk);
    expect(checkInvariants(s)).toEqual([]);
    each?.(s);
  }
  return s;
}

/** Apply a command that must be accepted; the invariants must hold after it. */
export function applyOk(st: SimState, cmd: CommandInput): SimState {
  const r = applyCommand(st, cmd);
  if (!r.ok) throw new Error(r.reason.key);
  expect(checkInvariants(r.state)).toEqual([]);
  return r.state;
}

/** The presets whose ids the commands below name. */
export const STORAGE_PRESETS = ['san-placement', 'array-failure', 'thin-overcommit', 'rack-awareness'] as const;

export const storageCommandArb: fc.Arbitrary<CommandInput> = fc.oneof(
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
