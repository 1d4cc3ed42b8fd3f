/**
 * Memory virtualization (the notes' 메모리 가상화): how many memory references one TLB
 * miss costs on a host, given its paging (shadow page tables or nested paging, as the
 * engine's pagingOfHost has it from the host's technique and setting) and whether it uses
 * large pages. The answer is the engine's walkRefs for the host as the running world has
 * it after the check's changes.
 */
import { pagingOfHost, walkRefs, type CommandInput } from '../../engine';
import { numberChoices } from '../choices';
import type { CheckDef, CheckInstance } from '../types';
import { opening, picker, seeded, snapshotAt } from '../world';

export const walk: CheckDef = {
  id: 'memory.walk',
  section: 'memory',
  make(seed): CheckInstance {
    const r = picker(seed);
    const scenario = seeded('shadow-vs-nested', seed);
    const hostIndex = r.int(0, scenario.hosts.length - 1);
    const hostId = scenario.hosts[hostIndex]?.id ?? '';
    const large = r.int(0, 1) === 1;
    const log = large ? [{ tick: 0, command: { type: 'setMemoryFeature', host: hostId, feature: 'largePages', on: true } satisfies CommandInput }] : [];
    const tick = 3000 + r.int(0, 30) * 100;
    const snap = snapshotAt(scenario, log, tick);
    const hv = snap.topology.hosts[hostIndex]?.hypervisor;
    const mode = hv === undefined ? 'nested' : pagingOfHost(hv);
    const answer = walkRefs(mode, hv?.memory.largePages ?? false);
    const vm = snap.topology.vms.findIndex((v) => v.host === hostIndex);
    return {
      ...opening(this, seed, { preset: 'shadow-vs-nested', edited: false, scenario, log, tick, lens: 'memory', select: { kind: 'vm', index: vm } }),
      question: { key: `check.memory.walk.q.${mode}`, params: { vm: snap.topology.vms[vm]?.name ?? '', large: large ? 'check.memory.large' : 'check.memory.small' } },
      choices: numberChoices([walkRefs('shadow', false), walkRefs('shadow', true), walkRefs('nested', false), walkRefs('nested', true), 8]),
      answer: String(answer),
      reveal: { tick: tick + 500, log: [] },
      explain: { key: `check.memory.walk.explain.${mode}.${large ? 'large' : 'small'}`, params: { n: answer } },
    };
  },
};
