/** The orchestrator's snapshot part: plain, small objects; the history strip oldest first. */
import type { OrchSnapshot } from './model';
import { counts } from './reconcile';
import { nodeFigures, type OrchWorld } from './state';

export function orchSnapshot(st: OrchWorld): { orch: OrchSnapshot } {
  const { deps, pods } = st.orch;
  return {
    orch: {
      deps: deps.map((d, k) => {
        const { ready } = counts(pods.filter((p) => p.dep === k));
        const s = d.spec;
        const history = d.history.map((_, i) => ({ ...(d.history[(d.histAt + i) % d.history.length] ?? { tick: 0, desired: 0, ready: 0, utilPct: 0 }) }));
        return {
          id: s.id, name: s.name, image: s.image, version: d.version, desired: d.desired, ready, available: ready, loadM: d.loadM, utilPct: d.utilPct,
          cpuRequestM: s.cpuRequestM, cpuLimitM: s.cpuLimitM, memRequestMiB: s.memRequestMiB, memLimitMiB: s.memLimitMiB, maxSurge: s.maxSurge, maxUnavailable: s.maxUnavailable,
          autoscale: s.autoscale === undefined ? null : { ...s.autoscale }, hpaOn: d.hpaOn, rolling: d.rolling, rolloutMinAvailable: d.rolloutMinAvailable, history,
        };
      }),
      pods: pods.map((p) => ({ id: p.id, dep: p.dep, version: p.version, node: p.node, phase: p.phase, since: p.since, restarts: p.restarts, reason: p.reason === null ? null : { key: p.reason.key, params: { ...p.reason.params } } })),
      nodes: nodeFigures(st),
    },
  };
}
