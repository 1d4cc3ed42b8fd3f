/**
 * Links have capacity: one NIC direction's FIFO queue (shareLink), a property over random
 * demands, and the consequence in a running world: a live migration on a host's NIC takes
 * bandwidth from the VM traffic there (bursts dropped), and is itself slower than on an
 * idle link; on an uncongested link it copies at its full speed, as before.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkInvariants, createSim, step, type SimState } from '../index';
import { scenarioSchema, type ScenarioInput } from '../scenario/schema';
import { nicInvariants } from './invariants';
import { buildNics, NIC_QUEUE_MIB, queueDelayMs, shareLink } from './nic';
import { PKT } from './net';

describe('shareLink: a FIFO queue in front of a wire', () => {
  it('sends everything when the demand fits, and holds nothing back', () => {
    expect(shareLink(0, 5, 10, NIC_QUEUE_MIB)).toEqual({ deliveredMiB: 5, droppedMiB: 0, queueMiB: 0, held: 0 });
    expect(shareLink(0, 10, 10, NIC_QUEUE_MIB).held).toBe(0);
  });

  it('queues the excess up to its buffer, then drops; each sender gets capacity / demand of what it offered', () => {
    const filling = shareLink(0, 12, 10, 4);
    expect(filling).toEqual({ deliveredMiB: 10, droppedMiB: 0, queueMiB: 2, held: 1 - 10 / 12 });
    const full = shareLink(4, 15, 10, 4);
    expect(full.deliveredMiB).toBe(10);
    expect(full.droppedMiB).toBe(5);
    expect(full.queueMiB).toBe(4);
    expect(1 - full.held).toBeCloseTo(10 / 15);
  });

  it('holds for any demand: delivered <= capacity and <= what it had, drops >= 0, every MiB accounted for', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 8, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0.01, max: 50, noNaN: true }), (q, a, c) => {
        const queue = Math.min(q, NIC_QUEUE_MIB);
        const s = shareLink(queue, a, c, NIC_QUEUE_MIB);
        const tol = 1e-9 * (1 + queue + a);
        expect(s.deliveredMiB).toBeLessThanOrEqual(c + tol);
        expect(s.deliveredMiB).toBeLessThanOrEqual(queue + a + tol);
        expect(s.droppedMiB).toBeGreaterThanOrEqual(0);
        expect(s.queueMiB).toBeGreaterThanOrEqual(0);
        expect(s.queueMiB).toBeLessThanOrEqual(NIC_QUEUE_MIB + tol);
        expect(Math.abs(queue + a - s.deliveredMiB - s.droppedMiB - s.queueMiB)).toBeLessThanOrEqual(tol);
        expect(s.held).toBeGreaterThanOrEqual(0);
        expect(s.held).toBeLessThanOrEqual(1);
      }),
      { numRuns: 500 },
    );
  });
});

describe('a congested NIC queues before it drops', () => {
  it('bounds its queue at Linux\'s default transmit queue, 1000 packets of 1500 B', () => {
    expect(NIC_QUEUE_MIB).toBeCloseTo(1.43, 2);
    // 10 GbE sends 10 MiB in a period of 8 ms: 1.4 MiB more waits, 2 MiB more overflows by 0.57.
    expect(shareLink(0, 11.4, 10, NIC_QUEUE_MIB).droppedMiB).toBe(0);
    expect(shareLink(0, 12, 10, NIC_QUEUE_MIB).droppedMiB).toBeCloseTo(2 - NIC_QUEUE_MIB, 9);
  });

  it('makes what joins it wait backlog / capacity: longer the longer the backlog, 1.14 ms at most on 10 GbE', () => {
    expect(queueDelayMs(0, 1250)).toBe(0);
    expect(queueDelayMs(0.5, 1250)).toBeCloseTo(0.4, 9);
    expect(queueDelayMs(1, 1250)).toBeGreaterThan(queueDelayMs(0.5, 1250));
    expect(queueDelayMs(NIC_QUEUE_MIB, 1250)).toBeCloseTo(1.144, 3);
    expect(queueDelayMs(NIC_QUEUE_MIB, 125)).toBeCloseTo(11.44, 2);
  });

  it('for any run of loads: sends at most its capacity, queues at most its bound, drops only past it, delay = backlog / capacity', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 40, noNaN: true }), { minLength: 1, maxLength: 60 }), fc.integer({ min: 1, max: 100 }), (loads, gbps) => {
        const capMiBps = gbps * 125;
        const capMiB = (capMiBps * 8) / 1000;
        let q = 0;
        for (const a of loads) {
          const s = shareLink(q, a, capMiB, NIC_QUEUE_MIB);
          const tol = 1e-9 * (1 + q + a);
          expect(s.deliveredMiB).toBeLessThanOrEqual(capMiB + tol);
          expect(s.queueMiB).toBeLessThanOrEqual(NIC_QUEUE_MIB + tol);
          // Tail drop: nothing is lost while the backlog fits the bound, exactly the overflow past it.
          expect(s.droppedMiB).toBeCloseTo(Math.max(0, q + a - capMiB - NIC_QUEUE_MIB), 9);
          expect(queueDelayMs(s.queueMiB, capMiBps)).toBeCloseTo((1000 * s.queueMiB) / capMiBps, 12);
          expect(queueDelayMs(s.queueMiB, capMiBps)).toBeLessThanOrEqual(queueDelayMs(NIC_QUEUE_MIB, capMiBps) + tol);
          q = s.queueMiB;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('delays the bursts that cross it: a backup stream over a full 1 GbE queue arrives later than over an idle one', () => {
    // From its boot (about 4 s): 140 MiB/s offered to 125 MiB/s keeps the 1.43 MiB queue full (11 ms); 100 MiB/s leaves it empty.
    const full = runChecked(world({ migrate: false, backupMiBps: 140, nicGbps: 1 }), 7000);
    const calm = runChecked(world({ migrate: false, backupMiBps: 100, nicGbps: 1 }), 7000);
    expect(full.net.nics.queueMiB[0]).toBeCloseTo(NIC_QUEUE_MIB, 6);
    expect(calm.net.nics.queueMiB[0]).toBe(0);
    const transit = (st: SimState): number[] => {
      const f = st.net.graph.flows.findIndex((x) => x.id === 'offsite');
      const out: number[] = [];
      for (let k = 0; k < st.net.hi; k++) if (st.net.pkt.flow[k] === f && st.net.pkt.status[k] === PKT.delivered) out.push((st.net.pkt.end[k] ?? 0) - (st.net.pkt.born[k] ?? 0));
      return out;
    };
    const [slow, fast] = [transit(full), transit(calm)];
    expect(slow.length).toBeGreaterThan(0);
    expect(fast.length).toBeGreaterThan(0);
    expect(Math.min(...slow)).toBeGreaterThan(Math.max(...fast));
    // Only what overflows the queue is dropped: 15 of the 140 MiB/s offered.
    expect(offsite(full).dropped).toBeGreaterThan(0);
    expect(offsite(calm).dropped).toBe(0);
  });
});

describe('NIC invariants', () => {
  it('catch a NIC that sent more than its capacity, lost a MiB, or held back more than everything', () => {
    const n = buildNics(scenarioSchema.parse({ schemaVersion: 1, name: 'x', seed: 1, hosts: [host('h')], vms: [] }));
    expect(nicInvariants(n, new Float64Array(2))).toEqual([]);
    n.lastCap[0] = 10;
    n.arrived[0] = 20;
    n.delivered[0] = 12;
    n.dropped[0] = 8;
    const bad = nicInvariants(n, Float64Array.of(1.5, 0)).join('\n');
    expect(bad).toMatch(/delivered 12 MiB > capacity 10 MiB/);
    expect(bad).toMatch(/held share 1.5 outside 0-1/);
    n.delivered[0] = 10;
    expect(nicInvariants(n, new Float64Array(2)).join('\n')).toMatch(/queue 0 \+ arrived 20 != delivered 10 \+ dropped 8 \+ queue 0/);
  });
});

const host = (id: string) => ({ id, name: id, sockets: 1, coresPerSocket: 4, threadsPerCore: 1, memoryMiB: 32768 });

/** Two hosts; `mover` migrates to host-2 at 5 s (if asked); `backup` streams `backupMiBps` out of host-1's NIC. */
function world(opts: { migrate: boolean; backupMiBps: number; nicGbps?: number }): SimState {
  const input: ScenarioInput = {
    schemaVersion: 1,
    name: 'nic',
    seed: 3,
    hosts: [{ ...host('host-1'), nicGbps: opts.nicGbps ?? 10 }, host('host-2')],
    vms: [
      { id: 'mover', name: 'mover', host: 'host-1', vcpus: 1, memoryMiB: 4096, workload: 'web' },
      { id: 'backup', name: 'backup', host: 'host-1', vcpus: 1, memoryMiB: 1024, workload: 'io-bound', vnics: [{ id: 'backup-nic', vlan: 10 }] },
    ],
    vswitches: [
      { id: 'vs-1', name: 'vSwitch0', host: 'host-1', vlans: [10], uplinks: 1 },
      { id: 'vs-2', name: 'vSwitch1', host: 'host-2', vlans: [10], uplinks: 1 },
    ],
    // backupMiBps 0: the stream never starts, so the migration has the NIC to itself.
    flows: [{ id: 'offsite', from: 'backup-nic', to: 'external', protocol: 'replication', perSecond: 40, mibps: Math.max(0.01, opts.backupMiBps), ...(opts.backupMiBps > 0 ? {} : { startAt: 1_000_000 }) }],
    events: opts.migrate ? [{ at: 5000, command: { type: 'migrateVm', vm: 'mover', host: 'host-2' } }] : [],
  };
  return createSim(scenarioSchema.parse(input));
}

function runChecked(st: SimState, ticks: number): SimState {
  let s = st;
  for (let t = 0; t < ticks; t += 100) {
    s = step(s, 100);
    expect(checkInvariants(s)).toEqual([]);
  }
  return s;
}

const offsite = (st: SimState) => {
  const f = st.net.graph.flows.findIndex((x) => x.id === 'offsite');
  return { sent: st.net.flowStats[f * 3] ?? 0, delivered: st.net.flowStats[f * 3 + 1] ?? 0, dropped: st.net.flowStats[f * 3 + 2] ?? 0 };
};

describe('a live migration shares the NIC with the VMs', () => {
  it('takes bandwidth from the VM traffic on that NIC, and is itself slower than on an idle link', () => {
    const busy = runChecked(world({ migrate: true, backupMiBps: 600 }), 13_000);
    const alone = runChecked(world({ migrate: false, backupMiBps: 600 }), 13_000);
    const idleLink = runChecked(world({ migrate: true, backupMiBps: 0 }), 13_000);
    // The VMs' stream loses bursts to the full queue only while the migration copies.
    expect(offsite(alone).dropped).toBe(0);
    expect(offsite(busy).dropped).toBeGreaterThan(0);
    expect(offsite(busy).delivered).toBeLessThan(offsite(alone).delivered);
    expect(busy.net.nics.droppedMiB[0]).toBeGreaterThan(0);
    // The migration got only its share: its rounds took longer than over an idle link.
    const slow = busy.cluster.history[0];
    const fast = idleLink.cluster.history[0];
    expect(slow?.to).toBe('host-2');
    expect(fast?.to).toBe('host-2');
    expect(slow!.totalMs).toBeGreaterThan(fast!.totalMs * 1.3);
    expect(slow!.roundStats[0]!.ms).toBeGreaterThan(fast!.roundStats[0]!.ms * 1.3);
  });

  it('copies at its full link speed while the NIC is not congested', () => {
    let st = step(world({ migrate: true, backupMiBps: 0 }), 5500);
    expect(st.cluster.migration?.rateMiBps).toBe(1250);
    // A 1 GbE NIC gives the same migration a tenth of that.
    st = step(world({ migrate: true, backupMiBps: 0, nicGbps: 1 }), 5500);
    expect(st.cluster.migration?.rateMiBps).toBeGreaterThan(100);
    expect(st.cluster.migration?.rateMiBps).toBeLessThanOrEqual(126);
  });

  it('refuses a NIC speed out of range with a translatable error', () => {
    const bad = scenarioSchema.safeParse({ schemaVersion: 1, name: 'x', seed: 1, hosts: [{ ...host('h'), nicGbps: 0 }], vms: [] });
    expect(bad.success).toBe(false);
  });
});
