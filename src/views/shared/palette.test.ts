import { describe, expect, it } from 'vitest';
import { presets } from '../../engine';
import { createSim, toSnapshot } from '../../engine';
import { ownerSlot, slotTint, slotToken, vmSlot, vmToken } from './palette';
import { mix, packRgba } from './colours';

describe('the VM palette', () => {
  const topo = toSnapshot(createSim(presets['datacenter-32'])).topology;
  it('gives neighbours on a host different slots', () => {
    topo.hosts.forEach((_, h) => {
      const slots = topo.vms.flatMap((vm, i) => (vm.host === h ? [vmSlot(topo, i)] : []));
      expect(new Set(slots).size).toBe(Math.min(8, slots.length));
    });
  });
  it('matches strong colours and tints slot by slot', () => {
    expect(slotToken(3)).toBe('vm3');
    expect(slotTint(3)).toBe('vmTint3');
    expect(slotToken(9)).toBe('vm1');
    expect(vmToken(topo, 0)).toBe('vm0');
  });
  it('colours a container inside a VM like its VM', () => {
    const basic = toSnapshot(createSim(presets.basic)).topology;
    basic.containers.forEach((c, i) => {
      if (c.vm >= 0) expect(ownerSlot(basic, -2 - i)).toBe(vmSlot(basic, c.vm));
    });
  });
});

describe('canvas colours', () => {
  it('packs #rrggbb for ImageData and mixes', () => {
    expect(packRgba('#ff8000')).toBe(0xff0080ff);
    expect(packRgba('nope')).toBe(0xff808080);
    expect(mix(packRgba('#000000'), packRgba('#ffffff'), 0.5)).toBe(packRgba('#808080'));
  });
});
