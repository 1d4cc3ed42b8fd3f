/**
 * A check on the GPU as a virtualized resource (the notes' 가상화란?: CPU, memory,
 * storage, network and GPU): on the MIG host of gpu-sharing, train-m gets a seeded slice
 * profile and asks for a seeded share of a GPU; what share does it get? The engine's
 * GPU model at the reveal tick answers (the smaller of its slices and its demand).
 */
import { MIG_COMPUTE_SLICES } from '../../engine';
import { numberChoices } from '../choices';
import type { CheckDef, CheckInstance } from '../types';
import { opening, picker, seeded, snapshotAt } from '../world';

export const gpuShare: CheckDef = {
  id: 'what.gpuShare',
  section: 'what',
  make(seed): CheckInstance {
    const r = picker(seed);
    const k = r.pick([1, 2, 3]);
    const asks = r.pick([20, 50, 100]);
    const base = seeded('gpu-sharing', seed);
    const vms = base.vms.map((v) => (v.id === 'train-m' && v.gpu !== undefined ? { ...v, gpu: { ...v.gpu, slices: k, demandPct: asks, needGiB: 4 } } : v));
    const scenario = { ...base, vms, events: [] };
    const tick = 8000;
    const s = snapshotAt(scenario, [], tick);
    const i = s.topology.vms.findIndex((v) => v.id === 'train-m');
    const share = s.gpu.atts.find((a) => a.vm === i)?.share ?? 0;
    const answer = Math.round(share * 100);
    const cap = Math.round((k / MIG_COMPUTE_SLICES) * 100);
    return {
      ...opening(this, seed, { preset: 'gpu-sharing', edited: true, scenario, log: [], tick: 4500, lens: 'techniques', select: { kind: 'vm', index: i } }),
      question: { key: 'check.what.gpuShare.q', params: { k, asks } },
      choices: numberChoices([asks, cap, 100, answer, Math.round(cap / 2)]),
      answer: String(answer),
      reveal: { tick, log: [] },
      explain: { key: 'check.what.gpuShare.explain', params: { answer, k, cap, asks } },
    };
  },
};
