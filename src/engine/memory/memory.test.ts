/**
 * The memory subsystem against its promises: the full memory audit (one owner or a
 * consistent share count per frame, no page both resident and swapped, per-VM
 * accounting adding up to the host's used frames) after every memory period of every
 * memory preset and of random worlds with random memory commands; the reclaim ladder
 * engaging in the documented order; shadow vs nested costs; determinism; and the
 * Overview's memory-in-use meter (VM_MEM_USED) coming from the frames.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advanceTick, applyCommand, checkInvariants, cloneState, createSim, presets, snapshotDigest, step, toSnapshot, type SimState } from '../index';
import { accountVms } from './step';
import { checkMemory } from './invariants';
import { MEM_PERIOD } from './model';
import { nextHostState } from './hostState';
import { meter, VM_MEM_USED } from '../kernel/channel';

function audit(st: SimState): string[] {
  return [...checkMemory(st.memory, st.topology, st.tick, true), ...checkInvariants(st)];
}

/** Run in place, auditing after every memory period; record when each rung first worked and in which state. */
function runLadder(st: SimState, ticks: number): { first: Record<string, { tick: number; state: number }>; violations: string[] } {
  const first: Record<string, { tick: number; state: number }> = {};
  for (let i = 0; i < ticks; i++) {
    advanceTick(st);
    if (st.tick % MEM_PERIOD !== 1) continue;
    const v = audit(st);
    if (v.length > 0) return { first, violations: [`tick ${st.tick}: ${v.slice(0, 3).join('; ')}`] };
    const h = st.memory.hosts[0]!;
    const seen = { share: h.sharedTotal, balloon: h.ballooned, compress: h.compressedTotal, swap: h.swappedTotal };
    for (const [k, n] of Object.entries(seen)) if (n > 0 && first[k] === undefined) first[k] = { tick: st.tick, state: h.state };
  }
  return { first, violations: [] };
}

describe('the reclaim ladder', () => {
  it('engages in the documented order on memory-overcommit, with every audit passing', () => {
    const st = cloneState(createSim(presets['memory-overcommit']));
    const { first, violations } = runLadder(st, 30_000); // the preset reaches hard at about 26.5 s
    expect(violations).toEqual([]);
    expect(first['balloon']?.state).toBeGreaterThanOrEqual(2);
    expect(first['compress']?.state).toBeGreaterThanOrEqual(3);
    expect(first['swap']?.state).toBeGreaterThanOrEqual(3);
    expect(first['share']!.tick).toBeLessThanOrEqual(first['balloon']!.tick);
    expect(first['balloon']!.tick).toBeLessThanOrEqual(first['compress']!.tick);
  });

  it('maps free memory to the ESXi states with hysteresis back to high', () => {
    expect(nextHostState(500, 100, 0)).toBe(0);
    expect(nextHostState(99, 100, 0)).toBe(1);
    expect(nextHostState(63, 100, 1)).toBe(2);
    expect(nextHostState(31, 100, 2)).toBe(3);
    expect(nextHostState(15, 100, 3)).toBe(4);
    expect(nextHostState(300, 100, 1)).toBe(1);
    expect(nextHostState(400, 100, 1)).toBe(0);
  });

  it('leaves soft, hard and low one state at a time, each once free memory is above the line of the state before it', () => {
    expect(nextHostState(50, 100, 3)).toBe(3); // hard holds until 64 %
    expect(nextHostState(64, 100, 3)).toBe(2);
    expect(nextHostState(90, 100, 2)).toBe(2); // soft holds until minFree
    expect(nextHostState(100, 100, 2)).toBe(1);
    expect(nextHostState(20, 100, 4)).toBe(4); // low holds until 32 %
    // ...and in time: no step back before MIN_STATE_MS in the state (dwelt false), a step down at once.
    expect(nextHostState(64, 100, 3, false)).toBe(3);
    expect(nextHostState(400, 100, 1, false)).toBe(1);
    expect(nextHostState(15, 100, 3, false)).toBe(4);
    expect(nextHostState(32, 100, 4)).toBe(3);
    expect(nextHostState(5000, 100, 4)).toBe(3); // a sudden plenty still steps back one state per pass
    expect(nextHostState(10, 100, 2)).toBe(4); // worse is at once
  });

  it('a balloon driver moves once a second, by at most 64 MiB (vmw_balloon), inflating and deflating', () => {
    let st = createSim(presets.balloon);
    const pageMiB = st.memory.hosts[0]?.pageMiB ?? 1;
    let prev = st.memory.vms.map((v) => v.balloonPages);
    let up = 0;
    let down = 0;
    while (st.tick < 52_000) {
      st = step(st, 20);
      const now = st.memory.vms.map((v) => v.balloonPages);
      now.forEach((n, v) => {
        const d = n - (prev[v] ?? 0);
        if (d === 0 || st.memory.vms[v]?.growCursor === 0) return; // a powered-off VM releases its balloon at once
        // The 20 ticks just stepped hold one whole second (the poll) at their start.
        expect((st.tick - 20) % 1000, `VM ${v} at ${st.tick}`).toBe(0);
        expect(Math.abs(d) * pageMiB).toBeLessThanOrEqual(64);
        if (d > 0) up += 1;
        else down += 1;
      });
      prev = now;
    }
    expect(up).toBeGreaterThan(5);
    expect(down).toBeGreaterThan(5);
  });

  it('shares the identical guests’ OS pages between VMs only when allowed', () => {
    const on = step(createSim(presets['page-sharing']), 12_000);
    const many = toSnapshot(on).memory.hosts[0]!.owner.filter((o) => o === -2).length;
    expect(many).toBeGreaterThan(100);
    const off = applyCommand(createSim(presets['page-sharing']), { type: 'setMemoryFeature', host: 'host-1', feature: 'interVmSharing', on: false });
    expect(off.ok).toBe(true);
    expect(toSnapshot(step(off.state, 12_000)).memory.hosts[0]!.owner.filter((o) => o === -2).length).toBe(0);
  });
});

describe('translation costs', () => {
  it('shadow pays 4 references a miss and VM exits; nested 24 and no exits', () => {
    const s = toSnapshot(step(createSim(presets['shadow-vs-nested']), 8000));
    const [sh, ne] = [s.memory.vms[0]!.c, s.memory.vms[1]!.c];
    expect(sh.walkRefs).toBe(sh.tlbMisses * 4);
    expect(ne.walkRefs).toBe(ne.tlbMisses * 24);
    expect(sh.exits).toBeGreaterThan(0);
    expect(ne.exits).toBe(0);
  });

  it('an untagged TLB is flushed on every switch', () => {
    const r = applyCommand(createSim(presets['shadow-vs-nested']), { type: 'setMemoryFeature', host: 'host-nested', feature: 'taggedTlb', on: false });
    const s = toSnapshot(step(r.state, 8000));
    expect(s.memory.vms[1]!.c.tlbFlushes).toBeGreaterThan(0);
    expect(s.memory.vms[0]!.c.tlbFlushes).toBe(0);
  });
});

describe('commands and accounting', () => {
  it('refuses a setting that changes nothing, leaving the state untouched', () => {
    const s = createSim(presets['memory-overcommit']);
    const r = applyCommand(s, { type: 'setTranslation', host: 'host-1', mode: 'nested' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason.key).toBe('memory.reason.unchanged');
    expect(r.state).toBe(s);
  });

  it('drives memory-in-use meter (VM_MEM_USED) from the frames, adding up to the host’s used memory', () => {
    const st = step(createSim(presets['memory-overcommit']), 10_001); // accounting ran at tick 10000
    const acc = accountVms(st.memory, st.topology);
    expect(Array.from(meter(st, VM_MEM_USED))).toEqual(Array.from(acc));
    const h = st.memory.hosts[0]!;
    expect(acc.reduce((a, b) => a + b, 0)).toBeCloseTo((h.frames - h.freeTop) * h.pageMiB, 6);
  });

  it('is deterministic: same preset and seed, same digest', () => {
    const a = snapshotDigest(toSnapshot(step(createSim(presets.balloon), 9000)));
    const b = snapshotDigest(toSnapshot(step(createSim(presets.balloon), 9000)));
    expect(a).toBe(b);
  });

  it('keeps the audit through random memory commands on random overcommitted hosts (property)', () => {
    const cmd = fc.oneof(
      fc.record({ type: fc.constant('setTranslation' as const), host: fc.constant('h'), mode: fc.constantFrom('shadow' as const, 'nested' as const) }),
      fc.record({ type: fc.constant('setMemoryFeature' as const), host: fc.constant('h'), feature: fc.constantFrom('pageSharing' as const, 'interVmSharing' as const, 'ballooning' as const, 'compression' as const, 'largePages' as const, 'taggedTlb' as const, 'idleMemoryTax' as const), on: fc.boolean() }),
      fc.record({ type: fc.constant('setReclaimPolicy' as const), host: fc.constant('h'), policy: fc.constantFrom('fifo' as const, 'lru' as const, 'clock' as const, 'rand' as const) }),
      fc.record({ type: fc.constant('setGuestPolicy' as const), host: fc.constant('h'), policy: fc.constantFrom('fifo' as const, 'lru' as const, 'clock' as const, 'rand' as const) }),
      fc.record({ type: fc.constant('stopVm' as const), vm: fc.constantFrom('a', 'b', 'c') }),
      fc.record({ type: fc.constant('removeVm' as const), vm: fc.constantFrom('a', 'b', 'c') }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1024, max: 3072 }), fc.array(fc.tuple(fc.integer({ min: 1, max: 40 }), cmd), { maxLength: 5 }), (seed, hostMiB, plan) => {
        const vm = (id: string, workload: 'database' | 'web' | 'idle') => ({ id, name: id, host: 'h', vcpus: 1, memoryMiB: 1024, workload });
        const r = createSim({ ...presets.basic, seed, hosts: [{ ...presets.basic.hosts[0]!, id: 'h', name: 'h', memoryMiB: hostMiB, hypervisor: { ...presets.basic.hosts[0]!.hypervisor, memory: { ...presets.basic.hosts[0]!.hypervisor.memory, minFreeMiB: 128, pageMiB: 1 } } }], vms: [vm('a', 'database'), vm('b', 'web'), vm('c', 'idle')].map((v) => ({ ...v, weight: 256, capPct: 0, reservationMiB: 0, memLimitMiB: 0, memShares: 0, guestOs: 'linux' as const, disks: [], vnics: [], autostart: true })), containers: [], vswitches: [], events: [] });
        let st = step(r, 4000);
        for (const [at, c] of plan) {
          st = step(st, at * MEM_PERIOD);
          st = applyCommand(st, c).state;
          expect(audit(st)).toEqual([]);
        }
        st = step(st, 2000);
        expect(audit(st)).toEqual([]);
      }),
      { numRuns: 15 },
    );
  }, 120_000);
});
