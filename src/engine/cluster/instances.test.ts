/**
 * Instances on request, on instances-on-demand and on random request lists, with
 * checkInvariants after every step: requests wait in a FIFO queue, two clones at a time;
 * a linked clone is ready in half a second plus the boot, a full clone after copying the
 * template's data; each instance lands by the placement policy with its reason logged,
 * never beyond a host's memory; one that fits nowhere fails with the numbers; a linked
 * clone takes a small, growing delta where a full clone takes the template's data.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { applyCommand, createSim, presets, type SimState } from '../index';
import { runChecked } from '../testing';
import { CLONES_AT_ONCE, cloneMs, INSTANCE_TYPES, LINKED_CLONE_MS, TEMPLATES } from '../scenario/instances';
import { VM_BOOT_TICKS } from '../index';

vi.setConfig({ testTimeout: 60_000 });

const run = (st: SimState, ticks: number, chunk = 250, each?: (s: SimState) => void): SimState => runChecked(st, ticks, chunk, each);
const rec = (s: SimState, name: string) => s.cluster.instances.find((r) => r.name === name);

describe('instances on request', () => {
  const end = run(createSim(presets['instances-on-demand']), 50_000, 250, (s) => {
    expect(s.cluster.instances.filter((r) => r.state === 'cloning').length).toBeLessThanOrEqual(CLONES_AT_ONCE);
  });

  it('a linked clone is ready after half a second of cloning and the boot; a full clone copies first', () => {
    const web2 = rec(end, 'web-2');
    expect(web2?.state).toBe('ready');
    expect((web2?.addedAt ?? 0) - (web2?.startedAt ?? 0)).toBe(LINKED_CLONE_MS);
    expect((web2?.readyAt ?? 0) - (web2?.addedAt ?? 0)).toBe(VM_BOOT_TICKS);
    const web1 = rec(end, 'web-1');
    expect((web1?.addedAt ?? 0) - (web1?.startedAt ?? 0)).toBe(cloneMs('ubuntu-22.04', 'full'));
    expect(web1?.diskGiB).toBe(TEMPLATES['ubuntu-22.04'].usedGiB);
    expect(web2?.diskGiB).toBeGreaterThan(0);
    expect(web2?.diskGiB).toBeLessThan(1);
  });

  it('the queue: web-3 waits for a free clone slot until web-1’s full clone ends', () => {
    expect(rec(end, 'web-3')?.startedAt).toBe(rec(end, 'web-1')?.addedAt);
  });

  it('each lands on the host with most free memory (worst-fit), with its reason; big-1 fits nowhere', () => {
    expect(end.cluster.instances.map((r) => [r.name, r.state, r.host])).toEqual([
      ['web-1', 'ready', 'host-3'],
      ['web-2', 'ready', 'host-3'],
      ['build-1', 'ready', 'host-2'],
      ['win-1', 'ready', 'host-3'],
      ['web-3', 'ready', 'host-3'],
      ['big-1', 'failed', ''],
    ]);
    expect(rec(end, 'build-1')?.reason?.key).toBe('cluster.why.worst-fit');
    expect(rec(end, 'big-1')?.reason?.key).toBe('cluster.why.instanceNoRoom');
    // The VMs exist with the type's size and the template's OS.
    const v = end.scenario.vms.find((x) => x.id === 'win-1');
    expect([v?.vcpus, v?.memoryMiB, v?.guestOs]).toEqual([INSTANCE_TYPES.medium.vcpus, INSTANCE_TYPES.medium.memoryMiB, 'windows']);
  });

  it('refused: a name already taken; a refusal changes nothing', () => {
    const st = createSim(presets['instances-on-demand']);
    const r = applyCommand(st, { type: 'requestInstance', name: 'db', instanceType: 'small', template: 'ubuntu-22.04', clone: 'linked' });
    expect(r).toMatchObject({ ok: false, reason: { key: 'cluster.reason.instanceName' } });
  });

  it('any requests: never two clones beyond the slots, never a host beyond its memory, every request ends ready or failed', () => {
    const req = fc.record({ instanceType: fc.constantFrom('small' as const, 'medium' as const, 'large' as const), template: fc.constantFrom('ubuntu-22.04' as const, 'windows-2022' as const), clone: fc.constantFrom('full' as const, 'linked' as const) });
    fc.assert(
      fc.property(fc.array(req, { minLength: 1, maxLength: 4 }), fc.constantFrom('first-fit' as const, 'best-fit' as const, 'worst-fit' as const, 'spread' as const), (reqs, placement) => {
        let s = createSim({ ...presets['instances-on-demand'], events: [], cluster: { ...presets['instances-on-demand'].cluster, placement } });
        reqs.forEach((q, i) => {
          const r = applyCommand(s, { type: 'requestInstance', name: `i-${i}`, ...q });
          if (!r.ok) throw new Error(r.reason.key);
          s = r.state;
        });
        s = run(s, 90_000, 2000, (x) => {
          x.topology.hosts.forEach((h, hi) => {
            const reserved = x.topology.vms.filter((v) => v.host === hi).reduce((n, v) => n + v.reservationMiB, 0);
            expect(reserved).toBeLessThanOrEqual(h.memoryMiB);
          });
        });
        for (const r of s.cluster.instances) expect(['ready', 'failed']).toContain(r.state);
      }),
      { numRuns: 12, seed: 7 },
    );
  });
});
