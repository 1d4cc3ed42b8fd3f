/**
 * A check on instances on request (the notes' 가상화 특성, 응용성): on the
 * instances-on-demand cluster with nothing else queued, a client asks for a seeded
 * instance (template, full or linked clone); how many seconds until it is ready? The
 * engine's provisioner answers (a linked clone's half second or a full clone's copy, then the boot).
 */
import type { CommandInput } from '../../engine';
import { numberChoices } from '../choices';
import type { CheckDef, CheckInstance } from '../types';
import { opening, picker, seeded, stateAt, watch } from '../world';

export const instanceReady: CheckDef = {
  id: 'properties.instanceReady',
  section: 'properties',
  make(seed): CheckInstance {
    const r = picker(seed);
    const template = r.pick(['ubuntu-22.04', 'windows-2022'] as const);
    const clone = r.pick(['full', 'linked'] as const);
    const instanceType = r.pick(['small', 'medium'] as const);
    const scenario = { ...seeded('instances-on-demand', seed), events: [] };
    const tick = 2000;
    const ask = { tick, command: { type: 'requestInstance', name: 'new-1', instanceType, template, clone } satisfies CommandInput };
    const ready = watch(stateAt(scenario, [ask], tick), 100, 60_000, (s) => s.fleet.instances.some((x) => x.name === 'new-1' && x.state === 'ready'));
    const rec = ready?.fleet.instances.find((x) => x.name === 'new-1');
    const seconds = rec === undefined ? 0 : Math.round((rec.readyAt - rec.requestedAt) / 1000);
    return {
      ...opening(this, seed, { preset: 'instances-on-demand', edited: true, scenario, log: [], tick, lens: 'cluster', select: null }),
      question: { key: 'check.properties.instanceReady.q', params: { type: instanceType, template, clone: `clone.${clone}` } },
      choices: numberChoices([1, 5, 25, 45, seconds]),
      answer: String(seconds),
      reveal: { tick: (rec?.readyAt ?? tick) + 100, log: [ask] },
      explain: { key: `check.properties.instanceReady.explain.${clone}`, params: { s: seconds, template, clone: rec === undefined ? 0 : ((rec.addedAt - rec.startedAt) / 1000).toFixed(1), boot: rec === undefined ? 0 : ((rec.readyAt - rec.addedAt) / 1000).toFixed(1) } },
    };
  },
};
