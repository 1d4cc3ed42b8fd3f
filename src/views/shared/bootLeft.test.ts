/** The one boot countdown the Network, Memory and GPU lenses show. */
import { describe, expect, it } from 'vitest';
import { POWER } from '../../engine';
import { bootLeftS, bootSeconds } from './bootLeft';

const vms = (power: number[], bootLeft: number[]) => ({ power: Uint8Array.from(power), bootLeft: Int32Array.from(bootLeft) });
const { booting: B, on: ON, off: OFF } = POWER;

describe('bootLeftS', () => {
  it('of the VMs asked about, counts those booting and times the one up first', () => {
    expect(bootLeftS(vms([B, ON, B, B], [2500, 0, 1000, 400]), [0, 1, 2])).toEqual({ booting: [0, 2], first: 2, s: 1 });
  });
  it('a booting VM not asked about is neither counted nor timed', () => {
    expect(bootLeftS(vms([B, B], [3000, 100]), [0])).toEqual({ booting: [0], first: 0, s: 3 });
  });
  it('of equals, the first asked is the one up first', () => {
    expect(bootLeftS(vms([B, B, B], [700, 700, 900]), [1, 0, 2])?.first).toBe(1);
  });
  it('none booting (all on or off, or none asked): null', () => {
    expect(bootLeftS(vms([ON, OFF], [0, 0]), [0, 1])).toBeNull();
    expect(bootLeftS(vms([B], [1000]), [])).toBeNull();
  });
  it('rounds up to one decimal, never to 0.0 while it boots', () => {
    expect([1000, 1001, 999, 901, 1, 0].map(bootSeconds)).toEqual([1, 1.1, 1, 1, 0.1, 0.1]);
  });
});
