/**
 * Placement policies against the textbook's worked example (Silberschatz, Operating
 * System Concepts, "Dynamic storage allocation": holes of 100, 500, 200, 300 and 600
 * KB, requests of 212, 417, 112 and 426 KB in order). Hosts stand for holes and free
 * memory for hole size; each placement shrinks the chosen host's free memory.
 */
import { describe, expect, it } from 'vitest';
import { choosePlacement, type HostLoad, type VmPlacementPolicy } from './placement';

function run(policy: VmPlacementPolicy): (string | null)[] {
  const hosts: HostLoad[] = [100, 500, 200, 300, 600].map((freeMiB, i) => ({ host: `h${i}`, freeMiB, vms: 0, failed: false }));
  return [212, 417, 112, 426].map((need) => {
    const { chosen } = choosePlacement(policy, hosts, need);
    const h = hosts[chosen];
    if (h === undefined) return null;
    h.freeMiB -= need;
    h.vms += 1;
    return `${h.host}:${h.freeMiB}`;
  });
}

describe('placement policies (textbook example)', () => {
  it('first fit: 212 -> 500, 417 -> 600, 112 -> the 288 left of 500, 426 must wait', () => {
    expect(run('first-fit')).toEqual(['h1:288', 'h4:183', 'h1:176', null]);
  });
  it('best fit: every request fits, in the tightest hole', () => {
    expect(run('best-fit')).toEqual(['h3:88', 'h1:83', 'h2:88', 'h4:174']);
  });
  it('worst fit: 212 -> 600, 417 -> 500, 112 -> 388, 426 must wait', () => {
    expect(run('worst-fit')).toEqual(['h4:388', 'h1:83', 'h4:276', null]);
  });
  it('spread picks the host with the fewest VMs, then the most free', () => {
    const hosts: HostLoad[] = [
      { host: 'a', freeMiB: 9000, vms: 3, failed: false },
      { host: 'b', freeMiB: 2000, vms: 1, failed: false },
      { host: 'c', freeMiB: 4000, vms: 1, failed: false },
    ];
    expect(choosePlacement('spread', hosts, 1000).chosen).toBe(2);
  });
  it('never chooses a failed host, and reports every candidate with its numbers', () => {
    const hosts: HostLoad[] = [
      { host: 'a', freeMiB: 9000, vms: 0, failed: true },
      { host: 'b', freeMiB: 500, vms: 0, failed: false },
    ];
    const r = choosePlacement('worst-fit', hosts, 1000);
    expect(r.chosen).toBe(-1);
    expect(r.candidates.map((c) => [c.host, c.fits, c.failed])).toEqual([['a', false, true], ['b', false, false]]);
  });
});
