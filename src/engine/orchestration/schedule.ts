/**
 * The scheduler: a pod goes to a node where its requests still fit (CPU millicores and
 * memory against what the node offers, minus what the pods already bound there request;
 * a failed node offers nothing). Among those it takes the one with the most room left
 * (the smaller of its free CPU and free memory shares, as Kubernetes' LeastAllocated
 * score), then the one with fewer replicas of the same deployment (spreading), then the
 * first. A pod that fits nowhere stays Pending with the numbers that say why.
 */
import type { Message } from '../kernel/types';
import type { DeploymentSpec } from '../scenario/orchestration';
import type { NodeSnapshot } from './model';

export type Placement = { ok: true; node: NodeSnapshot; why: Message } | { ok: false; why: Message };

const cores = (m: number): number => Math.round(m / 100) / 10;
const gib = (mib: number): number => Math.round(mib / 102.4) / 10;

/** Pick a node for one pod of `spec` named `pod`; `mine(node)` counts that deployment's pods there. */
export function place(nodes: readonly NodeSnapshot[], allowed: ReadonlySet<string>, spec: DeploymentSpec, pod: string, mine: (node: string) => number): Placement {
  let best: NodeSnapshot | undefined;
  let bestScore = -1;
  let failed = 0;
  let full = 0;
  for (const n of nodes) {
    if (!allowed.has(n.id)) continue;
    if (n.failed) {
      failed += 1;
      continue;
    }
    const cpuLeft = n.cpuM - n.cpuRequestedM - spec.cpuRequestM;
    const memLeft = n.memMiB - n.memRequestedMiB - spec.memRequestMiB;
    if (cpuLeft < 0 || memLeft < 0) {
      full += 1;
      continue;
    }
    const score = Math.min(cpuLeft / n.cpuM, memLeft / n.memMiB);
    const better = best === undefined || score > bestScore + 1e-9 || (Math.abs(score - bestScore) <= 1e-9 && mine(n.id) < mine(best.id));
    if (better) {
      best = n;
      bestScore = score;
    }
  }
  if (best === undefined) {
    return { ok: false, why: { key: 'orch.why.noFit', params: { pod, cpu: cores(spec.cpuRequestM), mem: gib(spec.memRequestMiB), nodes: allowed.size, failed, full } } };
  }
  const cpu = cores(best.cpuRequestedM + spec.cpuRequestM);
  const free = gib(best.memMiB - best.memRequestedMiB - spec.memRequestMiB);
  return { ok: true, node: best, why: { key: 'orch.why.fit', params: { pod, node: best.name, cpu, cores: cores(best.cpuM), free } } };
}

/** Book a placed pod's requests on its node (so the next pod of the same pass sees them). */
export function book(n: NodeSnapshot, spec: DeploymentSpec): void {
  n.cpuRequestedM += spec.cpuRequestM;
  n.memRequestedMiB += spec.memRequestMiB;
}
