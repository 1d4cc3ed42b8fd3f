/** The At scale view's model from real snapshots of the orchestration preset (no browser). */
import { describe, expect, it } from 'vitest';
import { createSim, presets, step, toSnapshot } from '../../engine';
import { gaugeSentence, nextVersion, scaleModel, versionSlot } from './layoutScale';

const at = (tick: number) => toSnapshot(step(createSim(presets.orchestration), tick));

describe('layoutScale', () => {
  it('a failed node is drawn empty, the replicas that fit nowhere apart, with figures that add up', () => {
    const m = scaleModel(at(20_000));
    expect(m.nodes.map((n) => [n.id, n.failed, n.pods.length, n.cpuRequested])).toEqual([['node-1', false, 4, 4], ['node-2', true, 0, 0], ['node-3', false, 4, 4]]);
    expect(m.nodes[0]?.memFreeGiB).toBe(1.5);
    expect(m.pending.map((p) => p.id)).toEqual(['web-12', 'web-13']);
    const d = m.deps[0];
    expect(d === undefined ? null : gaugeSentence(d)).toEqual({ key: 'orch.gauge.steady', params: { dep: 'web', available: 8, desired: 10, version: '1.0' } });
    expect(m.events.every((e) => e.key.startsWith('orch.ev.') || e.key.startsWith('cluster.ev.'))).toBe(true);
  });

  it('during a rollout the versions keep their colours and the gauge gives the bounds', () => {
    const m = scaleModel(at(31_000));
    expect(m.versionSlot).toEqual({ '1.0': 0, '2.0': 1 });
    const d = m.deps[0];
    expect(d === undefined ? null : gaugeSentence(d).params).toMatchObject({ available: 10, desired: 10, min: 10, max: 11, version: '2.0' });
    expect(scaleModel(at(40_000)).versionSlot).toEqual({ '2.0': 1 });
  });

  it('version slots and the next version', () => {
    expect([versionSlot('1.0'), versionSlot('2.0'), versionSlot('3.1')]).toEqual([0, 1, 2]);
    expect(versionSlot('beta')).toBeGreaterThanOrEqual(0);
    expect([nextVersion('1.0'), nextVersion('2.0')]).toEqual(['2.0', '1.0']);
  });
});
