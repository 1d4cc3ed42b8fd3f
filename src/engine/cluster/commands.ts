/**
 * Commands of the cluster: place a new VM by the placement policy (or on a chosen host,
 * with the same capacity check), ask for a live migration, change settings, and fail or
 * repair a host. Each decision is logged with the numbers that made it.
 */
import { freeMiB, vmReserveMiB } from '../kernel/capacity';
import { POWER } from '../kernel/codes';
import { OK, reject, type Ctx, type Outcome } from '../kernel/contract';
import { pushEvent } from '../kernel/events';
import { bootVm, isHostFailed, repairHostPower } from '../kernel/lifecycle';
import type { MigrationFallback, VmPlacementPolicy, VmSpec } from '../scenario/parts';
import { haAdmission } from './admission';
import { choosePlacement, type HostLoad } from './placement';
import { decide, gpuOf, isPassthrough, type ClusterWorld } from './state';

export function hostLoads(st: ClusterWorld, skip = -1): HostLoad[] {
  return st.topology.hosts.map((h, i) => ({
    host: h.id,
    freeMiB: freeMiB(st, i),
    vms: st.topology.vms.filter((v, j) => v.host === i && st.vmPower[j] !== POWER.off).length,
    failed: i === skip || isHostFailed(st, i),
  }));
}

export function placeVm(st: ClusterWorld, spec: Omit<VmSpec, 'host'>, host: string | undefined, ctx: Ctx): Outcome {
  const loads = hostLoads(st);
  const need = vmReserveMiB(spec);
  if (st.cluster.ha) {
    // HA admission control: keep the largest host's worth free for failover.
    const a = haAdmission(st);
    if (a.reservedMiB + need > a.capacityMiB - a.failoverMiB) return reject('cluster.reason.haAdmission', { vm: spec.name, need, reserved: a.reservedMiB, allowed: a.capacityMiB - a.failoverMiB, failover: a.failoverMiB });
  }
  let chosen: number;
  let candidates = choosePlacement(st.cluster.policy, loads, need).candidates;
  if (host !== undefined) {
    chosen = st.topology.hosts.findIndex((h) => h.id === host);
    const load = loads[chosen];
    if (load === undefined) return reject('reason.noSuchHost', { host });
    if (load.failed) return reject('cluster.reason.hostFailed', { host });
    if (load.freeMiB < need) return reject('cluster.reason.noRoom', { vm: spec.name, host, free: Math.round(load.freeMiB), need });
    candidates = candidates.map((c, i) => ({ ...c, chosen: i === chosen }));
  } else {
    chosen = candidates.findIndex((c) => c.chosen);
    if (chosen < 0) return reject('cluster.reason.fitsNowhere', { vm: spec.name, need, largest: Math.round(Math.max(0, ...loads.filter((l) => !l.failed).map((l) => l.freeMiB))) });
  }
  const target = st.topology.hosts[chosen]?.id ?? '';
  const r = ctx.edit(st, (s) => ({ ...s, vms: [...s.vms, { ...spec, host: target }] }));
  if (!r.ok) return r;
  if (spec.autostart) bootVm(st, ctx, st.topology.vms.length - 1, true);
  const free = Math.round(loads[chosen]?.freeMiB ?? 0);
  const key = host !== undefined ? 'cluster.why.pinned' : `cluster.why.${st.cluster.policy}`;
  const params = { vm: spec.name, host: target, free, need, left: free - need };
  decide(st.cluster, st.tick, 'place', { key, params }, candidates);
  pushEvent(st.events, st.tick, 'info', key, params);
  return r;
}

/**
 * Whether this move is the scenario's own script running: the scripted event taken at
 * this very tick is this move. The log then says "the scenario moves…", not "you asked…"
 * (a person asking the same move at that tick is refused: it is already queued).
 */
function isScriptedNow(st: ClusterWorld, id: string, host: string): boolean {
  const ev = st.scriptPos > 0 ? st.script[st.scriptPos - 1] : undefined;
  return ev !== undefined && ev.at === st.tick && ev.command.type === 'migrateVm' && ev.command.vm === id && ev.command.host === host;
}

export function migrateVm(st: ClusterWorld, id: string, host: string): Outcome {
  const i = st.topology.vms.findIndex((v) => v.id === id);
  const vm = st.topology.vms[i];
  if (vm === undefined) return reject('reason.noSuchVm', { vm: id });
  if (isPassthrough(st, i)) return reject('cluster.reason.passthrough', { vm: vm.name });
  const gpu = gpuOf(st, i);
  if (gpu !== undefined) return reject('cluster.reason.gpu', { vm: vm.name, gpu });
  if (st.vmPower[i] !== POWER.on) return reject('cluster.reason.vmNotRunning', { vm: vm.name });
  const h = st.topology.hosts.findIndex((x) => x.id === host);
  if (h < 0) return reject('reason.noSuchHost', { host });
  if (h === vm.host) return reject('cluster.reason.sameHost', { vm: vm.name, host });
  if (isHostFailed(st, h)) return reject('cluster.reason.hostFailed', { host });
  const cl = st.cluster;
  if (cl.migration?.vm === id || cl.queue.some((q) => q.vm === id)) return reject('cluster.reason.alreadyMigrating', { vm: vm.name });
  const free = freeMiB(st, h);
  const need = vmReserveMiB(vm);
  if (free < need) return reject('cluster.reason.noRoom', { vm: vm.name, host, free: Math.round(free), need });
  const key = isScriptedNow(st, id, host) ? 'cluster.why.scripted' : 'cluster.why.manual';
  const reason = { key, params: { vm: vm.id, from: st.topology.hosts[vm.host]?.id ?? '', to: host } };
  cl.queue.push({ vm: id, to: host, reason });
  decide(cl, st.tick, 'migrate', reason);
  return OK;
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

export function configureCluster(st: ClusterWorld, c: ClusterSettings): Outcome {
  const cl = st.cluster;
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
  return OK;
}

export function repairHost(st: ClusterWorld, host: string): Outcome {
  const h = st.topology.hosts.findIndex((x) => x.id === host);
  if (h < 0) return reject('reason.noSuchHost', { host });
  if (!isHostFailed(st, h)) return reject('cluster.reason.notFailed', { host });
  repairHostPower(st, h);
  decide(st.cluster, st.tick, 'repair', { key: 'cluster.why.repaired', params: { host } });
  pushEvent(st.events, st.tick, 'info', 'cluster.ev.repaired', { host });
  return OK;
}
