/**
 * The loop with a fake clock: pacing by speed, one snapshot in flight until the main
 * thread acknowledges it, exact single steps, topology sent only when it changed, and
 * the digest sent with every settled snapshot and twice a second while playing.
 */
import { describe, expect, it } from 'vitest';
import { presets, snapshotDigest, toSnapshot } from '../engine';
import { PROTOCOL_VERSION, type FromWorker } from '../protocol/messages';
import { WireDecoder } from '../protocol/wire';
import { SimLoop } from './loop';
import { Timeline } from './timeline';

function harness() {
  let now = 0;
  const timers: { at: number; fn: () => void }[] = [];
  const out: FromWorker[] = [];
  const loop = new SimLoop({
    post: (m) => out.push(m),
    now: () => now,
    schedule: (fn, ms) => timers.push({ at: now + ms, fn }),
  });
  const advance = (ms: number): void => {
    const end = now + ms;
    for (;;) {
      timers.sort((a, b) => a.at - b.at);
      const next = timers[0];
      if (next === undefined || next.at > end) break;
      timers.shift();
      now = Math.max(now, next.at);
      next.fn();
    }
    now = end;
  };
  const snaps = () => out.filter((m): m is FromWorker & { type: 'snapshot' } => m.type === 'snapshot');
  const ack = () => loop.handle({ type: 'ack' });
  return { loop, out, advance, snaps, ack };
}

describe('SimLoop', () => {
  it('answers hello and ping', () => {
    const h = harness();
    h.loop.handle({ type: 'hello', v: PROTOCOL_VERSION });
    h.loop.handle({ type: 'ping', id: 7 });
    expect(h.out).toEqual([{ type: 'ready', v: PROTOCOL_VERSION }, { type: 'pong', id: 7 }]);
  });

  it('paces ticks to real time x speed', () => {
    const h = harness();
    h.loop.handle({ type: 'speed', speed: 0.5 });
    h.loop.handle({ type: 'load', scenario: presets.basic, tick: 0, playing: true });
    for (let i = 0; i < 60; i++) {
      h.advance(16);
      h.ack();
    }
    const last = h.snaps().at(-1);
    // 960 ms of real time at 0.5x is about 480 ticks.
    expect(last?.snapshot.tick).toBeGreaterThan(440);
    expect(last?.snapshot.tick).toBeLessThanOrEqual(480);
  });

  it('keeps one snapshot in flight until acknowledged', () => {
    const h = harness();
    h.loop.handle({ type: 'load', scenario: presets.basic, tick: 0, playing: true });
    const first = h.snaps().length;
    h.advance(500);
    expect(h.snaps().length).toBe(first);
    h.ack();
    expect(h.snaps().length).toBe(first + 1);
  });

  it('steps exactly one tick each way, paused, and sends topology only once', () => {
    const h = harness();
    h.loop.handle({ type: 'load', scenario: presets.basic, tick: 100, playing: false });
    h.ack();
    h.loop.handle({ type: 'step', ticks: 1 });
    h.ack();
    h.loop.handle({ type: 'step', ticks: -1 });
    h.ack();
    h.loop.handle({ type: 'step', ticks: -1 });
    h.ack();
    const ticks = h.snaps().map((s) => s.snapshot.tick);
    expect(ticks.slice(-3)).toEqual([101, 100, 99]);
    expect(h.snaps().every((s) => !s.playing)).toBe(true);
    expect(h.snaps().filter((s) => s.snapshot.topology !== null)).toHaveLength(1);
  });

  it('sends topology again after a command changes it, and reports rejections', () => {
    const h = harness();
    h.loop.handle({ type: 'load', scenario: presets.basic, tick: 10, playing: false });
    h.ack();
    h.loop.handle({ type: 'command', id: 1, command: { type: 'setHypervisorType', host: 'host-1', hvType: 'type2' } });
    h.ack();
    h.loop.handle({ type: 'command', id: 2, command: { type: 'stopVm', vm: 'nope' } });
    const results = h.out.filter((m) => m.type === 'commandResult');
    expect(results[0]).toMatchObject({ id: 1, ok: true, tick: 10, logPos: 0 });
    expect(results[1]).toMatchObject({ id: 2, ok: false, reason: { key: 'reason.noSuchVm' } });
    const withTopo = h.snaps().filter((s) => s.snapshot.topology !== null);
    expect(withTopo.at(-1)?.snapshot.topology?.hosts[0]?.hypervisor.type).toBe('type2');
  });

  it('restores a scenario, its commands and tick after a restart', () => {
    const a = harness();
    a.loop.handle({ type: 'load', scenario: presets.basic, tick: 300, playing: false });
    a.ack();
    a.loop.handle({ type: 'command', id: 1, command: { type: 'stopVm', vm: 'web-1' } });
    a.ack();
    a.loop.handle({ type: 'seek', tick: 900 });
    a.ack();
    const want = a.snaps().at(-1)?.snapshot;
    expect(want?.tick).toBe(900);
    const b = harness();
    b.loop.handle({ type: 'restore', scenario: presets.basic, log: [{ tick: 300, command: { type: 'stopVm', vm: 'web-1' } }], tick: 900, playing: false, speed: 1, from: null });
    const got = b.snaps().at(-1)?.snapshot;
    expect(got?.tick).toBe(900);
    expect(Array.from(got?.ent.run ?? [])).toEqual(Array.from(want?.ent.run ?? []));
  });

  it('after a load, the first snapshot is at the requested tick even when the replay takes several turns', () => {
    let now = 0;
    const timers: (() => void)[] = [];
    const out: FromWorker[] = [];
    // A clock that moves on every reading: each turn's 10 ms budget runs out quickly.
    const loop = new SimLoop({ post: (m) => out.push(m), now: () => (now += 1), schedule: (fn) => timers.push(fn) });
    loop.handle({ type: 'load', scenario: presets.basic, tick: 3000, playing: false });
    for (let i = 0; i < 500 && timers.length > 0; i++) {
      timers.shift()?.();
      loop.handle({ type: 'ack' });
    }
    const snaps = out.filter((m): m is FromWorker & { type: 'snapshot' } => m.type === 'snapshot');
    expect(snaps.length).toBeGreaterThan(0);
    expect(snaps[0]?.snapshot.tick).toBe(3000);
  });

  it('stops exactly at a requested tick while playing, at any speed', () => {
    for (const speed of [1, 100, 'max'] as const) {
      const h = harness();
      h.loop.handle({ type: 'speed', speed });
      h.loop.handle({ type: 'load', scenario: presets.basic, tick: 0, playing: true });
      h.loop.handle({ type: 'stopAt', tick: 777 });
      for (let i = 0; i < 400 && h.snaps().at(-1)?.snapshot.tick !== 777; i++) {
        h.advance(16);
        h.ack();
      }
      expect(h.snaps().at(-1)).toMatchObject({ playing: false, settled: true, snapshot: { tick: 777 } });
      h.advance(100);
      h.ack();
      expect(h.snaps().at(-1)?.snapshot.tick).toBe(777);
    }
  });

  it('sends the digest of every settled snapshot, and while playing at most twice a second', () => {
    const h = harness();
    h.loop.handle({ type: 'load', scenario: presets.basic, tick: 0, playing: true });
    for (let i = 0; i < 125; i++) {
      h.advance(16);
      h.ack();
    }
    const playing = h.snaps().filter((s) => s.playing);
    const digested = playing.filter((s) => s.digest !== null);
    expect(playing.length).toBeGreaterThan(100);
    expect(digested.length).toBeGreaterThanOrEqual(4);
    expect(digested.length).toBeLessThanOrEqual(5);
    h.loop.handle({ type: 'pause' });
    h.loop.handle({ type: 'seek', tick: 1234 });
    h.ack();
    const last = h.snaps().at(-1);
    expect(last).toMatchObject({ settled: true, snapshot: { tick: 1234 } });
    const tl = new Timeline(presets.basic);
    tl.seek(1234);
    expect(last?.digest).toBe(snapshotDigest(toSnapshot(tl.state)));
  });

  it('after a seek back, a snapshot that skipped the states in between still shows the new history\'s volumes', () => {
    const h = harness();
    const dec = new WireDecoder();
    const create = (id: number, sizeGiB: number) => ({ type: 'command' as const, id, command: { type: 'createVolume' as const, volume: { id: 'n1', sizeGiB, replicas: 1, provisioning: 'thick' as const } } });
    h.loop.handle({ type: 'load', scenario: { ...presets['san-placement'], events: [] }, tick: 500, playing: false });
    h.loop.handle(create(1, 120));
    h.ack();
    expect(h.snaps().at(-1)?.snapshot.storage.volumes.changed.some(([, v]) => v.id === 'n1' && v.sizeGiB === 120)).toBe(true);
    // That one unacknowledged, nothing goes out until the end, when n1 has the revision the 120 GiB one had.
    h.loop.handle({ type: 'seek', tick: 400 });
    h.loop.handle({ type: 'seek', tick: 450 });
    h.loop.handle(create(2, 200));
    const sent = h.snaps().length;
    h.ack();
    expect(h.snaps().length).toBe(sent + 1);
    let got = null;
    for (const m of h.snaps()) got = dec.decode(m.snapshot);
    const last = h.snaps().at(-1);
    expect(last).toMatchObject({ settled: true, snapshot: { tick: 450 } });
    expect(got?.storage.volumes.find((v) => v.id === 'n1')?.sizeGiB).toBe(200);
    expect(snapshotDigest(got as NonNullable<typeof got>)).toBe(last?.digest);
  });

  it('after a seek back, a topology edit in the new history is sent though its revision is the old one\'s', () => {
    const h = harness();
    const dec = new WireDecoder();
    const add = (id: number, capacityGiB: number) => ({ type: 'command' as const, id, command: { type: 'addArray' as const, array: { id: 'new-1', name: 'new-1', capacityGiB, iops: 10_000, latencyMs: 0.5, rack: 'rack-3' } } });
    h.loop.handle({ type: 'load', scenario: { ...presets['san-placement'], events: [] }, tick: 500, playing: false });
    h.loop.handle(add(1, 500));
    h.ack();
    h.loop.handle({ type: 'seek', tick: 400 });
    h.loop.handle({ type: 'seek', tick: 450 });
    h.loop.handle(add(2, 900));
    h.ack();
    let got = null;
    for (const m of h.snaps()) got = dec.decode(m.snapshot);
    expect(got?.topology.storageArrays.find((a) => a.id === 'new-1')?.capacityGiB).toBe(900);
    expect(snapshotDigest(got as NonNullable<typeof got>)).toBe(h.snaps().at(-1)?.digest);
  });
});
