/**
 * Host failure and HA. A failed host's VMs and containers stop at once (their memory
 * is gone); with HA on, each VM restarts (boots again) on a surviving host chosen by
 * the placement policy, but only where its memory fits next to what already runs
 * there, counting the VMs restarted before it. A VM that fits nowhere stays down and
 * the log says how much it needed and how much the roomiest host had.
 */
import { pushEvent } from '../kernel/events';
import { POWER, type SimState } from '../state';
import { isFailed } from './capacity';
import { hostLoads } from './commands';
import { editScenario, rejectWith, type EditOutcome } from './edit';
import { bootVmAt, powerOffContainerAt, powerOffVmAt } from './entities';
import { choosePlacement } from './placement';
import { decide } from './state';

export function failHost(st: SimState, host: string): EditOutcome {
  const h = st.topology.hosts.findIndex((x) => x.id === host);
  if (h < 0) return rejectWith('reason.noSuchHost', { host });
  if (isFailed(st, h)) return rejectWith('cluster.reason.alreadyFailed', { host });
  const cl = st.fleet.cl;
  const m = cl.migration;
  if (m !== null && (m.from === host || m.to === host)) {
    decide(cl, st.tick, 'migrate', { key: 'cluster.why.aborted', params: { vm: m.vm } });
    cl.migration = null;
  }
  const victims = st.topology.vms.flatMap((v, i) => (v.host === h && st.vmPower[i] !== POWER.off ? [i] : []));
  for (const i of victims) powerOffVmAt(st, i);
  st.topology.containers.forEach((c, i) => {
    if (c.vm < 0 && c.host === h) powerOffContainerAt(st, i);
  });
  cl.failed.push(host);
  decide(cl, st.tick, 'fail', { key: 'cluster.why.failed', params: { host, vms: victims.length } });
  pushEvent(st.events, st.tick, 'info', 'cluster.ev.failed', { host, vms: victims.length });
  if (!cl.ha || victims.length === 0) return { ok: true, state: st };
  return restart(st, victims);
}

/** Plan every restart first (capacity counted as we go), then move and boot them in one rebuild. */
function restart(st: SimState, victims: number[]): EditOutcome {
  const cl = st.fleet.cl;
  const loads = hostLoads(st);
  const plan = new Map<string, string>();
  for (const i of victims) {
    const vm = st.topology.vms[i];
    if (vm === undefined) continue;
    const { chosen, candidates } = choosePlacement(cl.policy, loads, vm.memoryMiB);
    const load = loads[chosen];
    if (load === undefined) {
      const largest = Math.round(Math.max(0, ...loads.filter((l) => !l.failed).map((l) => l.freeMiB)));
      decide(cl, st.tick, 'haFail', { key: 'cluster.why.haNoRoom', params: { vm: vm.id, need: vm.memoryMiB, largest } }, candidates);
      pushEvent(st.events, st.tick, 'info', 'cluster.why.haNoRoom', { vm: vm.id, need: vm.memoryMiB, largest });
      continue;
    }
    decide(cl, st.tick, 'ha', { key: 'cluster.why.haRestart', params: { vm: vm.id, host: load.host, free: Math.round(load.freeMiB), need: vm.memoryMiB } }, candidates);
    pushEvent(st.events, st.tick, 'info', 'cluster.why.haRestart', { vm: vm.id, host: load.host, free: Math.round(load.freeMiB), need: vm.memoryMiB });
    load.freeMiB -= vm.memoryMiB;
    load.vms += 1;
    plan.set(vm.id, load.host);
  }
  if (plan.size === 0) return { ok: true, state: st };
  const r = editScenario(st, (s) => ({ ...s, vms: s.vms.map((v) => ({ ...v, host: plan.get(v.id) ?? v.host })) }));
  if (!r.ok) return r;
  r.state.topology.vms.forEach((v, i) => {
    if (plan.has(v.id)) bootVmAt(r.state, i);
  });
  return r;
}
