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
  it('at 3 s: every VM boots; the three whose traffic waits for them are counted, the first up in 1.0 s', () => {
    const s = at(3000);
    expect([...s.vms.power].every((p) => p === POWER.booting)).toBe(true);
    // a-replica only receives (a-db's replication): the drawing waits for a-web, a-db and b-web.
    expect(booting(s)).toEqual({ n: 3, s: 1 });
  });
  it('a booting VM that holds back no flow is neither counted nor timed, even when it is up first', () => {
    const s = structuredClone(at(3000));
    const replica = s.topology.vms.findIndex((vm) => vm.name === 'a-replica');
    expect(s.vms.power[replica]).toBe(POWER.booting);
    s.vms.bootLeft[replica] = 300;
    expect(booting(s)).toEqual({ n: 3, s: 1 });
  });
  it('a flow from clients outside waits for the VM it talks to; a flow that has stopped waits for no one', () => {
    const s = structuredClone(at(3000));
    // Only a-clients (external to a-web) still to come: a-web is the one VM the drawing waits for.
    for (const f of s.net.graph.flows) if (f.id !== 'a-clients') f.stopAt = 1000;
    expect(booting(s)).toEqual({ n: 1, s: 1 });
    for (const f of s.net.graph.flows) f.stopAt = 1000;
    expect(booting(s)).toBeNull();
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
