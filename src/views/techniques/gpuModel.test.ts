/**
 * The GPU view's data: on gpu-sharing, one card per GPU in the scenario's order, rows as
 * the engine reports them, and sentences whose numbers are the rows' own (the longest
 * wait on the time-sliced GPU, the capped VM on MIG, and MIG's stranded capacity once a
 * VM's allocation fails).
 */
import { describe, expect, it } from 'vitest';
import { createSim, presets, step, toSnapshot } from '../../engine';
import { gpuCards, gpuSentences, gpuWaiting } from './gpuModel';

describe('gpuModel', () => {
  const at8 = toSnapshot(step(createSim(presets['gpu-sharing']), 8000));
  const cards = gpuCards(at8);

  it('one card per GPU, with its VMs and a strip of who held it', () => {
    expect(cards.map((c) => [c.id, c.mode, c.rows.map((r) => r.vmId)])).toEqual([
      ['gpu-pass', 'passthrough', ['train-p']],
      ['gpu-slice', 'timeslice', ['infer-s1', 'infer-s2', 'train-s']],
      ['gpu-mig', 'mig', ['infer-m1', 'infer-m2', 'train-m']],
    ]);
    const slice = cards[1];
    expect(new Set(slice?.strip.filter((r) => r >= 0)).size).toBe(3); // all three had turns in the last 64 ms
  });

  it('the sentences say the rows’ own numbers', () => {
    const [pass, slice, mig] = cards;
    expect(pass && gpuSentences(pass)[0]).toEqual({ key: 'gpu.says.passthrough', params: { vm: 'train-p', share: 100, mem: 40 } });
    const longest = Math.max(...(slice?.rows.map((r) => r.turnWaitMs) ?? []));
    expect(slice && gpuSentences(slice)[0]?.params['wait']).toBe(longest);
    const trainM = mig?.rows.find((r) => r.vmId === 'train-m');
    expect(mig && gpuSentences(mig)).toEqual([{ key: 'gpu.says.mig', params: { vm: 'train-m', k: 3, share: trainM?.sharePct ?? -1, asks: 100 } }]);
  });

  it('after infer-m2 fails to allocate, MIG leaves its slices idle and says so', () => {
    const later = gpuCards(toSnapshot(step(createSim(presets['gpu-sharing']), 21_000)));
    const mig = later[2];
    expect(mig?.rows.find((r) => r.vmId === 'infer-m2')?.oom).toBe(true);
    const said = mig === undefined ? [] : gpuSentences(mig);
    expect(said[1]).toEqual({ key: 'gpu.says.idle', params: { idle: mig?.idlePct ?? -1 } });
    expect(mig?.idlePct).toBe(100 - (mig?.utilPct ?? 0));
    expect(mig?.idlePct).toBeGreaterThan(20);
  });

  it('at 3 s, before any VM has run, each card says its guests boot (1.0 s left), never a share of 0 %', () => {
    const early = gpuCards(toSnapshot(step(createSim(presets['gpu-sharing']), 3000)));
    expect(early.map((c) => gpuWaiting(c))).toEqual([1, 1, 1]);
    expect(early.map((c) => gpuSentences(c))).toEqual([
      [{ key: 'gpu.says.passBooting', params: { vm: 'train-p', mem: 40, s: '1.0' } }],
      [{ key: 'gpu.says.booting', params: { n: 3, b: 3, s: '1.0' } }],
      [{ key: 'gpu.says.booting', params: { n: 3, b: 3, s: '1.0' } }],
    ]);
    expect(early[0]?.rows[0]).toMatchObject({ on: false, booting: true });
    expect(early.map((c) => c.bootS)).toEqual([1, 1, 1]);
    expect(cards.map((c) => gpuWaiting(c))).toEqual([null, null, null]);
  });
});
