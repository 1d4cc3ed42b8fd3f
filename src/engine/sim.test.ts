/**
 * createSim and step: a new world starts at tick 0 with its VMs booting; `step` is a
 * pure function (never touches its input, and stepping a+b ticks equals stepping a then
 * b); within the first ticks of `basic` vCPUs visibly run, wait and block; VMs finish
 * booting after exactly VM_BOOT_TICKS and say so in the bounded event list; per-entity
 * time accounting adds up. Invariants over long runs are in invariants.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CONTAINER_START_TICKS,
  createSim,
  ENT,
  parseScenario,
  POWER,
  presets,
  snapshotDigest,
  step,
  toSnapshot,
  VM_BOOT_TICKS,
  type SimState,
} from './index';
import { EVENT_CAP } from './kernel/events';
import { SNAPSHOT_EVENTS } from './kernel/snapshot';
import { phaseCode } from './kernel/workload';

const digest = (s: SimState): string => snapshotDigest(toSnapshot(s));
const basic = (): SimState => createSim(presets.basic);

describe('createSim', () => {
  it('starts at tick 0 with every autostart VM booting and nothing run yet', () => {
    const s = basic();
    const snap = toSnapshot(s);
    expect(snap.tick).toBe(0);
    expect([...snap.vms.power]).toEqual([POWER.booting, POWER.booting, POWER.booting]);
    expect([...snap.vms.bootLeft]).toEqual([VM_BOOT_TICKS, VM_BOOT_TICKS, VM_BOOT_TICKS]);
    expect([...snap.containers.power]).toEqual([POWER.booting, POWER.booting]);
    expect(snap.ent.run.every((x) => x === 0)).toBe(true);
    expect(snap.events.map((e) => [e.key, e.params?.['vm']])).toEqual([
      ['event.vmBooting', 'web-1'],
      ['event.vmBooting', 'db-1'],
      ['event.vmBooting', 'batch-1'],
    ]);
  });

  it('is deterministic and depends on the seed', () => {
    expect(digest(step(basic(), 500))).toBe(digest(step(basic(), 500)));
    const other = createSim({ ...presets.basic, seed: 43 });
    expect(digest(step(other, 500))).not.toBe(digest(step(basic(), 500)));
  });

  it('leaves autostart:false VMs and their containers off', () => {
    const input = JSON.parse(JSON.stringify(presets.basic)) as { vms: Record<string, unknown>[]; containers: Record<string, unknown>[] };
    input.vms[1]!['autostart'] = false;
    input.containers.push({ id: 'inner', name: 'inner', vm: 'db-1', image: 'busybox' });
    const parsed = parseScenario(input);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const scenario = parsed.scenario;
    const snap = toSnapshot(step(createSim(scenario), 10));
    expect(snap.vms.power[1]).toBe(POWER.off);
    expect([...snap.containers.power]).toEqual([POWER.booting, POWER.booting, POWER.off]);
    const db = snap.topology.vms[1]!;
    expect(Array.from(snap.ent.state.subarray(db.entOffset, db.entOffset + db.vcpus))).toEqual([ENT.off, ENT.off]);
  });
});

describe('step is pure', () => {
  it('does not modify the state it is given', () => {
    const s = step(basic(), 1234);
    const before = digest(s);
    const copy = structuredClone(s);
    const next = step(s, 777);
    expect(next).not.toBe(s);
    expect(next.tick).toBe(1234 + 777);
    expect(digest(s)).toBe(before);
    expect(s).toEqual(copy);
  });

  it('step(s, a + b) equals step(step(s, a), b)', () => {
    const s0 = basic();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 600 }), (a, b) => {
        expect(digest(step(step(s0, a), b))).toBe(digest(step(s0, a + b)));
      }),
      { numRuns: 25 },
    );
    // Across the end of boot, where phase kinds switch and vmStarted events appear.
    expect(digest(step(step(s0, 3990), 20))).toBe(digest(step(s0, 4010)));
  });

  it('step(s, 0) is a copy; negative and NaN counts do nothing; fractions round down', () => {
    const s = step(basic(), 50);
    for (const n of [0, -5, Number.NaN, 0.9]) {
      const r = step(s, n);
      expect(r).not.toBe(s);
      expect(r.tick).toBe(50);
      expect(digest(r)).toBe(digest(s));
    }
    expect(step(s, 2.7).tick).toBe(52);
  });
});

describe('vCPU states in the first ticks of basic', () => {
  it('sees running, ready and blocked vCPUs within 100 ticks, never more running than pCPUs', () => {
    const seen = new Set<number>();
    let s = basic();
    const pcpus = s.topology.pcpuCount;
    const vcpus = s.topology.vms.reduce((n, v) => n + v.vcpus, 0);
    for (let t = 0; t < 100; t++) {
      s = step(s, 1);
      const states = toSnapshot(s).ent.state.slice(0, vcpus);
      states.forEach((x) => seen.add(x));
      expect(toSnapshot(s).ent.state.filter((x) => x === ENT.running).length).toBeLessThanOrEqual(pcpus);
    }
    expect(seen).toEqual(new Set([ENT.running, ENT.ready, ENT.blocked]));
  });

  it('keeps all pCPUs busy early on (7 runnable things on 4 pCPUs)', () => {
    const snap = toSnapshot(step(basic(), 200));
    const busy = snap.pcpu.util.reduce((n, u) => n + u, 0) / snap.pcpu.util.length;
    expect(busy).toBeGreaterThan(0.5);
    expect(snap.counters.contextSwitches).toBeGreaterThan(0);
  });
});

describe('booting', () => {
  it('turns a VM on after exactly VM_BOOT_TICKS and logs event.vmStarted', () => {
    const almost = step(basic(), VM_BOOT_TICKS - 1);
    expect([...toSnapshot(almost).vms.power]).toEqual([POWER.booting, POWER.booting, POWER.booting]);
    expect(almost.events.list.some((e) => e.key === 'event.vmStarted')).toBe(false);
    const done = step(almost, 1);
    expect([...toSnapshot(done).vms.power]).toEqual([POWER.on, POWER.on, POWER.on]);
    const started = done.events.list.filter((e) => e.key === 'event.vmStarted');
    expect(started.map((e) => e.params?.['vm'])).toEqual(['web-1', 'db-1', 'batch-1']);
    expect(started.every((e) => e.level === 'info' && e.tick === VM_BOOT_TICKS - 1 && e.params?.['ms'] === VM_BOOT_TICKS)).toBe(true);
  });

  it('switches vCPUs from the boot workload to the VM workload', () => {
    const done = step(basic(), VM_BOOT_TICKS);
    for (const vm of done.topology.vms) {
      const kinds = Array.from(done.ent.phaseKind.subarray(vm.entOffset, vm.entOffset + vm.vcpus));
      expect(kinds).toEqual(Array.from({ length: vm.vcpus }, () => phaseCode(vm.workload)));
    }
  });

  it('starts containers after CONTAINER_START_TICKS, long before any VM', () => {
    const s = step(basic(), CONTAINER_START_TICKS);
    expect([...toSnapshot(s).containers.power]).toEqual([POWER.on, POWER.on]);
    expect([...toSnapshot(s).vms.power]).toEqual([POWER.booting, POWER.booting, POWER.booting]);
    expect(s.events.list.filter((e) => e.key === 'event.containerStarted').map((e) => e.params?.['container'])).toEqual(['api', 'cache']);
  });

  it('grows guest memory while booting and keeps it within the VM size', () => {
    const mid = toSnapshot(step(basic(), 2001)).vms.memUsedMiB;
    const later = toSnapshot(step(basic(), 6001));
    expect(mid.every((m) => m > 0)).toBe(true);
    later.topology.vms.forEach((vm, i) => {
      expect(later.vms.memUsedMiB[i]).toBeGreaterThan(mid[i] ?? 0);
      expect(later.vms.memUsedMiB[i]).toBeLessThanOrEqual(vm.memoryMiB);
    });
  });
});

describe('accounting and events', () => {
  it('run + ready + wait equals the ticks every always-on entity has lived', () => {
    const s = step(basic(), 5000);
    for (let e = 0; e < s.topology.entityCount; e++) {
      expect(s.ent.alive[e]).toBe(5000);
      expect((s.ent.run[e] ?? 0) + (s.ent.ready[e] ?? 0) + (s.ent.wait[e] ?? 0)).toBe(5000);
    }
    const totalRun = s.ent.run.reduce((n, x) => n + x, 0);
    expect(totalRun).toBeLessThanOrEqual(s.topology.pcpuCount * 5000);
  });

  it('gives the cpu-bound VM more run time per vCPU than the web VM after boot', () => {
    const s = step(basic(), 20_000);
    const perVcpu = (id: string): number => {
      const vm = s.topology.vms.find((v) => v.id === id)!;
      return s.ent.run.slice(vm.entOffset, vm.entOffset + vm.vcpus).reduce((n, x) => n + x, 0) / vm.vcpus;
    };
    expect(perVcpu('batch-1')).toBeGreaterThan(perVcpu('web-1'));
  });

  it('keeps the event list bounded, ordered, and the snapshot showing the newest', () => {
    const s = step(createSim(presets['datacenter-32']), 5000);
    expect(s.events.seq).toBeGreaterThan(EVENT_CAP * 2);
    expect(s.events.list.length).toBeLessThanOrEqual(EVENT_CAP * 2);
    const seqs = s.events.list.map((e) => e.seq);
    expect(seqs).toEqual(seqs.toSorted((a, b) => a - b));
    expect(seqs.at(-1)).toBe(s.events.seq);
    const snap = toSnapshot(s);
    expect(snap.events).toHaveLength(SNAPSHOT_EVENTS);
    expect(snap.events.at(-1)?.seq).toBe(s.events.seq);
  });

  it('snapshots are detached copies that survive structuredClone', () => {
    const s = step(basic(), 300);
    const snap = toSnapshot(s);
    const before = digest(s);
    snap.ent.run.fill(999);
    snap.pcpu.ent.fill(-7);
    snap.topology.vms.length = 0;
    expect(digest(s)).toBe(before);
    const fresh = toSnapshot(s);
    expect(snapshotDigest(structuredClone(fresh))).toBe(snapshotDigest(fresh));
  });
});
