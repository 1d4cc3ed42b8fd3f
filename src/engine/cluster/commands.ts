/**
 * Commands of the cluster: place a new VM by the placement policy (or on a chosen host,
 * with the same capacity check), ask for a live migration, change settings, and fail or
 * repair a host. Each decision is logged with the numbers that made it.
 */
import { pushEvent } from '../kernel/events';
import type { VmSpec } from '../scenario/parts';
import { POWER, type SimState } from '../state';
import { freeMiB, isFailed } from './capacity';
import { editScenario, rejectWith, type EditOutcome } from './edit';
import { bootVmAt } from './entities';
import { choosePlacement, type HostLoad } from './placement';
import { decide } from './state';
import type { MigrationFallback, VmPlacementPolicy } from '../scenario/parts';

export function hostLoads(st: SimState, skip = -1): HostLoad[] {
  return st.topology.hosts.map((h, i) => ({
    host: h.id,
    freeMiB: freeMiB(st, i),
    vms: st.topology.vms.filter((v, j) => v.host === i && st.vmPower[j] !== POWER.off).length,
    failed: i === skip || isFailed(st, i),
  }));
}

export function placeVm(st: SimState, spec: Omit<VmSpec, 'host'>, host: string | undefined): EditOutcome {
  const loads = hostLoads(st);
  const need = spec.memoryMiB;
  let chosen: number;
  let candidates = choosePlacement(st.fleet.cl.policy, loads, need).candidates;
  if (host !== undefined) {
    chosen = st.topology.hosts.findIndex((h) => h.id === host);
    const load = loads[chosen];
    if (load === undefined) return rejectWith('reason.noSuchHost', { host });
    if (load.failed) return rejectWith('cluster.reason.hostFailed', { host });
    if (load.freeMiB < need) return rejectWith('cluster.reason.noRoom', { vm: spec.name, host, free: Math.round(load.freeMiB), need });
    candidates = candidates.map((c, i) => ({ ...c, chosen: i === chosen }));
  } else {
    chosen = candidates.findIndex((c) => c.chosen);
    if (chosen < 0) return rejectWith('cluster.reason.fitsNowhere', { vm: spec.name, need, largest: Math.round(Math.max(0, ...loads.filter((l) => !l.failed).map((l) => l.freeMiB))) });
  }
  const target = st.topology.hosts[chosen]?.id ?? '';
  const r = editScenario(st, (s) => ({ ...s, vms: [...s.vms, { ...spec, host: target }] }));
  if (!r.ok) return r;
  if (spec.autostart) bootVmAt(r.state, r.state.topology.vms.length - 1);
  const free = Math.round(loads[chosen]?.freeMiB ?? 0);
  const key = host !== undefined ? 'cluster.why.pinned' : `cluster.why.${st.fleet.cl.policy}`;
  const params = { vm: spec.name, host: target, free, need, left: free - need };
  decide(r.state.fleet.cl, st.tick, 'place', { key, params }, candidates);
  pushEvent(r.state.events, st.tick, 'info', key, params);
  return r;
}

export function migrateVm(st: SimState, id: string, host: string): EditOutcome {
  const i = st.topology.vms.findIndex((v) => v.id === id);
  const vm = st.topology.vms[i];
  if (vm === undefined) return rejectWith('reason.noSuchVm', { vm: id });
  if (st.vmPower[i] !== POWER.on) return rejectWith('cluster.reason.vmNotRunning', { vm: vm.name });
  const h = st.topology.hosts.findIndex((x) => x.id === host);
  if (h < 0) return rejectWith('reason.noSuchHost', { host });
  if (h === vm.host) return rejectWith('cluster.reason.sameHost', { vm: vm.name, host });
  if (isFailed(st, h)) return rejectWith('cluster.reason.hostFailed', { host });
  const cl = st.fleet.cl;
  if (cl.migration?.vm === id || cl.queue.some((q) => q.vm === id)) return rejectWith('cluster.reason.alreadyMigrating', { vm: vm.name });
  const free = freeMiB(st, h);
  if (free < vm.memoryMiB) return rejectWith('cluster.reason.noRoom', { vm: vm.name, host, free: Math.round(free), need: vm.memoryMiB });
  const reason = { key: 'cluster.why.manual', params: { vm: vm.id, from: st.topology.hosts[vm.host]?.id ?? '', to: host } };
  cl.queue.push({ vm: id, to: host, reason });
  decide(cl, st.tick, 'migrate', reason);
  return { ok: true, state: st };
}

export interface ClusterSettings {
  placement?: VmPlacementPolicy | undefined;
  drsEnabled?: boolean | undefined;
  drsThresholdPct?: number | undefined;
  linkMiBps?: number | undefined;
  maxDowntimeMs?: number | undefined;
  fallback?: MigrationFallback | undefined;
  ha?: boolean | undefined;
}

export function configureCluster(st: SimState, c: ClusterSettings): EditOutcome {
  const cl = st.fleet.cl;
  if (c.placement !== undefined) cl.policy = c.placement;
  if (c.drsEnabled !== undefined) cl.drsEnabled = c.drsEnabled;
  if (c.drsThresholdPct !== undefined) cl.drsThresholdPct = c.drsThresholdPct;
  if (c.linkMiBps !== undefined) cl.link.linkMiBps = c.linkMiBps;
  if (c.maxDowntimeMs !== undefined) cl.link.maxDowntimeMs = c.maxDowntimeMs;
  if (c.fallback !== undefined) cl.link.fallback = c.fallback;
  if (c.ha !== undefined) cl.ha = c.ha;
  pushEvent(st.events, st.tick, 'info', 'cluster.ev.settings', {
    policy: `cluster.policy.${cl.policy}`, drs: cl.drsEnabled ? 'cluster.on' : 'cluster.off', threshold: cl.drsThresholdPct, link: cl.link.linkMiBps, fallback: `cluster.fallback.${cl.link.fallback}`, ha: cl.ha ? 'cluster.on' : 'cluster.off',
  });
  return { ok: true, state: st };
}

export function repairHost(st: SimState, host: string): EditOutcome {
  const h = st.topology.hosts.findIndex((x) => x.id === host);
  if (h < 0) return rejectWith('reason.noSuchHost', { host });
  if (!isFailed(st, h)) return rejectWith('cluster.reason.notFailed', { host });
  st.fleet.cl.failed = st.fleet.cl.failed.filter((x) => x !== host);
  decide(st.fleet.cl, st.tick, 'repair', { key: 'cluster.why.repaired', params: { host } });
  pushEvent(st.events, st.tick, 'info', 'cluster.ev.repaired', { host });
  return { ok: true, state: st };
}
