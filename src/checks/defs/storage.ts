/**
 * Storage and the SAN (the notes' 스토리지 가상화 and SAN): which array a new volume lands
 * on under the placement policy, and what a rack failure does to volumes whose copies
 * share a rack. Both are answered by applying the command to the engine's state at the
 * question's tick and reading the storage snapshot.
 */
import type { CommandInput } from '../../engine';
import { nameChoices, numberChoices } from '../choices';
import type { CheckDef, CheckInstance } from '../types';
import { opening, picker, seeded, snapshotAt } from '../world';

/** san-placement: a new thick volume with one replica, under most-free or round-robin. */
export const nextVolume: CheckDef = {
  id: 'storage.nextVolume',
  section: 'storage',
  make(seed): CheckInstance {
    const r = picker(seed);
    const scenario = seeded('san-placement', seed);
    const policy = r.pick(['most-free', 'round-robin'] as const);
    const log = policy === 'most-free' ? [] : [{ tick: 0, command: { type: 'setPlacementPolicy', policy } satisfies CommandInput }];
    const tick = 1000 + r.int(0, 90) * 100;
    const sizeGiB = r.pick([100, 200, 400, 800]);
    const create = { tick, command: { type: 'createVolume', volume: { id: 'check-vol', sizeGiB, owner: 'web-1', replicas: 1, provisioning: 'thick' } } satisfies CommandInput };
    const after = snapshotAt(scenario, [...log, create], tick);
    const vol = after.storage.volumes.find((v) => v.id === 'check-vol');
    const answer = after.storage.arrays[vol?.replicas[0]?.array ?? -1]?.name ?? '';
    return {
      ...opening(this, seed, { preset: 'san-placement', edited: false, scenario, log, tick, lens: 'storage', select: null }),
      question: { key: 'check.storage.nextVolume.q', params: { size: sizeGiB, policy: `check.policy.${policy}` } },
      choices: nameChoices(after.storage.arrays.map((a) => a.name)),
      answer,
      reveal: { tick: tick + 300, log: [create] },
      explain: { key: `check.storage.nextVolume.explain.${policy}`, params: { array: answer } },
    };
  },
};

/** rack-awareness (copies placed without rack awareness): a rack fails now; count volumes lost or rebuilding. */
export const rackFailure: CheckDef = {
  id: 'san.rackFailure',
  section: 'san',
  make(seed): CheckInstance {
    const r = picker(seed);
    const scenario = { ...seeded('rack-awareness', seed), events: [] };
    const rack = r.pick(['rack-1', 'rack-2', 'rack-3']);
    const ask = r.pick(['lost', 'degraded'] as const);
    const tick = 2000 + r.int(0, 40) * 100;
    const fail = { tick, command: { type: 'failRack', rack } satisfies CommandInput };
    const after = snapshotAt(scenario, [fail], tick);
    const lost = after.storage.volumes.filter((v) => v.status === 'lost').length;
    const hurt = after.storage.volumes.filter((v) => v.status === 'degraded' || v.status === 'rebuilding').length;
    const answer = ask === 'lost' ? lost : hurt;
    const total = after.storage.volumes.length;
    return {
      ...opening(this, seed, { preset: 'rack-awareness', edited: true, scenario, log: [], tick, lens: 'storage', select: null }),
      question: { key: `check.san.rackFailure.q.${ask}`, params: { rack, total } },
      choices: numberChoices([0, 1, 2, 3, 4, answer, total]),
      answer: String(answer),
      reveal: { tick: tick + 500, log: [fail] },
      explain: { key: 'check.san.rackFailure.explain', params: { rack, lost, hurt } },
    };
  },
};
