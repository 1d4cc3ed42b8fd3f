/**
 * The lens's "where will it go?" must say exactly what the create command then does,
 * under every policy and preset, or the predict-then-check exercise would teach wrong.
 */
import { describe, expect, it } from 'vitest';
import { applyCommand, createSim, placementPolicies, presets, step, toSnapshot } from '../../engine';
import { freshId } from '../shared/ids';
import { predictPlacement, scoreGuess } from './predict';

const cases = ['san-placement', 'array-failure', 'thin-overcommit', 'rack-awareness'] as const;

describe('predictPlacement', () => {
  for (const id of cases) {
    for (const policy of placementPolicies) {
      it(`${id} under ${policy}: prediction = placement`, () => {
        let st = step(createSim(presets[id]), 1000);
        st = applyCommand(st, { type: 'setPlacementPolicy', policy }).state;
        for (const [size, thin, replicas] of [[100, false, 2], [40, true, 1], [300, false, 3]] as const) {
          const snap = toSnapshot(st).storage;
          const volId = freshId('vol-', snap.volumes.map((v) => v.id));
          const predicted = predictPlacement(snap, { id: volId, sizeGiB: size, thin, replicas });
          const r = applyCommand(st, { type: 'createVolume', volume: { id: volId, sizeGiB: size, provisioning: thin ? 'thin' : 'thick', replicas } });
          if (!r.ok) {
            expect(predicted).toEqual([]);
            continue;
          }
          st = r.state;
          const placed = toSnapshot(st).storage;
          const vol = placed.volumes.find((v) => v.id === volId);
          expect(vol?.replicas.map((x) => placed.arrays[x.array]?.name)).toEqual(predicted);
        }
      });
    }
  }
});

describe('scoreGuess', () => {
  it('counts the right picks and calls a guess exact only with nothing missing or extra', () => {
    expect(scoreGuess(['array-a', 'array-c'], ['array-a', 'array-c'])).toEqual({ right: 2, of: 2, exact: true });
    expect(scoreGuess(['array-c', 'array-a'], ['array-a', 'array-c'])).toEqual({ right: 2, of: 2, exact: true });
    expect(scoreGuess(['array-a'], ['array-a', 'array-c'])).toEqual({ right: 1, of: 2, exact: false });
    expect(scoreGuess(['array-a', 'array-b', 'array-c'], ['array-a', 'array-c'])).toEqual({ right: 2, of: 2, exact: false });
    expect(scoreGuess([], [])).toEqual({ right: 0, of: 0, exact: true });
  });
});
