/**
 * vlan-isolation opens with its VMs booting (0-4 s): the Network lens says when the first is
 * up, from the snapshot (at 3 s, 1.0 s left, as the Memory and GPU views say), not a fixed "4 s".
 */
import { describe, expect, it } from 'vitest';
import { createSim, POWER, presets, step, toSnapshot } from '../../engine';
import en from '../../i18n/lenses/network.en';
import ko from '../../i18n/lenses/network.ko';
import { booting } from './booting';

const at = (tick: number) => toSnapshot(step(createSim(presets['vlan-isolation']), tick));

describe('booting', () => {
  it('at 3 s: every VM boots, the first up in 1.0 s', () => {
    const s = at(3000);
    const n = [...s.vms.power].filter((p) => p === POWER.booting).length;
    expect(n).toBeGreaterThan(1);
    expect(booting(s)).toEqual({ n, s: 1 });
  });
  it('at 8 s none boots: nothing to say', () => {
    expect(booting(at(8000))).toBeNull();
  });
  it('counts down with the boot, never to 0.0 while one still boots', () => {
    const s = structuredClone(at(3000));
    s.vms.bootLeft.fill(1);
    expect(booting(s)?.s).toBe(0.1);
  });
  it('the words carry the figure and no fixed time, in en and ko', () => {
    for (const words of [en, ko] as const) {
      for (const key of ['network.booting', 'network.bootingMany'] as const) {
        expect(words[key]).toContain('{s}');
        expect(words[key]).not.toMatch(/4 ?s|4초/);
      }
      expect(words['network.bootingMany']).toContain('{n}');
    }
  });
});
