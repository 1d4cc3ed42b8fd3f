/**
 * Host failure and HA. A failed host's VMs and containers stop at once (their memory
 * is gone). HA does not know yet: it declares the host dead only after HA_DETECT_MS
 * without heartbeats (vSphere HA: about 12-15 s). Then each VM that is still down
 * restarts (boots again) on a surviving host chosen by the placement policy, where its
 * reservation fits next to what already runs there, counting the VMs restarted before
 * it. A VM that fits nowhere stays down and the log says how much it needed and how
 * much the roomiest host had. Admission control (on with HA) is what makes restarts
 * fit: it refuses a new VM whose reservation would eat into the failover capacity
 * kept free for the loss of the largest host (haAdmission).
 */
import { OK, reject, type Ctx, type Outcome } from '../kernel/contract';
import { pushEvent } from '../kernel/events';
import { vmReserveMiB } from '../kernel/capacity';
import { POWER } from '../kernel/codes';
import { bootVm, failHostPower, isHostFailed } from '../kernel/lifecycle';
import { hostLoads } from './commands';
import { choosePlacement } from './placement';
import { decide, gpuOf, HA_DETECT_MS, type ClusterWorld } from './state';

export function failHost(st: ClusterWorld, host: string): Outcome {
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
  const ids = victims.map((i) => st.topology.vms[i]?.id ?? '');
  cl.haPending.push({ host, vms: ids, at: st.tick + HA_DETECT_MS });
  decide(cl, st.tick, 'fail', { key: 'cluster.why.haDetecting', params: { host, s: HA_DETECT_MS / 1000 } });
  return OK;
}

/** The cluster's control phase: restart the VMs of hosts HA has now declared dead (mutates st). */
export function haDue(st: ClusterWorld, ctx: Ctx): void {
  const cl = st.cluster;
  const due = cl.haPending.filter((p) => st.tick >= p.at);
  if (due.length === 0) return;
  cl.haPending = cl.haPending.filter((p) => st.tick < p.at);
  for (const p of due) {
    const down = new Set(p.vms);
    const victims = st.topology.vms.flatMap((v, i) => (down.has(v.id) && st.vmPower[i] === POWER.off ? [i] : []));
    decide(cl, st.tick, 'fail', { key: 'cluster.why.haDeclared', params: { host: p.host, s: HA_DETECT_MS / 1000, vms: victims.length } });
    pushEvent(st.events, st.tick, 'info', 'cluster.why.haDeclared', { host: p.host, s: HA_DETECT_MS / 1000, vms: victims.length });
    if (cl.ha && victims.length > 0) restart(st, victims, ctx);
  }
}

/** Plan every restart first (capacity counted as we go), then move and boot them in one rebuild. */
function restart(st: ClusterWorld, victims: number[], ctx: Ctx): Outcome {
  const cl = st.cluster;
  const loads = hostLoads(st);
  const plan = new Map<string, string>();
  for (const i of victims) {
    const vm = st.topology.vms[i];
    if (vm === undefined) continue;
    const gpu = gpuOf(st, i);
    if (gpu !== undefined) {
      decide(cl, st.tick, 'haFail', { key: 'cluster.why.haGpu', params: { vm: vm.id, gpu } }, []);
      pushEvent(st.events, st.tick, 'info', 'cluster.why.haGpu', { vm: vm.id, gpu });
      continue;
    }
    const need = vmReserveMiB(vm);
    const { chosen, candidates } = choosePlacement(cl.policy, loads, need);
    const load = loads[chosen];
    if (load === undefined) {
      const largest = Math.round(Math.max(0, ...loads.filter((l) => !l.failed).map((l) => l.freeMiB)));
      decide(cl, st.tick, 'haFail', { key: 'cluster.why.haNoRoom', params: { vm: vm.id, need, largest } }, candidates);
      pushEvent(st.events, st.tick, 'info', 'cluster.why.haNoRoom', { vm: vm.id, need, largest });
      continue;
    }
    decide(cl, st.tick, 'ha', { key: 'cluster.why.haRestart', params: { vm: vm.id, host: load.host, free: Math.round(load.freeMiB), need } }, candidates);
    pushEvent(st.events, st.tick, 'info', 'cluster.why.haRestart', { vm: vm.id, host: load.host, free: Math.round(load.freeMiB), need });
    load.freeMiB -= need;
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
