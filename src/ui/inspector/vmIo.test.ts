/**
 * The volume inspector's latency line names the size of the I/O its figure is for: the
 * boot's 64 KiB while the guest boots, the workload's after (it used to name the workload's
 * size while showing the boot's latency).
 */
import { describe, expect, it } from 'vitest';
import { createSim, presets, step, toSnapshot } from '../../engine';
import { profileOf } from '../../engine/kernel/workload';
import { vmIoKiB } from './vmIo';

describe('vmIoKiB', () => {
  it('is the size of the I/O the VM latency is for, through boot and after', () => {
    let st = createSim(presets['san-placement']);
    let booting = 0;
    for (let t = 0; t < 60; t++) {
      const snap = toSnapshot(st);
      st.topology.vms.forEach((vm, i) => {
        const { kib, booting: b } = vmIoKiB(snap, i);
        expect(kib).toBe(profileOf(st.ent.phaseKind[vm.entOffset] ?? 0).ioKiB);
        // db-1 (database, 8 KiB I/Os) boots with 64 KiB ones: the label must say 64.
        if (b && vm.workload === 'database') {
          booting += 1;
          expect(kib).toBe(64);
        }
      });
      st = step(st, 100);
    }
    expect(booting).toBeGreaterThan(0);
  });
});
