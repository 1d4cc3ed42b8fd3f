/**
 * The DRS recommendation: nothing while the hosts are within the threshold, else the
 * one move from the busiest to the idlest host that narrows the gap most and fits.
 */
import { describe, expect, it } from 'vitest';
import { drsRecommend, type DrsHost, type DrsVm } from './drs';

const host = (reservedMiB = 512): DrsHost => ({ pcpus: 8, memoryMiB: 32768, reservedMiB, failed: false });

describe('drsRecommend', () => {
  it('leaves balanced hosts alone', () => {
    const vms: DrsVm[] = [
      { host: 0, demand: 2, memoryMiB: 2048, movable: true },
      { host: 1, demand: 2, memoryMiB: 2048, movable: true },
    ];
    const r = drsRecommend([host(2560), host(2560)], vms, 25);
    expect(r.move).toBeNull();
    expect(r.cpuImbalancePct).toBe(0);
  });

  it('moves the VM that narrows the CPU gap most, from the busiest to the idlest host', () => {
    const vms: DrsVm[] = [
      { host: 0, demand: 6, memoryMiB: 2048, movable: true },
      { host: 0, demand: 3, memoryMiB: 2048, movable: true },
      { host: 0, demand: 3, memoryMiB: 2048, movable: true },
    ];
    const r = drsRecommend([host(6656), host(), host()], vms, 25);
    // 12 busy vCPUs on 8 pCPUs = 150 %; moving the 6-vCPU VM leaves 75 % vs 75 %: gap 75.
    expect(r.cpuImbalancePct).toBe(150);
    expect(r.move).toMatchObject({ vm: 0, from: 0, to: 1, resource: 'cpu', afterPct: 75 });
  });

  it('does not move a VM that would not fit, nor one that is not movable', () => {
    const vms: DrsVm[] = [
      { host: 0, demand: 8, memoryMiB: 40000, movable: true },
      { host: 0, demand: 8, memoryMiB: 1024, movable: false },
    ];
    expect(drsRecommend([host(), host()], vms, 25).move).toBeNull();
  });

  it('ignores failed hosts', () => {
    const vms: DrsVm[] = [{ host: 0, demand: 8, memoryMiB: 1024, movable: true }];
    const r = drsRecommend([host(), { ...host(), failed: true }], vms, 25);
    expect(r.move).toBeNull();
    expect(r.cpuImbalancePct).toBe(0);
  });
});
