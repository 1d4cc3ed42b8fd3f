/**
 * Memory entitlement per VM (issue 13): a reservation reclaim never takes, a limit the
 * VM never holds more than (even with memory free), and shares that weigh whom reclaim
 * takes from. Set with setVmMemory; refusals change nothing. The reservation floor holds
 * as a property over random hosts, VMs, reservations and reclaim settings.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCommand, checkInvariants, createSim, parseScenario, presets, step, type CommandInput, type ScenarioInput, type SimState } from '../index';
import { POWER } from '../kernel/codes';
import { MEM_PERIOD } from './model';
import { heldPages } from './targets';

function run(st: SimState, cmd: CommandInput): SimState {
  const r = applyCommand(st, cmd);
  if (!r.ok) throw new Error(r.reason.key);
  return r.state;
}

function overcommit(memoryMiB = 8192): SimState {
  const sc = structuredClone(presets['memory-overcommit']);
  const host = sc.hosts[0];
  if (host !== undefined) host.memoryMiB = memoryMiB;
  return createSim(sc);
}

const vmOf = (st: SimState, id: string) => st.memory.vms[st.topology.vms.findIndex((v) => v.id === id)];
function reclaimed(st: SimState, id: string): number {
  const vm = vmOf(st, id);
  if (vm === undefined) return 0;
  let n = 0;
  for (let p = 0; p < vm.pages; p++) if ((vm.state[p] ?? 0) >= 2) n += 1;
  return n;
}

describe('memory entitlement', () => {
  it('a full reservation keeps a VM out of reclaim while the others pay', () => {
    let st = run(overcommit(), { type: 'setVmMemory', vm: 'db', reservationMiB: 4096 });
    st = step(st, 40_000);
    expect(checkInvariants(st)).toEqual([]);
    expect(reclaimed(st, 'db')).toBe(0);
    expect(reclaimed(st, 'web') + reclaimed(st, 'batch')).toBeGreaterThan(0);
  });

  it('a limit holds a VM below it even on a roomy host, through its balloon first (no compression or swap while the balloon can take it), and costs it time waiting on memory', () => {
    let st = run(overcommit(65536), { type: 'setVmMemory', vm: 'db', limitMiB: 2048 });
    st = step(st, 40_000);
    expect(checkInvariants(st)).toEqual([]);
    const db = vmOf(st, 'db');
    if (db === undefined) throw new Error('db');
    const pageMiB = st.memory.hosts[0]?.pageMiB ?? 1;
    expect(heldPages(db).held * pageMiB).toBeLessThanOrEqual(2048 + 64 * pageMiB);
    expect(st.memory.hosts[0]?.state).toBe(0);
    // 4 GiB down to 2 GiB is half of it: within the balloon's 65 %, so the balloon takes it all.
    expect(db.balloonPages * pageMiB).toBeGreaterThanOrEqual(2048 - 64 * pageMiB);
    expect(reclaimed(st, 'db') - db.balloonPages).toBe(0);
    expect(db.c.stallMs).toBeGreaterThan(0);
    expect(vmOf(st, 'web')?.c.stallMs).toBe(0);
    expect(vmOf(st, 'web')?.balloonPages).toBe(0);
    expect(st.events.list.some((e) => e.key === 'memory.event.limitBalloon')).toBe(true);
    expect(st.events.list.some((e) => e.key === 'memory.event.limit')).toBe(false);
    // The host never left high: the feed must not blame the host state for this balloon.
    expect(st.events.list.some((e) => e.key === 'memory.event.balloon')).toBe(false);
  });

  it('a limit beyond the balloon\'s 65 %: the balloon takes its most, and only the rest is compressed or swapped', () => {
    let st = run(overcommit(65536), { type: 'setVmMemory', vm: 'db', limitMiB: 1024 });
    // 65 % of 4 GiB at the driver's 64 MiB/s takes about 42 s.
    st = step(st, 60_000);
    const db = vmOf(st, 'db');
    if (db === undefined) throw new Error('db');
    const pageMiB = st.memory.hosts[0]?.pageMiB ?? 1;
    expect(heldPages(db).held * pageMiB).toBeLessThanOrEqual(1024 + 64 * pageMiB);
    expect(db.balloonPages).toBe(Math.floor(0.65 * db.pages));
    const rest = reclaimed(st, 'db') - db.balloonPages;
    expect(rest).toBeGreaterThan(0);
    expect(rest).toBeLessThan(0.35 * db.pages);
    expect(st.events.list.some((e) => e.key === 'memory.event.limit')).toBe(true);
  });

  it('with ballooning off, a limit is enforced by compression and swap alone', () => {
    const sc = structuredClone(presets['memory-overcommit']);
    const host = sc.hosts[0];
    if (host === undefined) throw new Error('host');
    host.memoryMiB = 65536;
    host.hypervisor = { ...host.hypervisor, memory: { ...host.hypervisor?.memory, ballooning: false } };
    let st = run(createSim(sc), { type: 'setVmMemory', vm: 'db', limitMiB: 2048 });
    st = step(st, 30_000);
    const db = vmOf(st, 'db');
    if (db === undefined) throw new Error('db');
    expect(db.balloonPages).toBe(0);
    expect(reclaimed(st, 'db')).toBeGreaterThan(0);
    expect(st.events.list.some((e) => e.key === 'memory.event.limit')).toBe(true);
  });

  it('more shares: of two equal VMs the one with more shares gives less', () => {
    const sc = structuredClone(presets['memory-overcommit']);
    sc.vms = sc.vms.map((v) => ({ ...v, workload: 'web' as const, vcpus: 1 }));
    let st = createSim(sc);
    st = run(st, { type: 'setVmMemory', vm: 'db', shares: 4096 * 40 });
    st = step(st, 40_000);
    expect(reclaimed(st, 'db')).toBeLessThan(reclaimed(st, 'web'));
  });

  it('refuses a reservation above the VM\'s memory, a limit below the reservation, and no change, leaving the state as it was', () => {
    const st = overcommit();
    for (const cmd of [
      { type: 'setVmMemory', vm: 'db', reservationMiB: 8192 },
      { type: 'setVmMemory', vm: 'db', reservationMiB: 2048, limitMiB: 1024 },
      { type: 'setVmMemory', vm: 'web', shares: 0 },
      { type: 'setVmMemory', vm: 'nope', shares: 5 },
    ] as const) {
      const r = applyCommand(st, cmd);
      expect(r.ok).toBe(false);
      expect(r.state).toBe(st);
    }
  });

  it('reclaim never takes a VM below its reservation, whatever the pressure (property over random hosts, VMs, reservations and reclaim settings, checked after every memory pass)', () => {
    const vmSpec = fc.record({
      workload: fc.constantFrom('database' as const, 'web' as const, 'idle' as const, 'cpu-bound' as const),
      memoryMiB: fc.constantFrom(512, 1024, 1536),
      reservePct: fc.constantFrom(0, 25, 50, 75, 100),
    });
    const features = fc.record({ ballooning: fc.boolean(), compression: fc.boolean(), idleMemoryTax: fc.boolean(), pageSharing: fc.boolean(), policy: fc.constantFrom('fifo' as const, 'lru' as const, 'clock' as const, 'rand' as const) });
    let squeezed = 0;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1024, max: 2048 }), fc.array(vmSpec, { minLength: 2, maxLength: 4 }), features, (seed, hostMiB, specs, feat) => {
        const base = presets.basic.hosts[0]!;
        const sc: ScenarioInput = {
          ...presets.basic, seed, containers: [], vswitches: [], events: [],
          hosts: [{ ...base, id: 'h', name: 'h', memoryMiB: hostMiB, hypervisor: { ...base.hypervisor, memory: { minFreeMiB: 128, pageMiB: 1, ...feat } } }],
          vms: specs.map((v, i) => ({ id: `v${i}`, name: `v${i}`, host: 'h', vcpus: 1, memoryMiB: v.memoryMiB, workload: v.workload, reservationMiB: (v.memoryMiB * v.reservePct) / 100 })),
        };
        const parsed = parseScenario(sc);
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
        let st = createSim(parsed.scenario);
        const pageMiB = st.memory.hosts[0]?.pageMiB ?? 1;
        const reserved = st.topology.vms.map((t) => Math.ceil(t.reservationMiB / pageMiB));
        const held = (s: SimState) => s.memory.vms.map((m) => heldPages(m).held);
        let before = held(st);
        let pressed = false;
        for (let t = 0; t < 15_000; t += MEM_PERIOD) {
          const prev = st;
          st = step(st, MEM_PERIOD);
          const after = held(st);
          pressed ||= (st.memory.hosts[0]?.state ?? 0) >= 2;
          st.topology.vms.forEach((vm, v) => {
            if (prev.vmPower[v] !== POWER.on || st.vmPower[v] !== POWER.on) return;
            const b = before[v] ?? 0;
            const a = after[v] ?? 0;
            // Held pages may fall (reclaim), but never below the reservation (or below where they were, if still under it).
            if (a < b) expect(a, `${vm.id} at ${st.tick} ms: ${b} -> ${a} pages held, reservation ${reserved[v]}`).toBeGreaterThanOrEqual(Math.min(reserved[v] ?? 0, b));
          });
          before = after;
        }
        expect(checkInvariants(st)).toEqual([]);
        if (pressed) squeezed += 1;
      }),
      { numRuns: 12, seed: 13 },
    );
    // The scenarios must really press: most runs reach soft or worse.
    expect(squeezed).toBeGreaterThanOrEqual(6);
  }, 180_000);
});
