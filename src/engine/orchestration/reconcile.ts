/**
 * The controllers' pass over the pods and deployments, every ORCH_PERIOD_MS:
 * - the kubelet's view of each pod: its container started (Ready), exited (restarted in
 *   place after a back-off, as restartPolicy Always does), or its node failed (the pod is
 *   lost and the deployment replaces it elsewhere; a container removed or moved off its
 *   node by hand is no longer the pod's, which ends too); a terminating pod ends after its grace;
 * - the deployment controller: as many pods as desired (new ones Pending until the
 *   scheduler binds them), the extras terminated (Pending first, then Starting, then those
 *   on the node with most replicas, newest first); during a rolling update, new-version
 *   pods are added while the total stays within desired + maxSurge, and an old one is
 *   terminated only while the ready ones stay at least desired - maxUnavailable.
 * Every decision is an event with its reason. Mutates the state; returns what ends.
 */
import { POWER } from '../kernel/codes';
import { pushEvent } from '../kernel/events';
import { RESTART_BACKOFF_MS, TERMINATE_MS, type PodPhase } from './model';
import type { Deployment, OrchWorld, Pod } from './state';

const RANK: Record<PodPhase, number> = { Pending: 0, Starting: 1, Terminating: 3, Ready: 2 };

function setPhase(p: Pod, phase: PodPhase, tick: number): void {
  p.phase = phase;
  p.since = tick;
}

/** Watch each pod's container; returns the pods that are over (their containers to remove). */
export function observe(st: OrchWorld, at: ReadonlyMap<string, number>): Pod[] {
  const gone: Pod[] = [];
  for (const p of st.orch.pods) {
    if (p.phase === 'Pending') continue;
    const i = at.get(p.id) ?? -1;
    const name = st.orch.deps[p.dep]?.spec.name ?? '';
    if (p.phase === 'Terminating') {
      if (st.tick - p.since >= TERMINATE_MS || p.node === '') gone.push(p);
      continue;
    }
    if (i < 0) {
      pushEvent(st.events, st.tick, 'info', 'orch.ev.removed', { pod: p.id, dep: name });
      gone.push(p);
    } else if (st.topology.hosts[st.topology.containers[i]?.host ?? -1]?.id !== p.node) {
      pushEvent(st.events, st.tick, 'info', 'orch.ev.moved', { pod: p.id, node: p.node, dep: name });
      gone.push(p);
    } else if (st.failedHosts.includes(p.node)) {
      pushEvent(st.events, st.tick, 'info', 'orch.ev.nodeLost', { pod: p.id, node: p.node, dep: name });
      gone.push(p);
    } else if (p.restartAt >= 0) {
      if (st.tick >= p.restartAt) {
        p.restartAt = -1;
        p.reason = null;
        st.ctPending[i] = 1;
      }
    } else if (st.ctPower[i] === POWER.on && p.phase === 'Starting') {
      setPhase(p, 'Ready', st.tick);
    } else if (st.ctPower[i] === POWER.off && st.ctPending[i] !== 1) {
      p.restarts += 1;
      p.restartAt = st.tick + RESTART_BACKOFF_MS;
      p.reason = { key: 'orch.why.backoff', params: { s: RESTART_BACKOFF_MS / 1000, restarts: p.restarts } };
      setPhase(p, 'Starting', st.tick);
      pushEvent(st.events, st.tick, 'info', 'orch.ev.exited', { pod: p.id, node: p.node, restarts: p.restarts, s: RESTART_BACKOFF_MS / 1000 });
    }
  }
  return gone;
}

function newPod(st: OrchWorld, dep: number, version: string): Pod {
  const d = st.orch.deps[dep];
  const used = new Set(st.topology.containers.map((c) => c.id));
  let id = '';
  do {
    id = `${d?.spec.id ?? 'pod'}-${st.orch.nextSeq}`;
    st.orch.nextSeq += 1;
  } while (used.has(id));
  const p: Pod = { id, dep, version, node: '', phase: 'Pending', since: st.tick, restarts: 0, reason: null, seq: st.orch.nextSeq, restartAt: -1 };
  st.orch.pods.push(p);
  return p;
}

/** Terminate up to `n` of `pods` (the cheapest to lose first); `ok(p)` may veto one. */
function terminate(st: OrchWorld, pods: Pod[], n: number, why: string, ok: (p: Pod) => boolean = () => true): void {
  const perNode = new Map<string, number>();
  for (const p of pods) perNode.set(p.node, (perNode.get(p.node) ?? 0) + 1);
  const order = pods.toSorted((a, b) => RANK[a.phase] - RANK[b.phase] || (perNode.get(b.node) ?? 0) - (perNode.get(a.node) ?? 0) || b.seq - a.seq);
  let left = n;
  for (const p of order) {
    if (left <= 0) break;
    if (!ok(p)) continue;
    const was = p.phase;
    setPhase(p, 'Terminating', st.tick);
    p.restartAt = -1;
    p.reason = null;
    left -= 1;
    pushEvent(st.events, st.tick, 'info', why, { pod: p.id, node: p.node === '' ? '-' : p.node, phase: `orch.phase.${was}`, dep: st.orch.deps[p.dep]?.spec.name ?? '' });
  }
}

export function counts(pods: readonly Pod[]): { alive: number; ready: number } {
  let alive = 0;
  let ready = 0;
  for (const p of pods) {
    if (p.phase === 'Terminating') continue;
    alive += 1;
    if (p.phase === 'Ready') ready += 1;
  }
  return { alive, ready };
}

/** The deployment controller for deployment `k`: create or terminate pods toward what it asks for. */
export function reconcileDeployment(st: OrchWorld, k: number, d: Deployment): void {
  const mine = st.orch.pods.filter((p) => p.dep === k && p.phase !== 'Terminating');
  const fresh = mine.filter((p) => p.version === d.version);
  const old = mine.filter((p) => p.version !== d.version);
  if (old.length === 0) {
    if (d.rolling) {
      d.rolling = false;
      pushEvent(st.events, st.tick, 'info', 'orch.ev.rolledOut', { dep: d.spec.name, version: d.version, replicas: fresh.length, min: d.rolloutMinAvailable });
    }
    for (let n = mine.length; n < d.desired; n++) newPod(st, k, d.version);
    if (mine.length > d.desired) terminate(st, mine, mine.length - d.desired, 'orch.ev.scaledIn');
    return;
  }
  const { ready } = counts(mine);
  d.rolloutMinAvailable = d.rolloutMinAvailable < 0 ? ready : Math.min(d.rolloutMinAvailable, ready);
  let alive = mine.length;
  let freshAlive = fresh.length;
  if (freshAlive > d.desired) {
    terminate(st, fresh, freshAlive - d.desired, 'orch.ev.scaledIn');
    freshAlive = d.desired;
  }
  while (alive < d.desired + d.spec.maxSurge && freshAlive < d.desired) {
    newPod(st, k, d.version);
    alive += 1;
    freshAlive += 1;
  }
  let readyNow = ready;
  const floor = d.desired - d.spec.maxUnavailable;
  terminate(st, old, old.length, 'orch.ev.replaced', (p) => {
    if (p.phase !== 'Ready') return true;
    if (readyNow - 1 < floor) return false;
    readyNow -= 1;
    return true;
  });
}
