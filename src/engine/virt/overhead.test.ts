/**
 * Technique overhead is CPU time (issue 13), over random worlds: every cycle the cost
 * model charges a VM reaches its vCPUs as pCPU time (paid, owed or still in the
 * overhead.ms flow: nothing lost, nothing invented); the time paid is part of running
 * with no guest progress (guest.ms + overhead = run); and a vCPU that pays overhead
 * does less work than it ran.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSim, CYCLES_PER_TICK, parseScenario, step, techniques, VF, workloadKinds, type SimState } from '../index';

function world(technique: (typeof techniques)[number], hvType: 'type1' | 'type2', vms: { vcpus: number; workload: (typeof workloadKinds)[number] }[], seed: number): SimState {
  const r = parseScenario({
    schemaVersion: 1,
    name: 'overhead',
    seed,
    hosts: [{ id: 'h', name: 'h', sockets: 1, coresPerSocket: 2, threadsPerCore: 1, memoryMiB: 65536, hypervisor: { type: hvType, technique, cpu: { policy: 'credit' } } }],
    vms: vms.map((v, i) => ({ id: `v${i}`, name: `v${i}`, host: 'h', memoryMiB: 512, ...v })),
  });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return createSim(r.scenario);
}

describe('technique overhead is CPU time', () => {
  it('every charged cycle is pCPU time of the VM that caused it, paid as running without guest progress', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...techniques),
        fc.constantFrom('type1' as const, 'type2' as const),
        fc.array(fc.record({ vcpus: fc.integer({ min: 1, max: 3 }), workload: fc.constantFrom(...workloadKinds) }), { minLength: 1, maxLength: 4 }),
        fc.nat(1000),
        (technique, hvType, vms, seed) => {
          const st = step(world(technique, hvType, vms, seed), 6000);
          const flow = st.meters['overhead.ms']!;
          const guest = st.meters['guest.ms']!;
          st.topology.vms.forEach((vm, i) => {
            const f = (k: number) => st.virt.vm[i * VF.count + k] ?? 0;
            const chargedMs = (f(VF.cpuCycles) + f(VF.ioCycles) + f(VF.hostOsCycles)) / CYCLES_PER_TICK;
            let reached = 0;
            let guestMs = 0;
            for (let e = vm.entOffset; e < vm.entOffset + vm.vcpus; e++) {
              reached += (st.cpu.ovh[e] ?? 0) + (st.cpu.owed[e] ?? 0) + (flow[e] ?? 0);
              guestMs += guest[e] ?? 0;
              expect((guest[e] ?? 0) + (st.cpu.ovh[e] ?? 0)).toBeCloseTo(st.ent.run[e] ?? 0, 6);
              expect(st.cpu.done[e] ?? 0).toBeLessThanOrEqual((guest[e] ?? 0) + 1e-6);
            }
            expect(reached).toBeCloseTo(chargedMs, 6);
            // Guest time since the last sample is not costed yet: at most one period of it.
            expect(f(VF.runMs)).toBeLessThanOrEqual(guestMs + 1e-6);
            if (chargedMs > 1) expect(st.cpu.ovh.subarray(vm.entOffset, vm.entOffset + vm.vcpus).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
          });
        },
      ),
      { numRuns: 20 },
    );
  });
});
