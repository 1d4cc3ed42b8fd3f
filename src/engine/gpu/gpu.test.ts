/**
 * GPU sharing on the gpu-sharing preset and on random devices, with checkInvariants after
 * every step: passthrough gives one VM the whole GPU; time-slicing makes VMs wait for
 * their turn (longer beside a noisy neighbour) and pays for switches; MIG caps each VM at
 * its slices and nobody waits; a VM that needs more memory than its slice fails to
 * allocate; refused commands and bad scenarios change nothing.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { applyCommand, createSim, GPU_BACKLOG_MS, GPU_PERIOD_MS, parseScenario, presets, type SimState } from '../index';
import { runChecked, applyOk } from '../testing';

vi.setConfig({ testTimeout: 60_000 });

const run = (st: SimState, ticks: number, chunk = 250): SimState => runChecked(st, ticks, chunk);

const apply = applyOk;

const att = (st: SimState, vm: string) => {
  const a = st.gpu.atts.find((x) => x.vmId === vm);
  if (a === undefined) throw new Error(vm);
  return a;
};
const dev = (st: SimState, id: string) => st.gpu.devs.find((d) => d.id === id);

describe('gpu', () => {
  const at5 = run(createSim(presets['gpu-sharing']), 5000);

  it('passthrough: the one VM has the whole GPU', () => {
    expect(att(at5, 'train-p').share).toBeCloseTo(1, 5);
    expect(dev(at5, 'gpu-pass')?.util).toBeCloseTo(1, 5);
  });

  it('time-sliced: each inference VM gets its 30 %, but waits for its turn most of the time; switches cost GPU time', () => {
    for (const id of ['infer-s1', 'infer-s2']) {
      expect(att(at5, id).share).toBeCloseTo(0.3, 2);
      expect(att(at5, id).wait).toBeGreaterThan(0.5);
    }
    const g = dev(at5, 'gpu-slice');
    expect(g?.switches).toBeGreaterThan(100);
    expect(g?.switchShare).toBeGreaterThan(0.01);
    expect(att(at5, 'train-s').share).toBeLessThan(att(at5, 'train-m').share);
  });

  it('MIG: the training VM is held to its 3 of 7 slices, and nobody waits', () => {
    expect(att(at5, 'train-m').share).toBeCloseTo(3 / 7, 3);
    expect(att(at5, 'infer-m1').share).toBeCloseTo(2 / 7, 3); // 30 % asked, 2/7 = 28.6 % given
    for (const id of ['infer-m1', 'infer-m2', 'train-m']) expect(att(at5, id).wait).toBe(0);
  });

  it('a noisy neighbour: on the time-sliced GPU the others wait longer for each turn; on MIG nothing changes for them, and spare time is not given away', () => {
    const quiet = run(apply(at5, { type: 'setGpuLoad', vm: 'train-s', demandPct: 0 }), 1000);
    // Its turns come sooner: the wait before each turn more than halves.
    expect(att(quiet, 'infer-s1').turnWaitMs).toBeLessThan(att(at5, 'infer-s1').turnWaitMs / 2);
    const noisyMig = run(apply(at5, { type: 'setGpuLoad', vm: 'infer-m1', demandPct: 100 }), 1000);
    expect(att(noisyMig, 'infer-m2').share).toBeCloseTo(att(at5, 'infer-m2').share, 6);
    expect(att(noisyMig, 'infer-m1').share).toBeCloseTo(2 / 7, 3);
    // Time-slicing gives spare time away: with the trainer quiet, an inference VM turning noisy gets more than its 30 %
    // (on MIG it stayed at its 2/7 above), and the other still gets its 30 %.
    const noisySlice = run(apply(quiet, { type: 'setGpuLoad', vm: 'infer-s1', demandPct: 100 }), 1000);
    expect(att(noisySlice, 'infer-s1').share).toBeGreaterThan(0.4);
    expect(att(noisySlice, 'infer-s2').share).toBeCloseTo(0.3, 2);
  });

  it('more memory than its slice: the allocation fails at 20 s, said once; its slices stay idle', () => {
    const s = run(createSim(presets['gpu-sharing']), 21_000, 500);
    expect(att(s, 'infer-m2').oom).toBe(true);
    expect(att(s, 'infer-m2').share).toBe(0);
    expect(s.events.list.filter((e) => e.key === 'gpu.ev.oom').map((e) => e.params?.['vm'])).toEqual(['infer-m2']);
    expect(dev(s, 'gpu-mig')?.util).toBeCloseTo(2 / 7 + 3 / 7, 3);
  });

  it('refused: an unknown VM, a VM with no GPU, and a migration that would leave the GPU behind change nothing', () => {
    expect(applyCommand(at5, { type: 'setGpuLoad', vm: 'nope', demandPct: 5 })).toMatchObject({ ok: false, reason: { key: 'reason.noSuchVm' } });
    const basic = createSim(presets['basic']);
    const r = applyCommand(basic, { type: 'setGpuLoad', vm: basic.scenario.vms[0]?.id ?? '', demandPct: 5 });
    expect(r).toMatchObject({ ok: false, reason: { key: 'gpu.reason.noGpu' } });
    const m = applyCommand(at5, { type: 'migrateVm', vm: 'train-p', host: 'host-slice' });
    expect(m.ok).toBe(false);
  });

  it('bad scenarios are refused with the device rule they break', () => {
    const base = presets['gpu-sharing'];
    const keys = (vm: object, hostOf = 'host-pass'): string[] => {
      const p = parseScenario({ ...base, vms: [...base.vms, { id: 'extra', name: 'extra', host: hostOf, vcpus: 1, memoryMiB: 1024, gpu: vm }] });
      return p.ok ? [] : p.errors.map((e) => e.key ?? 'schema');
    };
    expect(keys({ device: 'gpu-pass' })).toContain('gpu.error.passthroughShared');
    expect(keys({ device: 'gpu-mig', slices: 3 }, 'host-mig')).toContain('gpu.error.migFull');
    expect(keys({ device: 'gpu-mig', slices: 5 }, 'host-mig')).toContain('gpu.error.slices');
    expect(keys({ device: 'gpu-slice', profileGiB: 1 }, 'host-slice')).toContain('gpu.error.framebufferFull');
    expect(keys({ device: 'gpu-slice' }, 'host-slice')).toContain('gpu.error.profile');
    expect(keys({ device: 'gpu-slice', profileGiB: 1 })).toContain('gpu.error.otherHost');
    expect(keys({ device: 'gpu-none' })).toContain('error.ref.unknown');
  });

  it('any device, any demands and needs: the invariants hold, and shares never exceed what the mode allows', () => {
    const cfg = fc.record({
      mode: fc.constantFrom('passthrough' as const, 'timeslice' as const, 'mig' as const),
      timesliceMs: fc.integer({ min: 1, max: 10 }),
      vms: fc.array(fc.record({ demandPct: fc.integer({ min: 0, max: 100 }), needGiB: fc.integer({ min: 0, max: 40 }), slices: fc.constantFrom(1, 2, 3) }), { minLength: 1, maxLength: 3 }),
    });
    fc.assert(
      fc.property(cfg, (c) => {
        const vms = (c.mode === 'passthrough' ? c.vms.slice(0, 1) : c.vms).map((v, i) => ({
          id: `g${i}`, name: `g${i}`, host: 'h', vcpus: 1, memoryMiB: 1024,
          gpu: { device: 'gpu', demandPct: v.demandPct, needGiB: v.needGiB, ...(c.mode === 'timeslice' && { profileGiB: 10 }), ...(c.mode === 'mig' && { slices: v.slices }) },
        }));
        const p = parseScenario({ schemaVersion: 1, name: 'g', hosts: [{ id: 'h', name: 'h', sockets: 1, coresPerSocket: 4, threadsPerCore: 1, memoryMiB: 16384 }], gpus: [{ id: 'gpu', host: 'h', mode: c.mode, timesliceMs: c.timesliceMs }], vms });
        if (!p.ok) throw new Error(JSON.stringify(p.errors));
        const s = run(createSim(p.scenario), 4750);
        const total = s.gpu.atts.reduce((n, a) => n + a.share, 0);
        expect(total).toBeLessThanOrEqual(1 + 1e-9);
        // Work queued in an earlier period may run in this one: at most the queue's length more than the demand.
        for (const a of s.gpu.atts) expect(a.share).toBeLessThanOrEqual(a.demand + GPU_BACKLOG_MS / GPU_PERIOD_MS + 1e-9);
      }),
      { numRuns: 25, seed: 42 },
    );
  });
});

describe('an edit that removes a VM from a busy GPU', () => {
  it("takes its part of the GPU's utilisation with it at once (the fuzzer found gpu-pass at 1 with no VM left)", () => {
    let st = runChecked(createSim(presets['gpu-sharing']), 4500);
    expect(st.gpu.devs.find((d) => d.id === 'gpu-pass')?.util).toBeGreaterThan(0);
    // applyOk checks every invariant on the edited state; then one tick and the rest of the period.
    st = applyOk(st, { type: 'removeVm', vm: 'train-p' });
    expect(st.gpu.devs.find((d) => d.id === 'gpu-pass')?.util).toBe(0);
    runChecked(st, 1000, 1);
  });
});
