/**
 * The orchestrator's state: per deployment what it asks for now (replicas, version, load:
 * runtime values the controllers and commands change, first taken from the scenario),
 * the autoscaler's recent recommendations and the history strip; and every replica (a
 * pod: one container) with its node and phase. A pod's container is a scenario container
 * of the same id, added by the orchestrator when the pod is bound to a node and removed
 * when it ends. Carried across edits by ids.
 */
import { HOST_RESERVED_MIB } from '../kernel/capacity';
import type { World } from '../kernel/world';
import type { DeploymentSpec } from '../scenario/orchestration';
import { HPA_STABILIZE_MS, HPA_SYNC_MS, type HistorySample, type NodeSnapshot, type PodSnapshot } from './model';

export interface Deployment {
  spec: DeploymentSpec;
  desired: number;
  version: string;
  loadM: number;
  utilPct: number;
  hpaOn: boolean;
  /** Scale-down recommendations of the last HPA_STABILIZE_MS (a ring, -1 empty). */
  recs: number[];
  recAt: number;
  /** Ring of samples, oldest at histAt once full. */
  history: HistorySample[];
  histAt: number;
  rolling: boolean;
  rolloutMinAvailable: number;
}

export interface Pod extends PodSnapshot {
  /** Sequence number (newer pods have larger ones). */
  seq: number;
  /** Tick its container restarts (after an exit), or -1. */
  restartAt: number;
}

export interface OrchState {
  deps: Deployment[];
  pods: Pod[];
  nextSeq: number;
}

export type OrchWorld = World & { orch: OrchState };

/** An autoscaled deployment's replicas stay within its bounds (the autoscaler clamps them first thing). */
export function clampToAutoscale(spec: DeploymentSpec, n: number): number {
  const a = spec.autoscale;
  return a === undefined ? n : Math.min(a.max, Math.max(a.min, n));
}

export function newDeployment(spec: DeploymentSpec): Deployment {
  return {
    spec, desired: clampToAutoscale(spec, spec.replicas), version: spec.version, loadM: spec.loadM, utilPct: 0, hpaOn: spec.autoscale !== undefined,
    recs: Array.from({ length: HPA_STABILIZE_MS / HPA_SYNC_MS }, () => -1), recAt: 0,
    history: [], histAt: 0, rolling: false, rolloutMinAvailable: -1,
  };
}

export function buildOrch(w: World): OrchState {
  return { deps: w.scenario.deployments.map(newDeployment), pods: [], nextSeq: 1 };
}

/** The same deployments keep their runtime values and pods (by id); a removed deployment's pods are dropped. */
export function carryOrch(prev: OrchState, next: World): OrchState {
  const old = new Map(prev.deps.map((d) => [d.spec.id, d]));
  const deps = next.scenario.deployments.map((spec) => {
    const o = old.get(spec.id);
    return o === undefined ? newDeployment(spec) : { ...o, spec, recs: [...o.recs], history: o.history.map((h) => ({ ...h })) };
  });
  const index = new Map(deps.map((d, i) => [d.spec.id, i]));
  const pods = prev.pods.flatMap((p) => {
    const i = index.get(prev.deps[p.dep]?.spec.id ?? '');
    return i === undefined ? [] : [{ ...p, dep: i }];
  });
  return { deps, pods, nextSeq: prev.nextSeq };
}

/** The hosts a deployment may use (indices). */
export function nodesOf(st: World, spec: DeploymentSpec): number[] {
  const hosts = st.topology.hosts;
  if (spec.nodes === undefined) return hosts.map((_, i) => i);
  return hosts.flatMap((h, i) => (spec.nodes?.includes(h.id) === true ? [i] : []));
}

/** Every host some deployment may use, with what it offers and what its pods request. */
export function nodeFigures(st: OrchWorld): NodeSnapshot[] {
  const { deps, pods } = st.orch;
  if (deps.length === 0) return [];
  const used = new Set(deps.flatMap((d) => nodesOf(st, d.spec)));
  return st.topology.hosts.flatMap((h, i) => {
    if (!used.has(i)) return [];
    let cpu = 0;
    let mem = 0;
    for (const p of pods) {
      if (p.node !== h.id) continue;
      const spec = deps[p.dep]?.spec;
      cpu += spec?.cpuRequestM ?? 0;
      mem += spec?.memRequestMiB ?? 0;
    }
    return [{ id: h.id, name: h.name, cpuM: h.pcpuCount * 1000, memMiB: h.memoryMiB - HOST_RESERVED_MIB, cpuRequestedM: cpu, memRequestedMiB: mem, failed: st.failedHosts.includes(h.id) }];
  });
}
