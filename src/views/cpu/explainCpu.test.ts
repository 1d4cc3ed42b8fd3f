/**
 * The inspector's sentences come from the scheduler's recorded reasons: a Credit slice
 * that started on BOOST says so, a capped VM's vCPU says it waits for its cap, a
 * co-stopped vCPU names how far its sibling is behind, and a running vCPU on a shared
 * hyperthread says it is slowed down.
 */
import { describe, expect, it } from 'vitest';
import { applyCommand, createSim, END, ENT, presets, PROFILES, SPIN_SKEW, step, toSnapshot, WHY } from '../../engine';
import { explainSlice, explainVcpu } from './explainCpu';
import { limitOf, shortLabel, vmShares } from './layoutCpu';

describe('explainSlice', () => {
  it('names the start reason, the end reason and the hyperthread share', () => {
    const snap = toSnapshot(step(createSim(presets['cpu-overcommit']), 6000));
    const keys = explainSlice(snap, { pcpu: 0, ent: 0, start: 5000, end: 5030, why: WHY.boost, endWhy: END.slice, detail: 12, mig: 1 }).map((m) => m.key);
    expect(keys).toEqual(['cpu.why.slice', 'cpu.why.start.boost', 'cpu.why.migrated', 'cpu.why.end.2', 'cpu.why.ht']);
  });
});

describe('explainVcpu', () => {
  it('says a capped VM waits for its cap even beside idle pCPUs', () => {
    let st = step(createSim(presets['cpu-overcommit']), 5000);
    st = applyCommand(st, { type: 'setVmCpu', vm: 'batch-a', capPct: 10 }).state;
    for (let i = 0; i < 400; i++) {
      st = step(st, 1);
      const snap = toSnapshot(st);
      if (snap.ent.state[0] !== ENT.ready) continue;
      const keys = explainVcpu(snap, 0).map((m) => m.key);
      if (keys.includes('cpu.why.now.capped')) return;
    }
    throw new Error('batch-a vCPU0 never waited on its cap');
  });

  it('says a container whose quota is spent sits out its period, held back by its limit (%MLMTD), not waiting for I/O', () => {
    let st = step(createSim(presets['docker-layers']), 2000);
    const e = st.topology.containers.find((c) => c.id === 'batch-1')?.ent ?? -1;
    for (let i = 0; i < 400; i++) {
      st = step(st, 1);
      const snap = toSnapshot(st);
      if (snap.ent.state[e] !== ENT.blocked || snap.ent.limited[e] !== 1) continue;
      expect(limitOf(snap, e)).toBe('quota');
      expect(explainVcpu(snap, e)).toEqual([{ key: 'cpu.why.now.throttled', params: { who: 'batch-1', quota: 20, period: 100 } }]);
      return;
    }
    throw new Error('batch-1 was never held back by its quota');
  });

  it('explains a co-stopped vCPU with the laggard’s skew', () => {
    let st = step(createSim(presets['smp-costop']), 5000);
    for (let i = 0; i < 2000; i++) {
      st = step(st, 1);
      const snap = toSnapshot(st);
      const e = [0, 1, 2, 3].find((x) => snap.ent.state[x] === ENT.costop);
      if (e === undefined) continue;
      const m = explainVcpu(snap, e)[0];
      expect(m?.key).toBe('cpu.why.now.costop');
      expect(Number(m?.params?.['skew'])).toBeGreaterThan(0);
      return;
    }
    throw new Error('no co-stop seen');
  });

  it('on the small overcommitted host, a vCPU stalled on a swapped page says it waits on memory, and its VM\'s %MEM rises past the warning while the others\' stay under it', () => {
    // memory-overcommit: one 8 GiB host promised 12 GiB; from 26 s the hypervisor swaps.
    let st = step(createSim(presets['memory-overcommit']), 27_000);
    expect(st.topology.hosts[0]?.memoryMiB).toBe(8192);
    for (let i = 0; i < 2000; i++) {
      st = step(st, 1);
      const snap = toSnapshot(st);
      const e = [...snap.cpu.memBlocked].findIndex((b, k) => b === 1 && snap.ent.state[k] === ENT.blocked);
      if (e < 0) continue;
      expect(explainVcpu(snap, e)).toEqual([{ key: 'cpu.why.now.memWait', params: { who: shortLabel(snap, e) } }]);
      const v = snap.topology.vms.findIndex((vm) => e >= vm.entOffset && e < vm.entOffset + vm.vcpus);
      expect(snap.topology.vms[v]?.id).toBe('web');
      // The table's %MEM: above the 2 % the row warns at for web only (while the host holds low, the others' few
      // allocations wait too, far less).
      expect(vmShares(snap, v)?.mem ?? 0).toBeGreaterThan(2);
      for (let k = 0; k < snap.topology.vms.length; k++) if (k !== v) expect(vmShares(snap, k)?.mem ?? 0).toBeLessThanOrEqual(2);
      return;
    }
    throw new Error('no vCPU waited on memory');
  });

  it('a running vCPU whose sibling is descheduled explains that it spins on a lock the sibling may hold (lock-holder preemption)', () => {
    let st = step(createSim(presets['smp-costop']), 5000);
    for (let i = 0; i < 2000; i++) {
      st = step(st, 1);
      const snap = toSnapshot(st);
      const vm = snap.topology.vms[0]!; // wide: 4 vCPUs of a lock-taking cpu-bound workload
      const ids = Array.from({ length: vm.vcpus }, (_, k) => vm.entOffset + k);
      const behind = ids.find((k) => (snap.ent.state[k] === ENT.ready || snap.ent.state[k] === ENT.costop) && (snap.cpu.skew[k] ?? 0) > SPIN_SKEW);
      const e = ids.find((k) => snap.ent.state[k] === ENT.running);
      if (behind === undefined || e === undefined) continue;
      const m = explainVcpu(snap, e).find((x) => x.key === 'cpu.why.now.spinning');
      expect(m?.params).toEqual({ sibling: shortLabel(snap, behind), skew: (snap.cpu.skew[behind] ?? 0).toFixed(0), pct: Math.round(PROFILES[vm.workload].lockShare * 100) });
      // The time it spins shows in its VM's %RUN as spin.
      expect(vmShares(snap, 0)?.spin ?? 0).toBeGreaterThan(0);
      return;
    }
    throw new Error('no vCPU spun on a lock');
  });
});
