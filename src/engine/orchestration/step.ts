/**
 * The orchestrator's `control` phase, every ORCH_PERIOD_MS (it runs before the container
 * runtime's, which starts what it asks for in the same tick): watch the pods, let the
 * autoscaler sync (every HPA_SYNC_MS), reconcile each deployment, schedule the Pending
 * pods, and make it so in the world in one scenario edit: the containers of the pods
 * that ended are stopped and removed, a bound pod's container is added to its node and
 * marked admitted and waiting (`ctPending`), which the container runtime then pulls and
 * starts like any other (kernel lifecycle and capacity, image pulls, cgroup limits).
 */
import { POWER } from '../kernel/codes';
import type { Ctx } from '../kernel/contract';
import { pushEvent } from '../kernel/events';
import { stopContainer } from '../kernel/lifecycle';
import type { ContainerSpec } from '../scenario/parts';
import { autoscale } from './autoscale';
import { HPA_SYNC_MS } from './model';
import { counts, observe, reconcileDeployment } from './reconcile';
import { book, place } from './schedule';
import { nodeFigures, nodesOf, type OrchWorld, type Pod } from './state';

function containerOf(st: OrchWorld, p: Pod): ContainerSpec | undefined {
  const spec = st.orch.deps[p.dep]?.spec;
  if (spec === undefined) return undefined;
  return {
    id: p.id, name: p.id, host: p.node, image: `${spec.image}:${p.version}`, workload: spec.workload,
    cpuShares: 1024, cpuQuotaMs: Math.min(1000, Math.round(spec.cpuLimitM / 10)), cpuPeriodMs: 100, memoryLimitMiB: spec.memLimitMiB,
    autostart: false, vnics: [], deployment: spec.id,
  };
}

const sameReason = (a: Pod['reason'], b: Pod['reason']): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Bind each Pending pod (oldest first) to a node, or say why it waits. Returns the bound ones. */
function schedulePending(st: OrchWorld): Pod[] {
  const pending = st.orch.pods.filter((p) => p.phase === 'Pending');
  if (pending.length === 0) return [];
  const nodes = nodeFigures(st);
  const allowed = st.orch.deps.map((d) => new Set(nodesOf(st, d.spec).map((h) => st.topology.hosts[h]?.id ?? '')));
  const bound: Pod[] = [];
  for (const p of pending) {
    const spec = st.orch.deps[p.dep]?.spec;
    if (spec === undefined) continue;
    const mine = (node: string): number => st.orch.pods.filter((q) => q.dep === p.dep && q.node === node && q.phase !== 'Terminating').length;
    const r = place(nodes, allowed[p.dep] ?? new Set(), spec, p.id, mine);
    if (r.ok) {
      book(r.node, spec);
      p.node = r.node.id;
      p.phase = 'Starting';
      p.since = st.tick;
      p.reason = null;
      bound.push(p);
      pushEvent(st.events, st.tick, 'info', 'orch.ev.scheduled', { ...r.why.params });
    } else if (!sameReason(p.reason, r.why)) {
      p.reason = r.why;
      pushEvent(st.events, st.tick, 'info', 'orch.ev.pending', { ...r.why.params });
    }
  }
  return bound;
}

/** Stop and remove the containers of the pods that ended; add those of the pods just bound. */
function applyToWorld(st: OrchWorld, ctx: Ctx, gone: Pod[], bound: Pod[]): void {
  const at = new Map(st.topology.containers.map((c, i) => [c.id, i]));
  const rm = new Set<string>();
  for (const p of gone) {
    const i = at.get(p.id);
    if (i === undefined) continue;
    if (st.ctPower[i] !== POWER.off) stopContainer(st, i);
    st.ctPending[i] = 0;
    rm.add(p.id);
  }
  if (rm.size > 0) ctx.edit(st, (s) => ({ ...s, containers: s.containers.filter((c) => !rm.has(c.id)) }));
  const adds = bound.flatMap((p) => containerOf(st, p) ?? []);
  if (adds.length === 0) return;
  const r = ctx.edit(st, (s) => ({ ...s, containers: [...s.containers, ...adds] }));
  for (const p of bound) {
    const i = st.topology.containers.findIndex((c) => c.id === p.id);
    if (r.ok && i >= 0) {
      st.ctPending[i] = 1;
      continue;
    }
    p.phase = 'Pending';
    p.node = '';
    p.reason = r.ok ? { key: 'orch.why.noContainer', params: { pod: p.id } } : r.reason;
  }
}

export function stepOrch(st: OrchWorld, ctx: Ctx): void {
  const o = st.orch;
  if (o.deps.length === 0) return;
  const gone = observe(st, new Map(st.topology.containers.map((c, i) => [c.id, i])));
  if (gone.length > 0) o.pods = o.pods.filter((p) => !gone.includes(p));
  const sync = st.tick % HPA_SYNC_MS === 0;
  o.deps.forEach((d, k) => {
    if (sync) autoscale(st, d, counts(o.pods.filter((p) => p.dep === k)).ready);
    reconcileDeployment(st, k, d);
  });
  applyToWorld(st, ctx, gone, schedulePending(st));
}
