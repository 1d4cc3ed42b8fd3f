/**
 * The orchestration part's digest (a leaf: digest.ts folds snapshots on the main thread
 * without the simulation). A world without deployments folds nothing, so every digest
 * recorded before orchestration existed stays valid.
 */
import { foldText } from '../kernel/digest';
import type { OrchSnapshot } from './model';

export function digestOrchPart(part: { orch: OrchSnapshot }, h: number): number {
  if (part.orch.deps.length === 0) return h;
  const deps = part.orch.deps.map((d) => [d.id, d.version, d.desired, d.ready, d.loadM, d.utilPct, d.hpaOn ? 1 : 0, d.rolling ? 1 : 0, d.rolloutMinAvailable, d.history.map((x) => `${x.tick}:${x.desired}:${x.ready}:${x.utilPct}`).join(',')]);
  const pods = part.orch.pods.map((p) => [p.id, p.dep, p.version, p.node, p.phase, p.since, p.restarts, p.reason?.key ?? '']);
  const nodes = part.orch.nodes.map((n) => [n.id, n.cpuRequestedM, n.memRequestedMiB, n.failed ? 1 : 0]);
  return foldText(h, JSON.stringify({ deps, pods, nodes }));
}
