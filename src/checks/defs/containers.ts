/**
 * Containers and Docker (the notes' 컨테이너와 도커): VMs and containers started together
 * on identical hosts, and a moment to predict: which are up? The engine's power states at
 * that tick answer (a VM boots its guest OS for seconds, a container starts in 0.3 s).
 * And the price of sharing a kernel: a kernel exploit run inside one instance; how many
 * of the host's VMs and containers does it reach? kernelReach over the world's topology
 * answers (a shared host kernel: all its containers; a VM: only itself).
 */
import { kernelReach, POWER } from '../../engine';
import { keyedChoices, numberChoices } from '../choices';
import type { CheckDef, CheckInstance } from '../types';
import { opening, picker, seeded, snapshotAt } from '../world';

const UP = ['none', 'containers', 'vms', 'both'] as const;

export const race: CheckDef = {
  id: 'containers.race',
  section: 'containers',
  make(seed): CheckInstance {
    const r = picker(seed);
    const scenario = seeded('vm-vs-container', seed);
    const tick = r.pick([150, 250, 600, 1500, 2500, 3500, 3900, 4600, 6000, 8000]);
    const s = snapshotAt(scenario, [], tick);
    const vmsUp = s.topology.vms.some((v, i) => v.id.startsWith('app-vm') && s.vms.power[i] === POWER.on);
    const ctsUp = s.topology.containers.some((c, i) => c.id.startsWith('app-ct') && s.containers.power[i] === POWER.on);
    const answer = vmsUp ? (ctsUp ? 'both' : 'vms') : ctsUp ? 'containers' : 'none';
    return {
      ...opening(this, seed, { preset: 'vm-vs-container', edited: false, scenario, log: [], tick: 0, lens: 'containers', select: null }),
      question: { key: 'check.containers.race.q', params: { s: (tick / 1000).toFixed(tick % 100 === 0 ? 1 : 2) } },
      choices: keyedChoices(UP, 'check.up'),
      answer,
      reveal: { tick, log: [] },
      explain: { key: `check.containers.race.explain.${answer}`, params: { s: (tick / 1000).toFixed(tick % 100 === 0 ? 1 : 2) } },
    };
  },
};

/** vm-vs-container with 0-4 more containers on host-containers, and one instance to exploit from. */
export const exploit: CheckDef = {
  id: 'containers.exploit',
  section: 'containers',
  make(seed): CheckInstance {
    const r = picker(seed);
    const base = seeded('vm-vs-container', seed);
    const extra = r.int(0, 4);
    const template = base.containers.find((c) => c.id === 'app-ct-1');
    const more = template === undefined ? [] : Array.from({ length: extra }, (_, k) => ({ ...template, id: `app-ct-${5 + k}`, name: `app-ct-${5 + k}` }));
    const scenario = { ...base, containers: [...base.containers, ...more] };
    const tick = 6000;
    const s = snapshotAt(scenario, [], tick);
    const t = s.topology;
    const froms = [...t.containers.map((_, i) => ({ kind: 'container' as const, index: i })), ...t.vms.flatMap((v, i) => (v.id.startsWith('app-vm') ? [{ kind: 'vm' as const, index: i }] : []))];
    const from = r.pick(froms);
    const reach = kernelReach(t, from);
    const fromName = (from.kind === 'vm' ? t.vms[from.index]?.name : t.containers[from.index]?.name) ?? '';
    const hostIndex = (from.kind === 'vm' ? t.vms[from.index]?.host : t.containers[from.index]?.host) ?? 0;
    const host = t.hosts[hostIndex]?.name ?? '';
    const answer = reach === null ? 0 : reach.vms.length + reach.containers.length;
    const total = reach === null ? 0 : answer + reach.heldVms.length + reach.heldContainers.length;
    const how = reach === null || reach.kernel.kind === 'host' ? 'host' : from.kind === 'vm' ? 'guest' : 'guestCts';
    const vm = reach !== null && reach.kernel.kind === 'vm' ? (t.vms[reach.kernel.index]?.name ?? '') : '';
    return {
      ...opening(this, seed, { preset: 'vm-vs-container', edited: extra > 0, scenario, log: [], tick, lens: 'containers', select: from }),
      question: { key: 'check.containers.exploit.q', params: { from: fromName, host, total } },
      choices: numberChoices([1, 4, 5, answer, total]),
      answer: String(answer),
      reveal: { tick: tick + 100, log: [] },
      explain: { key: `check.containers.exploit.explain.${how}`, params: { from: fromName, host, n: answer, vm, held: total - answer } },
    };
  },
};
