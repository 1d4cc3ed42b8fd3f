/**
 * CPU virtualization (the notes' CPU 가상화): "which state comes next?" for one vCPU of
 * cpu-overcommit (8 vCPUs on 4 hardware threads, Xen Credit). The engine is stepped one
 * tick at a time from the question's moment until that vCPU's state changes.
 */
import { ENT, entityLabel, step, toSnapshot } from '../../engine';
import { keyedChoices } from '../choices';
import type { CheckDef, CheckInstance } from '../types';
import { opening, picker, seeded, stateAt } from '../world';

export const STATES = ['running', 'ready', 'blocked', 'costop'] as const;
const NAME: Readonly<Record<number, string>> = Object.fromEntries(Object.entries(ENT).map(([k, v]) => [v, k]));
const LIMIT = 400;

export const nextState: CheckDef = {
  id: 'cpu.nextState',
  section: 'cpu',
  make(seed): CheckInstance {
    const r = picker(seed);
    const scenario = seeded('cpu-overcommit', seed);
    // Try moments and vCPUs (seeded) until one changes state within LIMIT ticks.
    for (let tries = 0; ; tries++) {
      const tick = 4500 + r.int(0, 60) * 50;
      let st = stateAt(scenario, [], tick);
      const first = toSnapshot(st);
      const ent = r.int(0, first.topology.entityCount - 1);
      const now = first.ent.state[ent] ?? ENT.off;
      let next = now;
      let at = tick;
      for (let n = 0; n < LIMIT && next === now; n++) {
        st = step(st, 1);
        at += 1;
        next = toSnapshot(st).ent.state[ent] ?? now;
      }
      if ((next === now || now === ENT.off) && tries < 20) continue;
      const name = entityLabel(first.topology, ent);
      return {
        ...opening(this, seed, { preset: 'cpu-overcommit', edited: false, scenario, log: [], tick, lens: 'cpu', select: { kind: 'vcpu', index: ent } }),
        question: { key: 'check.cpu.nextState.q', params: { vcpu: name, state: `check.state.${NAME[now] ?? 'off'}` } },
        choices: keyedChoices(STATES.filter((s) => ENT[s] !== now), 'check.state'),
        answer: NAME[next] ?? 'off',
        reveal: { tick: at, log: [] },
        explain: { key: `check.cpu.nextState.explain.${NAME[now] ?? 'off'}`, params: { vcpu: name, next: `check.state.${NAME[next] ?? 'off'}`, ms: at - tick } },
      };
    }
  },
};
