/**
 * Checks on the hypervisor's types and techniques (the notes' 하이퍼바이저 Type 1/2 and
 * 전가상화/반가상화): what one I/O costs on a host of a given type and technique, and how
 * often a guest enters the hypervisor per millisecond. The numbers come from the
 * engine's cost model (costOf) applied to the host the running world has after the
 * check's changes, and the workload rates the engine charges.
 */
import { costOf, IO_PER_MS, SENSITIVE_PER_MS, techniques, type CommandInput, type TechniqueId } from '../../engine';
import { numberChoices } from '../choices';
import type { CheckDef, CheckInstance } from '../types';
import { opening, picker, seeded, snapshotAt } from '../world';

const ONE_IO = { runMs: 0, sensitive: 0, io: 1, sensitiveSinceFlush: 0 };

/** type1-vs-type2 with a seeded technique on both hosts: cycles of one I/O on the chosen host. */
export const ioCost: CheckDef = {
  id: 'hypervisor.ioCost',
  section: 'hypervisor',
  make(seed): CheckInstance {
    const r = picker(seed);
    const technique: TechniqueId = r.pick(['hardware-assisted', 'paravirtual', 'binary-translation'] as const);
    const scenario = seeded('type1-vs-type2', seed);
    const log = scenario.hosts.map((h) => ({ tick: 0, command: { type: 'setTechnique', host: h.id, technique } satisfies CommandInput }));
    const tick = 5000 + r.int(0, 20) * 100;
    const snap = snapshotAt(scenario, log, tick);
    const hostIndex = r.int(0, snap.topology.hosts.length - 1);
    const host = snap.topology.hosts[hostIndex];
    const vm = snap.topology.vms.find((v) => v.host === hostIndex);
    const type = host?.hypervisor.type ?? 'type1';
    const tech = host?.hypervisor.technique ?? technique;
    const answer = costOf(tech, type, ONE_IO).totalCycles;
    const all = techniques.flatMap((t) => (['type1', 'type2'] as const).map((ty) => costOf(t, ty, ONE_IO).totalCycles));
    return {
      ...opening(this, seed, { preset: 'type1-vs-type2', edited: false, scenario, log, tick, lens: 'techniques', select: { kind: 'hypervisor', index: hostIndex } }),
      question: { key: 'check.hypervisor.ioCost.q', params: { vm: vm?.name ?? '', host: host?.name ?? '', type: `hvType.${type}`, technique: `technique.${tech}` } },
      choices: numberChoices([...all, answer], 'check.cycles'),
      answer: String(Math.round(answer)),
      reveal: { tick: tick + 1000, log: [] },
      explain: { key: `check.hypervisor.ioCost.${type}.${tech === 'paravirtual' ? 'para' : 'emulated'}`, params: { n: Math.round(answer) } },
    };
  },
};

/** bt-vs-para-vs-hw: hypervisor entries per ms of running for a VM on the paravirtual or hardware-assisted host. */
export const entries: CheckDef = {
  id: 'fullPara.entries',
  section: 'fullPara',
  make(seed): CheckInstance {
    const r = picker(seed);
    const scenario = seeded('bt-vs-para-vs-hw', seed);
    const hostId = r.pick(['para', 'hw'] as const);
    const vm = r.pick(scenario.vms.filter((v) => v.host === hostId));
    const tick = 5000 + r.int(0, 20) * 100;
    const snap = snapshotAt(scenario, [], tick);
    const hostIndex = snap.topology.hosts.findIndex((h) => h.id === hostId);
    const host = snap.topology.hosts[hostIndex];
    const tech = host?.hypervisor.technique ?? 'paravirtual';
    const kind = vm?.workload ?? 'web';
    const w = { runMs: 1, sensitive: SENSITIVE_PER_MS[kind], io: IO_PER_MS[kind], sensitiveSinceFlush: 1_000_000 };
    const c = costOf(tech, host?.hypervisor.type ?? 'type1', w);
    const answer = Math.round(tech === 'paravirtual' ? c.hypercalls : c.traps);
    const para = costOf('paravirtual', 'type1', w).hypercalls;
    const hw = costOf('hardware-assisted', 'type1', w).traps;
    return {
      ...opening(this, seed, { preset: 'bt-vs-para-vs-hw', edited: false, scenario, log: [], tick, lens: 'techniques', select: { kind: 'vm', index: snap.topology.vms.findIndex((v) => v.id === vm?.id) } }),
      question: { key: `check.fullPara.entries.q.${tech === 'paravirtual' ? 'para' : 'hw'}`, params: { vm: vm?.name ?? '', sensitive: w.sensitive, io: w.io } },
      choices: numberChoices([para, hw, w.sensitive + w.io, w.sensitive / 4, w.io, answer]),
      answer: String(answer),
      reveal: { tick: tick + 1000, log: [] },
      explain: { key: `check.fullPara.entries.explain.${tech === 'paravirtual' ? 'para' : 'hw'}`, params: { sensitive: w.sensitive, io: w.io, n: answer } },
    };
  },
};
