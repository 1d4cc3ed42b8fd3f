/** The inspector's "still booting" reads the same countdown as the lenses (shared/bootLeft.ts). */
import { describe, expect, it } from 'vitest';
import { createSim, presets, step, toSnapshot } from '../../engine';
import { booting } from '../../views/network/booting';
import { explainEntity } from './explain';

describe('explainEntity: a booting VM', () => {
  it('says the time left as the Network lens does, rounded up (1,020 ms left: 1.1 s, not 1.0)', () => {
    const s = structuredClone(toSnapshot(step(createSim(presets['vlan-isolation']), 3000)));
    s.vms.bootLeft.fill(1020);
    const vm = s.topology.vms.findIndex((v) => v.name === 'a-web');
    expect(booting(s)?.s).toBe(1.1);
    expect(explainEntity(s, 0, vm, 'a-web')).toEqual({ key: 'why.booting', params: { s: '1.1', who: 'a-web' } });
  });
});
