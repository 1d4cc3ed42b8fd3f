/**
 * The wire never loses a change. The encoder trusts the engine's volume revisions and
 * sends only the volumes whose revision moved, so a change made without a new revision,
 * or a revision reused by another history, would leave the main thread drawing a stale
 * volume. Here, after any plan of steps, storage commands (scripted ones too) and
 * rewinds, with snapshots skipped at random as the loop skips them (newest wins, one in
 * flight), the decoder must rebuild exactly the volumes of the snapshot the worker made.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { presets, toSnapshot, type CommandInput } from '../engine';
import { STORAGE_PRESETS, storageCommandArb } from '../engine/testing';
import { Timeline } from '../worker/timeline';
import { WireDecoder, WireEncoder, type WireSnapshot } from './wire';

type Op = { kind: 'step'; ticks: number } | { kind: 'command'; command: CommandInput } | { kind: 'back'; ticks: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('step' as const), ticks: fc.integer({ min: 1, max: 1500 }) }),
  fc.record({ kind: fc.constant('command' as const), command: storageCommandArb }),
  fc.record({ kind: fc.constant('back' as const), ticks: fc.integer({ min: 1, max: 4000 }) }),
);

/** Do one op on the timeline as the loop would, telling the encoder when the world went back. */
function run(tl: Timeline, enc: WireEncoder, op: Op): void {
  if (op.kind === 'command') {
    tl.command(op.command);
    return;
  }
  const target = op.kind === 'step' ? tl.tick + op.ticks : Math.max(0, tl.tick - op.ticks);
  if (tl.rewindFor(target)) enc.rewound();
  tl.advanceTo(target);
  tl.settle();
}

/** Encode the current state, move it across as postMessage would, and decode it: the volumes must be the worker's. */
function sendAndCheck(tl: Timeline, enc: WireEncoder, dec: WireDecoder): number {
  const snap = toSnapshot(tl.state);
  const { snapshot, transfer } = enc.encode(snap);
  const wire = structuredClone(snapshot, { transfer }) as WireSnapshot;
  const got = dec.decode(wire);
  expect(got?.storage.volumes).toEqual(snap.storage.volumes);
  expect(JSON.stringify(got?.storage.volumes)).toBe(JSON.stringify(snap.storage.volumes));
  return wire.storage.volumes.changed.length;
}

describe('the wire at random', () => {
  it('decodes to the worker\'s volumes after any steps, commands and rewinds, whichever snapshots were skipped', () => {
    fc.assert(
      fc.property(fc.constantFrom(...STORAGE_PRESETS), fc.array(fc.tuple(opArb, fc.boolean()), { maxLength: 14 }), (id, plan) => {
        const tl = new Timeline(presets[id]);
        const enc = new WireEncoder();
        const dec = new WireDecoder();
        sendAndCheck(tl, enc, dec);
        for (const [op, send] of plan) {
          run(tl, enc, op);
          if (send) sendAndCheck(tl, enc, dec);
        }
        sendAndCheck(tl, enc, dec);
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('a command given after going back reuses revisions for other contents: the rewind makes the encoder look again', () => {
    const tl = new Timeline({ ...presets['san-placement'], events: [] });
    const enc = new WireEncoder();
    const dec = new WireDecoder();
    const create = (sizeGiB: number): CommandInput => ({ type: 'createVolume', volume: { id: 'n1', sizeGiB, replicas: 1, provisioning: 'thick' } });
    run(tl, enc, { kind: 'step', ticks: 500 });
    expect(tl.command(create(120))).toMatchObject({ ok: true });
    sendAndCheck(tl, enc, dec);
    // Back before the command and the same command a little earlier with another size, unseen in
    // between (nothing else changed a volume meanwhile): n1 gets the revision it had.
    run(tl, enc, { kind: 'back', ticks: 100 });
    run(tl, enc, { kind: 'step', ticks: 50 });
    expect(tl.command(create(200))).toMatchObject({ ok: true });
    expect(sendAndCheck(tl, enc, dec)).toBeGreaterThanOrEqual(1);
    // Played on in one history, untouched volumes stay off the wire.
    run(tl, enc, { kind: 'step', ticks: 1 });
    expect(sendAndCheck(tl, enc, dec)).toBe(0);
  });

  it('a thin volume that fills its array, and writes again after a new array and a rebalance, is sent each time', () => {
    const tl = new Timeline(presets['thin-overcommit']);
    const enc = new WireEncoder();
    const dec = new WireDecoder();
    const every = (ticks: number): void => {
      for (let t = 0; t < ticks; t += 1000) {
        run(tl, enc, { kind: 'step', ticks: 1000 });
        sendAndCheck(tl, enc, dec);
      }
    };
    every(60_000);
    expect(tl.state.storage.volumes.some((v) => v.full)).toBe(true);
    tl.command({ type: 'addArray', array: { id: 'array-c', name: 'array-c', capacityGiB: 800, iops: 30000, latencyMs: 0.5, rack: 'rack-3' } });
    tl.command({ type: 'rebalance' });
    // The move copies about 300 GiB at the room its arrays have left (about 70 s).
    every(80_000);
    expect(tl.state.events.list.some((e) => e.key === 'storage.event.writesResumed')).toBe(true);
  }, 60_000);
});
