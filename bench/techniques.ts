/**
 * Virtualization overhead by technique and hypervisor type: runs the comparison presets
 * (bt-vs-para-vs-hw, type1-vs-type2) for 20 simulated seconds and prints, per host, the
 * overhead its guests paid (share of their pCPU time spent in the hypervisor and host
 * OS, as charged by the engine), and the same workload costed under all six
 * combinations. Deterministic (no timing): the figures the Techniques lens shows.
 * Prints JSON; run with `npx tsx bench/techniques.ts`.
 */
import { costOf, createSim, hypervisorTypes, presets, step, techniques, VF, type SimState } from '../src/engine/index';

const TICKS = 20_000;

function hostFigures(st: SimState) {
  return st.topology.hosts.map((h, hi) => {
    let run = 0;
    let overhead = 0;
    const work = { runMs: 0, sensitive: 0, io: 0, sensitiveSinceFlush: 0 };
    st.topology.vms.forEach((vm, i) => {
      if (vm.host !== hi) return;
      const f = (k: number): number => st.virt.vm[i * VF.count + k] ?? 0;
      run += f(VF.runMs);
      overhead += f(VF.cpuCycles) + f(VF.ioCycles) + f(VF.hostOsCycles);
      work.runMs += f(VF.runMs);
      work.sensitive += f(VF.sensitive);
      work.io += f(VF.io);
      work.sensitiveSinceFlush += f(VF.sensitive);
    });
    const sameWorkload = Object.fromEntries(
      techniques.flatMap((t) => hypervisorTypes.map((ty) => [`${t}/${ty}`, Number((costOf(t, ty, work).overhead * 100).toFixed(2))])),
    );
    return {
      host: h.id,
      type: h.hypervisor.type,
      technique: h.hypervisor.technique,
      overheadPct: run > 0 ? Number(((overhead / (run * 2_000_000)) * 100).toFixed(2)) : 0,
      sameWorkloadOverheadPct: sameWorkload,
    };
  });
}

const out = (['bt-vs-para-vs-hw', 'type1-vs-type2'] as const).map((id) => ({ preset: id, ticks: TICKS, hosts: hostFigures(step(createSim(presets[id]), TICKS)) }));
process.stdout.write(`${JSON.stringify(out)}\n`);
