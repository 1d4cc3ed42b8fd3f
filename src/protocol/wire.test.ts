/**
 * The wire form of snapshots: the main thread's decoder rebuilds exactly the snapshot the
 * worker made (the same values and key order, the same digest) through volumes created,
 * deleted, given access and rebuilt, while a volume's unchanged fields stay off the wire.
 */
import { describe, expect, it } from 'vitest';
import { presets, snapshotDigest, toSnapshot, type CommandInput, type Snapshot } from '../engine';
import { Timeline } from '../worker/timeline';
import { WireDecoder, WireEncoder, type WireSnapshot } from './wire';

const PLAN: [number, CommandInput | null][] = [
  [400, null],
  [1, null],
  [300, { type: 'createVolume', volume: { id: 'n1', sizeGiB: 120, replicas: 2, provisioning: 'thin' } }],
  [250, { type: 'setVolumeAccess', volume: 'n1', vm: 'web-1', mode: 'rw' }],
  [250, { type: 'accessVolume', vm: 'web-1', volume: 'n1', op: 'write' }],
  [500, { type: 'failArray', array: 'array-a' }],
  [700, { type: 'deleteVolume', volume: 'archive' }],
  [900, { type: 'repairArray', array: 'array-a' }],
  [2000, null],
];

describe('snapshots on the wire', () => {
  it('decode to the snapshot the worker made, sending only the volumes that changed', () => {
    const tl = new Timeline(presets['san-placement']);
    const enc = new WireEncoder();
    const dec = new WireDecoder();
    const changedCounts: number[] = [];
    for (const [ticks, command] of PLAN) {
      tl.seek(tl.tick + ticks);
      if (command !== null) expect(tl.command(command)).toMatchObject({ ok: true });
      const snap: Snapshot = toSnapshot(tl.state);
      const { snapshot, transfer } = enc.encode(snap);
      const wire = structuredClone(snapshot, { transfer }) as WireSnapshot;
      changedCounts.push(wire.storage.volumes.changed.length);
      const got = dec.decode(wire);
      expect(got).toEqual(snap);
      expect(JSON.stringify(got?.storage.volumes)).toBe(JSON.stringify(snap.storage.volumes));
      expect(snapshotDigest(got as Snapshot)).toBe(snapshotDigest(snap));
    }
    const volumes = toSnapshot(tl.state).storage.volumes.length;
    expect(changedCounts[0]).toBeGreaterThanOrEqual(3);
    // The volumes' other fields stood still for one tick: only the moving numbers travelled.
    expect(changedCounts[1]).toBe(0);
    expect(changedCounts[2]).toBeGreaterThanOrEqual(1);
    expect(Math.min(...changedCounts)).toBeLessThan(volumes);
  });

  it('a reset decoder draws nothing until a reset encoder sends everything again', () => {
    const tl = new Timeline(presets['san-placement']);
    tl.seek(500);
    const enc = new WireEncoder();
    enc.encode(toSnapshot(tl.state));
    tl.seek(600);
    const partial = enc.encode(toSnapshot(tl.state)).snapshot;
    expect(new WireDecoder().decode(partial)).toBeNull();
    enc.reset();
    const snap = toSnapshot(tl.state);
    expect(new WireDecoder().decode(enc.encode(snap).snapshot)).toEqual(snap);
  });
});
