/**
 * Host failure and HA. A failed host's VMs and containers stop at once (their memory
 * is gone); with HA on, each VM restarts (boots again) on a surviving host chosen by
 * the placement policy, but only where its memory fits next to what already runs
 * there, counting the VMs restarted before it. A VM that fits nowhere stays down and
 * the log says how much it needed and how much the roomiest host had.
 */
import { OK, reject, type Ctx, type Outcome } from '../kernel/contract';
import { pushEvent } from '../kernel/events';
import { bootVm, failHostPower, isHostFailed } from '../kernel/lifecycle';
import { hostLoads } from './commands';
import { choosePlacement } from './placement';
import { decide, type ClusterWorld } from './state';

export function failHost(st: ClusterWorld, host: string, ctx: Ctx): Outcome {
  const h = st.topology.hosts.findIndex((x) => x.id === host);
  if (h < 0) return reject('reason.noSuchHost', { host });
  if (isHostFailed(st, h)) return reject('cluster.reason.alreadyFailed', { host });
  const cl = st.cluster;
  const m = cl.migration;
  if (m !== null && (m.from === host || m.to === host)) {
    decide(cl, st.tick, 'migrate', { key: 'cluster.why.aborted', params: { vm: m.vm } });
    cl.migration = null;
  }
  const victims = failHostPower(st, h);
  decide(cl, st.tick, 'fail', { key: 'cluster.why.failed', params: { host, vms: victims.length } });
  pushEvent(st.events, st.tick, 'info', 'cluster.ev.failed', { host, vms: victims.length });
  if (!cl.ha || victims.length === 0) return OK;
  return restart(st, victims, ctx);
}

/** Plan every restart first (capacity counted as we go), then move and boot them in one rebuild. */
function restart(st: ClusterWorld, victims: number[], ctx: Ctx): Outcome {
  const cl = st.cluster;
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
  if (plan.size === 0) return OK;
  const r = ctx.edit(st, (s) => ({ ...s, vms: s.vms.map((v) => ({ ...v, host: plan.get(v.id) ?? v.host })) }));
  if (!r.ok) return r;
  st.topology.vms.forEach((v, i) => {
    if (plan.has(v.id)) bootVm(st, ctx, i, true);
  });
  return r;
}
