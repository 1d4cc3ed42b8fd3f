/**
 * Orchestration in the scenario language (`deployments`): a Kubernetes-like Deployment
 * of identical container replicas on a cluster of container hosts (the nodes).
 * - `image` and `version` name the container image (`<image>:<version>`);
 * - each replica requests CPU (millicores) and memory (MiB): the scheduler places it only
 *   where the requests still fit; its limits become the container's cgroup CPU quota and
 *   memory limit (the container runtime enforces them);
 * - `maxSurge` / `maxUnavailable` pace a rolling update;
 * - `autoscale` (optional) is a horizontal autoscaler: replicas follow the CPU use against
 *   a target share of the requests, between `min` and `max`;
 * - `loadM` is the offered load (millicores of work the service receives, shared by the
 *   ready replicas).
 * `checkDeploymentRefs` checks what a shape cannot: the nodes exist, ids are unique, a
 * replica's container names a deployment that exists. `dropOrphanReplicas` is what an edit
 * that removes a deployment does to its replicas: as deleting a Kubernetes Deployment deletes
 * its pods, their containers go with it.
 */
import { z } from '../zod';
import { idSchema, nameSchema, workloadSchema } from './parts';

export const versionSchema = z.string().regex(/^[0-9a-z][0-9a-z.-]{0,15}$/);

export const autoscaleSchema = z.strictObject({
  min: z.int().min(1).max(32),
  max: z.int().min(1).max(32),
  /** Target CPU use, % of the requests. */
  targetPct: z.int().min(10).max(100).default(60),
});

export const deploymentSchema = z.strictObject({
  id: idSchema,
  name: nameSchema,
  image: z.string().regex(/^[a-z0-9][a-z0-9./-]{0,63}$/),
  version: versionSchema,
  replicas: z.int().min(0).max(32),
  /** Hosts the replicas may run on (all hosts when absent). */
  nodes: z.array(idSchema).max(16).optional(),
  cpuRequestM: z.int().min(50).max(64_000).default(500),
  cpuLimitM: z.int().min(50).max(64_000).default(1000),
  memRequestMiB: z.int().min(16).max(65_536).default(512),
  memLimitMiB: z.int().min(16).max(65_536).default(512),
  workload: workloadSchema.default('web'),
  maxSurge: z.int().min(0).max(8).default(1),
  maxUnavailable: z.int().min(0).max(8).default(0),
  autoscale: autoscaleSchema.optional(),
  loadM: z.int().min(0).max(1_000_000).default(0),
});

export type DeploymentSpec = z.output<typeof deploymentSchema>;

interface Issue {
  path: (string | number)[];
  key: string;
  params: Record<string, string | number>;
  message: string;
}

/** The scenario without the containers of replicas whose deployment is gone (the same object when there are none). */
export function dropOrphanReplicas<S extends { containers: { deployment?: string | undefined }[]; deployments: DeploymentSpec[] }>(s: S): S {
  const deps = new Set(s.deployments.map((d) => d.id));
  const kept = s.containers.filter((c) => c.deployment === undefined || deps.has(c.deployment));
  return kept.length === s.containers.length ? s : { ...s, containers: kept };
}

export function checkDeploymentRefs(s: { hosts: { id: string }[]; containers: { deployment?: string | undefined }[]; deployments: DeploymentSpec[] }, out: Issue[]): void {
  const hosts = new Set(s.hosts.map((h) => h.id));
  const seen = new Set<string>();
  s.deployments.forEach((d, i) => {
    if (seen.has(d.id)) out.push({ path: ['deployments', i, 'id'], key: 'error.ref.duplicate', params: { id: d.id }, message: `duplicate id "${d.id}"` });
    seen.add(d.id);
    (d.nodes ?? []).forEach((n, j) => {
      if (!hosts.has(n)) out.push({ path: ['deployments', i, 'nodes', j], key: 'error.ref.unknown', params: { kind: 'schema.kind.host', id: n }, message: `no host with id "${n}"` });
    });
    if (d.maxSurge === 0 && d.maxUnavailable === 0) out.push({ path: ['deployments', i, 'maxSurge'], key: 'orch.error.noRollout', params: { id: d.id }, message: `deployment "${d.id}": maxSurge and maxUnavailable cannot both be 0` });
    if (d.cpuLimitM < d.cpuRequestM || d.memLimitMiB < d.memRequestMiB) out.push({ path: ['deployments', i], key: 'orch.error.limitBelowRequest', params: { id: d.id }, message: `deployment "${d.id}": a limit below its request` });
    const a = d.autoscale;
    if (a !== undefined && a.min > a.max) out.push({ path: ['deployments', i, 'autoscale'], key: 'orch.error.minOverMax', params: { id: d.id }, message: `deployment "${d.id}": autoscale min above max` });
  });
  s.containers.forEach((c, i) => {
    if (c.deployment !== undefined && !seen.has(c.deployment)) out.push({ path: ['containers', i, 'deployment'], key: 'error.ref.unknown', params: { kind: 'schema.kind.deployment', id: c.deployment }, message: `no deployment with id "${c.deployment}"` });
  });
}
