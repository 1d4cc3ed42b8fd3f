/**
 * The technique counters' snapshot part: one row of VF fields per VM, a copy (the live
 * state can move on without touching it), transferable, and folded into the digest so
 * a change to any counter shows.
 */
import { describe, expect, it } from 'vitest';
import { FNV_OFFSET } from '../kernel/digest';
import { createSim, presets, step, toSnapshot } from '../index';
import { digestVirt, virtBuffers, virtSnapshot } from './snapshot';
import { VF } from './virt';

describe('virt snapshot', () => {
  const st = step(createSim(presets['bt-vs-para-vs-hw']), 6000);

  it('is one row of VF.count counters per VM, equal to the state and not shared with it', () => {
    const part = virtSnapshot(st);
    expect(part.vm).toHaveLength(st.topology.vms.length * VF.count);
    expect(Array.from(part.vm)).toEqual(Array.from(st.virt.vm));
    expect(part.vm.buffer).not.toBe(st.virt.vm.buffer);
    expect(toSnapshot(st).virt).toEqual(part);
  });

  it('transfers its one buffer', () => {
    const part = virtSnapshot(st);
    expect(virtBuffers(part)).toEqual([part.vm.buffer]);
  });

  it('changes the digest when any counter changes', () => {
    const part = virtSnapshot(st);
    const h = digestVirt(part, FNV_OFFSET);
    part.vm[VF.traps] = (part.vm[VF.traps] ?? 0) + 1;
    expect(digestVirt(part, FNV_OFFSET)).not.toBe(h);
  });
});
