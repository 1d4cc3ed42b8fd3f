/**
 * The SAN picture's copy figures on an array: replica copies coming in and the array's own
 * RAID disk rebuild are both shown, each under its own name, with the engine's rates.
 */
import { describe, expect, it } from 'vitest';
import { applyCommand, createSim, presets, step, toSnapshot, type CommandInput, type SimState } from '../../engine';
import { copyTargetScenario } from '../../engine/testing';
import { t } from '../../i18n';
import { copyFigures } from './copyFigures';

const ok = (st: SimState, cmd: CommandInput): SimState => {
  const r = applyCommand(st, cmd);
  if (!r.ok) throw new Error(r.reason.key);
  return r.state;
};

describe('the copy figures of an array', () => {
  it('name a RAID disk rebuild, which is no replica copy, at the rate the RAID panel gives', () => {
    let st = step(createSim(presets['raid-striping']), 5000);
    st = ok(ok(st, { type: 'failDisk', array: 'raid5', disk: 2 }), { type: 'replaceDisk', array: 'raid5' });
    const snap = toSnapshot(step(st, 1000)).storage;
    const i = snap.arrays.findIndex((a) => a.id === 'raid5');
    // No replica is copied anywhere: only the disk rebuild, at its 200 MiB/s per disk.
    expect(snap.load.rebuildMiBps[i]).toBe(0);
    expect(copyFigures(snap, i)).toEqual({ copiesIn: null, diskRebuild: { disk: 2, mibps: 200 } });
    expect(copyFigures(snap, 0)).toEqual({ copiesIn: null, diskRebuild: null });
    expect(t('en', 'storage.diskRebuild', { disk: 2, mibps: 200 })).toMatch(/disk 2 rebuild 200\sMiB\/s/);
    expect(t('ko', 'storage.diskRebuild', { disk: 2, mibps: 200 })).toMatch(/디스크 2 재구축 200\sMiB\/s/);
  });

  it('show replica copies coming in and the disk rebuild side by side when both run on one array', () => {
    // A 2-replica volume on b and c; c fails and its new copy goes to r5, whose disk 1 is being rebuilt meanwhile.
    const sc = copyTargetScenario('r5', 5);
    let st = step(createSim(sc), 1000);
    st = ok(ok(ok(st, { type: 'failDisk', array: 'r5', disk: 1 }), { type: 'replaceDisk', array: 'r5' }), { type: 'failArray', array: 'c' });
    const snap = toSnapshot(step(st, 3000)).storage;
    const f = copyFigures(snap, 0);
    const copy = snap.volumes[0]?.replicas.find((r) => r.building);
    expect(copy?.array).toBe(0);
    // The copy's smoothed rate in has settled on its last rate; the disk rebuild is the engine's own figure.
    expect(f.copiesIn).toBeCloseTo(copy?.copyMiBps ?? NaN, 3);
    expect(f.diskRebuild).toEqual({ disk: 1, mibps: snap.arrays[0]?.disks?.copyMiBps });
    expect(f.diskRebuild?.mibps).toBeGreaterThan(1);
    expect(t('en', 'storage.rebuildIn', { mibps: 150 })).toMatch(/copies in 150\sMiB\/s/);
  });
});
