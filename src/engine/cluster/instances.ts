/**
 * Instances on request: the cluster's provisioner. A request (instance type, template,
 * full or linked clone) waits in a FIFO queue; up to CLONES_AT_ONCE are provisioned at a
 * time. Provisioning places the instance by the cluster's placement policy (its memory
 * counted as reserved on that host from then on, so two clones never take the same
 * room), clones its disk (a full clone copies the template's data; a linked clone makes
 * a copy-on-write delta in half a second), then adds the VM and boots it. Each step is
 * timed and narrated; a request that fits nowhere fails with its reason.
 */
import { vmReserveMiB } from '../kernel/capacity';
import { POWER } from '../kernel/codes';
import { OK, reject, type Ctx, type Outcome } from '../kernel/contract';
import { pushEvent } from '../kernel/events';
import { bootVm } from '../kernel/lifecycle';
import type { Message } from '../kernel/types';
import { CLONES_AT_ONCE, cloneMs, INSTANCE_QUEUE_MAX, INSTANCE_TYPES, LINKED_DELTA_MIBPS, TEMPLATES, type CloneKind, type InstanceTypeId, type TemplateId } from '../scenario/instances';
import { hostLoads } from './commands';
import { choosePlacement } from './placement';
import { decide, type ClusterWorld } from './state';

export type InstanceState = 'queued' | 'cloning' | 'booting' | 'ready' | 'failed';

export interface InstanceRecord {
  name: string;
  type: InstanceTypeId;
  template: TemplateId;
  clone: CloneKind;
  state: InstanceState;
  requestedAt: number;
  /** When the provisioner took it up (placed and cloning, or failed), the VM was added, and it was up; -1 until then. */
  startedAt: number;
  addedAt: number;
  readyAt: number;
  host: string;
  cloneMs: number;
  /** Disk space it takes on the datastore (GiB): a full clone the template's data; a linked clone its delta. */
  diskGiB: number;
  reason: Message | null;
}

export interface InstanceRequest {
  name: string;
  type: InstanceTypeId;
  template: TemplateId;
  clone: CloneKind;
}

export function requestInstance(st: ClusterWorld, req: InstanceRequest): Outcome {
  const cl = st.cluster;
  if (st.topology.vms.some((v) => v.id === req.name) || cl.instances.some((r) => r.name === req.name)) return reject('cluster.reason.instanceName', { name: req.name });
  if (cl.instances.filter((r) => r.state === 'queued').length >= INSTANCE_QUEUE_MAX) return reject('cluster.reason.instanceQueueFull', { max: INSTANCE_QUEUE_MAX });
  cl.instances.push({ ...req, state: 'queued', requestedAt: st.tick, startedAt: -1, addedAt: -1, readyAt: -1, host: '', cloneMs: cloneMs(req.template, req.clone), diskGiB: 0, reason: null });
  pushEvent(st.events, st.tick, 'info', 'cluster.ev.instanceRequested', { name: req.name, type: req.type, template: req.template, clone: `clone.${req.clone}` });
  return OK;
}

const need = (r: InstanceRecord): number => vmReserveMiB({ memoryMiB: INSTANCE_TYPES[r.type].memoryMiB, reservationMiB: INSTANCE_TYPES[r.type].memoryMiB });

/** Start the queue's head while a provisioning slot is free: place it, or fail it with the reason. */
function startNext(st: ClusterWorld): void {
  const cl = st.cluster;
  for (;;) {
    const busy = cl.instances.filter((r) => r.state === 'cloning').length;
    const next = cl.instances.find((r) => r.state === 'queued');
    if (busy >= CLONES_AT_ONCE || next === undefined) return;
    // Room already promised to clones in progress counts as taken.
    const loads = hostLoads(st).map((l) => ({ ...l, freeMiB: l.freeMiB - cl.instances.filter((r) => r.state === 'cloning' && r.host === l.host).reduce((n, r) => n + need(r), 0) }));
    const { chosen, candidates } = choosePlacement(cl.policy, loads, need(next));
    const load = loads[chosen];
    if (load === undefined) {
      const largest = Math.round(Math.max(0, ...loads.filter((l) => !l.failed).map((l) => l.freeMiB)));
      next.state = 'failed';
      next.startedAt = st.tick;
      next.reason = { key: 'cluster.why.instanceNoRoom', params: { name: next.name, need: need(next), largest } };
      decide(cl, st.tick, 'place', next.reason, candidates);
      pushEvent(st.events, st.tick, 'info', 'cluster.why.instanceNoRoom', next.reason.params ?? {});
      continue;
    }
    next.state = 'cloning';
    next.startedAt = st.tick;
    next.host = load.host;
    const free = Math.round(load.freeMiB);
    next.reason = { key: `cluster.why.${cl.policy}`, params: { vm: next.name, host: load.host, free, need: need(next), left: free - need(next) } };
    decide(cl, st.tick, 'place', next.reason, candidates);
    pushEvent(st.events, st.tick, 'info', 'cluster.ev.instanceCloning', { name: next.name, host: load.host, clone: `clone.${next.clone}`, s: (next.cloneMs / 1000).toFixed(1) });
  }
}

/** Add the cloned instance as a VM on its host and boot it. */
function addVm(st: ClusterWorld, k: number, ctx: Ctx): void {
  const r = st.cluster.instances[k];
  if (r === undefined) return;
  const type = INSTANCE_TYPES[r.type];
  const spec = { id: r.name, name: r.name, host: r.host, vcpus: type.vcpus, memoryMiB: type.memoryMiB, reservationMiB: type.memoryMiB, guestOs: TEMPLATES[r.template].guestOs, workload: 'web' as const, autostart: true, disks: [{ id: `${r.name}-disk`, sizeGiB: type.diskGiB }] };
  const out = ctx.edit(st, (s) => ({ ...s, vms: [...s.vms, { weight: 256, capPct: 0, vnics: [], memLimitMiB: 0, memShares: 0, ...spec }] }));
  // The edit rebuilt the world and carried the cluster's state into a fresh copy: update the record there.
  const now = st.cluster.instances[k] ?? r;
  if (!out.ok) {
    now.state = 'failed';
    now.reason = out.reason;
    return;
  }
  now.state = 'booting';
  now.addedAt = st.tick;
  bootVm(st, ctx, st.topology.vms.length - 1, false);
}

/** The provisioner's work this tick (at `control`). */
export function stepInstances(st: ClusterWorld, ctx: Ctx): void {
  if (st.cluster.instances.length === 0) return;
  // By position, reading the record afresh each time: adding a VM rebuilds the cluster's
  // state (a copy, in the same order), so a record held across that edit would be stale.
  for (let k = 0; k < st.cluster.instances.length; k++) {
    const r = st.cluster.instances[k];
    if (r === undefined) continue;
    if (r.state === 'cloning') {
      const done = st.tick - r.startedAt;
      r.diskGiB = r.clone === 'full' ? (TEMPLATES[r.template].usedGiB * Math.min(done, r.cloneMs)) / r.cloneMs : 0;
      if (done >= r.cloneMs) addVm(st, k, ctx);
    } else if (r.state === 'booting') {
      const i = st.topology.vms.findIndex((v) => v.id === r.name);
      if (i >= 0 && st.vmPower[i] === POWER.on) {
        r.state = 'ready';
        r.readyAt = st.tick;
        pushEvent(st.events, st.tick, 'info', 'cluster.ev.instanceReady', { name: r.name, host: r.host, s: ((r.readyAt - r.requestedAt) / 1000).toFixed(1), wait: ((r.startedAt - r.requestedAt) / 1000).toFixed(1), clone: ((r.addedAt - r.startedAt) / 1000).toFixed(1), boot: ((r.readyAt - r.addedAt) / 1000).toFixed(1) });
      }
    } else if (r.state === 'ready' && r.clone === 'linked') {
      const i = st.topology.vms.findIndex((v) => v.id === r.name);
      if (i >= 0 && st.vmPower[i] === POWER.on) r.diskGiB += LINKED_DELTA_MIBPS / 1024 / 1000;
    }
  }
  startNext(st);
}
