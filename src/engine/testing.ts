/**
 * Helpers for the engine's tests (not part of the engine's API): step a state with the
 * invariants checked after every chunk, apply a command that must be accepted, and every
 * storage command as a fast-check arbitrary (ids that exist in the storage presets and some
 * that do not, so random plans mix accepted and refused commands).
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { applyCommand, checkInvariants, scenarioSchema, step, type CommandInput, type Scenario, type SimState } from './index';

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

/**
 * A replica copy into an array: a 2-replica volume on `b` and `c`, and a target array
 * `target` (60 GiB, the most free once `c` fails, so the volume's new copy goes there) of
 * RAID `level` over 4 one-block-chunk disks, or a plain array. `sourceIops` rates `b`.
 */
export function copyTargetScenario(target: string, level: 1 | 5 | null, sourceIops = 20000): Scenario {
  return scenarioSchema.parse({
    schemaVersion: 1,
    name: `copy-into-${target}`,
    hosts: [{ id: 'h', name: 'h', sockets: 1, coresPerSocket: 2, threadsPerCore: 1, memoryMiB: 4096 }],
    vms: [{ id: 'vm', name: 'vm', host: 'h', vcpus: 1, memoryMiB: 512, workload: 'idle' }],
    storageArrays: [
      { id: target, name: target, capacityGiB: 60, iops: 20000, latencyMs: 0.5, rack: 'r0', ...(level === null ? {} : { raid: { level, disks: 4, chunkBlocks: 1 } }) },
      { id: 'b', name: 'b', capacityGiB: 100, iops: sourceIops, latencyMs: 0.5, rack: 'r1' },
      { id: 'c', name: 'c', capacityGiB: 100, iops: 20000, latencyMs: 0.5, rack: 'r2' },
    ],
    volumes: [{ id: 'v', sizeGiB: 40, provisioning: 'thick', replicas: 2, access: [], writtenPct: 100, arrays: ['b', 'c'] }],
    storage: { rebuildMiBps: 4096 },
  });
}
