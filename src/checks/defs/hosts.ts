/**
 * Checks on one machine as many and on load balancing (the notes' 가상화란? and 가상화
 * 특성): how many vCPUs can run at once on a host, and where DRS sends the first VM it
 * moves. Both are answered by running the engine.
 */
import { ENT } from '../../engine';
import { numberChoices, nameChoices } from '../choices';
import type { CheckDef, CheckInstance } from '../types';
import { opening, picker, seeded, stateAt, watch } from '../world';

const VMS = ['web-1', 'db-1', 'batch-1'] as const;

/** basic with a seeded host size and vCPU counts, every VM CPU-bound, the containers stopped. */
export const maxRunning: CheckDef = {
  id: 'what.maxRunning',
  section: 'what',
  make(seed): CheckInstance {
    const r = picker(seed);
    const cores = r.int(1, 4);
    const threads = r.int(1, 2);
    const pcpus = cores * threads;
    const base = seeded('basic', seed);
    const hosts = base.hosts.map((h) => ({ ...h, coresPerSocket: cores, threadsPerCore: threads }));
    const vcpus = VMS.map(() => r.int(1, 3));
    const total = vcpus.reduce((a, b) => a + b, 0);
    const vms = base.vms.map((v, i) => ({ ...v, vcpus: vcpus[i] ?? 1, workload: 'cpu-bound' as const }));
    const scenario = { ...base, hosts, vms, containers: base.containers.map((c) => ({ ...c, autostart: false })) };
    const tick = 4500 + r.int(0, 20) * 100;
    let most = 0;
    watch(stateAt(scenario, [], tick), 10, 500, (s) => {
      let n = 0;
      for (const st of s.ent.state) if (st === ENT.running) n += 1;
      most = Math.max(most, n);
      return false;
    });
    return {
      ...opening(this, seed, { preset: 'basic', edited: true, scenario, log: [], tick, lens: 'overview', select: { kind: 'host', index: 0 } }),
      question: { key: 'check.what.maxRunning.q', params: { vcpus: total, cores, threads } },
      choices: numberChoices([1, pcpus, total, cores, pcpus * 2, most]),
      answer: String(most),
      reveal: { tick: tick + 500, log: [] },
      explain: { key: 'check.what.maxRunning.explain', params: { most, pcpus, cores, threads, vcpus: total } },
    };
  },
};

const KINDS = ['cpu-bound', 'web', 'idle', 'io-bound'] as const;
/** Rough busy vCPUs of a 2-vCPU VM by workload, only to keep the two quiet hosts apart. */
const BUSY: Readonly<Record<string, number>> = { 'cpu-bound': 2, web: 1, 'io-bound': 0.5, idle: 0, database: 1 };

/**
 * drs-balance with the VMs spread by seed and DRS off until the question's tick (so the
 * hosts' demand is the workloads', not the boot's); then DRS is switched on and moves the
 * first VM from the busiest host to the idlest.
 */
export const drsTarget: CheckDef = {
  id: 'properties.drsTarget',
  section: 'properties',
  make(seed): CheckInstance {
    const r = picker(seed);
    const base = seeded('drs-balance', seed);
    const others = ['host-2', 'host-3'];
    // Re-draw until the two quieter hosts clearly differ (a fair question has no tie).
    let vms = base.vms;
    for (let tries = 0; tries < 50; tries++) {
      vms = base.vms.map((vm, i) => {
        if (i < 5) return { ...vm, host: 'host-1', workload: i < 3 ? ('cpu-bound' as const) : r.pick(KINDS) };
        return { ...vm, host: r.pick(others), workload: r.pick(KINDS) };
      });
      const load = (h: string): number => vms.reduce((n, v) => n + (v.host === h ? (BUSY[v.workload] ?? 0) : 0), 0);
      if (Math.abs(load('host-2') - load('host-3')) >= 1) break;
    }
    const scenario = { ...base, vms, cluster: { ...base.cluster, drs: { ...base.cluster.drs, enabled: false } } };
    const tick = 8000 + r.int(0, 10) * 100;
    const on = [{ tick, command: { type: 'configureCluster' as const, drsEnabled: true } }];
    const first = watch(stateAt(scenario, on, tick), 50, 20_000, (s) => s.fleet.cl.migration !== null || s.fleet.cl.history.length > 0);
    const moved = first?.fleet.cl.migration ?? first?.fleet.cl.history[0] ?? null;
    const to = moved?.to ?? 'host-1';
    const at = first?.tick ?? tick;
    return {
      ...opening(this, seed, { preset: 'drs-balance', edited: true, scenario, log: [], tick, lens: 'cluster', select: null }),
      question: { key: 'check.properties.drsTarget.q', params: {} },
      choices: nameChoices(base.hosts.map((h) => h.name)),
      answer: to,
      reveal: { tick: at + 200, log: on },
      explain: { key: 'check.properties.drsTarget.explain', params: { vm: moved?.vm ?? '-', from: moved?.from ?? '-', to, s: (at / 1000).toFixed(1) } },
    };
  },
};
