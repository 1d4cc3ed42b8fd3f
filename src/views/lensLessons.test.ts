/**
 * Whether a world exercises a lens: `basic` leaves Storage (one array) and Cluster (one
 * host) with nothing to show, every lesson preset exercises its own lens, the lists name
 * every lens and only real presets, and the course tour's lens steps open one of the
 * lens's own lessons.
 */
import { describe, expect, it } from 'vitest';
import { createSim, isPresetId, presets, toSnapshot, type Scenario } from '../engine';
import { tour as course } from '../tours/data/course';
import { LENS_ID_LIST } from './lensIds';
import { clusterExercised, containersExercised, cpuExercised, LENS_LESSONS, lensExercised, lensLessons, memoryExercised, networkExercised, storageExercised } from './lensLessons';

const topo = (s: Scenario) => toSnapshot(createSim(s)).topology;

describe('lens exercised', () => {
  it('on basic: Storage and Cluster have nothing to show, the other lenses do', () => {
    const snap = toSnapshot(createSim(presets.basic));
    const empty = LENS_ID_LIST.filter((l) => !lensExercised(l, snap));
    expect(empty).toEqual(['storage', 'cluster']);
  });

  it('every lesson preset exercises its own lens', () => {
    for (const lens of LENS_ID_LIST) {
      for (const id of LENS_LESSONS[lens]) expect(lensExercised(lens, toSnapshot(createSim(presets[id]))), `${lens} / ${id}`).toBe(true);
    }
  });

  it('storage needs two arrays, cluster two hosts', () => {
    const b = presets.basic;
    expect(storageExercised(topo({ ...b, storageArrays: [] }))).toBe(false);
    expect(storageExercised(topo(presets['thin-overcommit']))).toBe(true);
    expect(clusterExercised(topo(presets['type1-vs-type2']))).toBe(true);
    expect(clusterExercised(topo(presets.hyperthreads))).toBe(false);
  });

  it('network needs a vNIC on a VLAN its host vSwitch carries', () => {
    const b = presets.basic;
    expect(networkExercised(topo(b))).toBe(true);
    expect(networkExercised(topo({ ...b, vswitches: [] }))).toBe(false);
    expect(networkExercised(topo({ ...b, vms: b.vms.map((v) => ({ ...v, vnics: [] })) }))).toBe(false);
    expect(networkExercised(topo({ ...b, vswitches: b.vswitches.map((w) => ({ ...w, vlans: [30] })) }))).toBe(false);
  });

  it('containers need a container; memory a VM; CPU a VM or a container', () => {
    expect(containersExercised(topo(presets['cpu-overcommit']))).toBe(false);
    expect(containersExercised(topo(presets.basic))).toBe(true);
    expect(memoryExercised(topo(presets['docker-layers']))).toBe(false);
    expect(cpuExercised(topo(presets['docker-layers']))).toBe(true);
  });

  it('an unknown lens is never called empty and has no lessons', () => {
    expect(lensExercised('nope', toSnapshot(createSim(presets.basic)))).toBe(true);
    expect(lensLessons('nope')).toEqual([]);
  });
});

describe('lens lessons', () => {
  it('name every lens, real presets only, none twice', () => {
    expect(Object.keys(LENS_LESSONS).toSorted()).toEqual([...LENS_ID_LIST].toSorted());
    const all = Object.values(LENS_LESSONS).flat();
    for (const id of all) expect(isPresetId(id), id).toBe(true);
    expect(new Set(all).size).toBe(all.length);
  });

  it('each course step on a lens other than the Overview opens one of that lens’s lessons', () => {
    for (const s of course.steps) {
      if (s.lens === 'overview') continue;
      expect(lensLessons(s.lens), `${s.id}: ${s.preset}`).toContain(s.preset);
    }
  });
});
