/**
 * Containers at scale (the notes: container-based virtualization in the cloud): the
 * orchestration cluster with nothing scripted, `web` at 3 replicas (1 core requested each,
 * at most 2 used), autoscaled 3 to 10 at 60 % of its requests. At 2 s the load rises to a
 * seeded number of cores; how many replicas once the autoscaler settles? The engine's
 * autoscaler answers (what it wants when the ready replicas sit near the target, within
 * its bounds).
 */
import type { CommandInput } from '../../engine';
import { numberChoices } from '../choices';
import type { CheckDef, CheckInstance } from '../types';
import { opening, picker, seeded, stateAt, watch } from '../world';

export const scaleOut: CheckDef = {
  id: 'containers.scaleOut',
  section: 'containers',
  make(seed): CheckInstance {
    const r = picker(seed);
    const loadM = r.pick([2400, 3000, 4200, 4800, 7800]);
    const scenario = { ...seeded('orchestration', seed), events: [] };
    const tick = 2000;
    const cmd = { tick, command: { type: 'setDeploymentLoad', deployment: 'web', loadM } satisfies CommandInput };
    // Settled: the replicas it wants are all ready and it wanted the same for 3 s.
    let same = 0;
    let last = -1;
    const settled = watch(stateAt(scenario, [cmd], tick), 1000, 30_000, (s) => {
      const d = s.orch.deps[0];
      if (d === undefined) return true;
      same = d.desired === last ? same + 1 : 0;
      last = d.desired;
      return same >= 3 && d.ready === d.desired;
    });
    const d = settled?.orch.deps[0];
    const replicas = d?.desired ?? 3;
    const a = d?.autoscale ?? { min: 3, max: 10, targetPct: 60 };
    return {
      ...opening(this, seed, { preset: 'orchestration', edited: true, scenario, log: [], tick, lens: 'containers', select: null }),
      question: { key: 'check.containers.scaleOut.q', params: { cores: loadM / 1000, target: a.targetPct, min: a.min, max: a.max } },
      choices: numberChoices([3, 5, 8, 10, replicas]),
      answer: String(replicas),
      reveal: { tick: settled?.tick ?? tick + 10_000, log: [cmd] },
      explain: {
        key: replicas === a.max && Math.ceil(loadM / (10 * a.targetPct)) > a.max ? 'check.containers.scaleOut.explain.max' : 'check.containers.scaleOut.explain',
        params: { cores: loadM / 1000, n: replicas, util: d?.utilPct ?? 0, target: a.targetPct, max: a.max, each: Math.round(loadM / replicas) / 1000 },
      },
    };
  },
};
