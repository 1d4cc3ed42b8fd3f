/**
 * The horizontal autoscaler, once per HPA_SYNC_MS: the ready replicas share the offered
 * load, each using at most its CPU limit; their use as a share of their requests against
 * the target gives the replicas wanted, ceil(ready x use / target), within min and max
 * (no change within the 10 % tolerance). More replicas take effect at once; fewer only
 * when every recommendation of the stabilisation window agrees (the highest is taken),
 * so a short dip does not remove replicas. The same pass records the history strip.
 */
import { pushEvent } from '../kernel/events';
import { HPA_STABILIZE_MS, HPA_TOLERANCE, ORCH_HISTORY } from './model';
import type { Deployment, OrchWorld } from './state';

/** CPU use of the ready replicas, % of their requests (each at most its limit). */
export function utilisation(d: Deployment, ready: number): number {
  if (ready === 0) return 0;
  const each = Math.min(d.loadM / ready, d.spec.cpuLimitM);
  return Math.round((each / d.spec.cpuRequestM) * 100);
}

function record(d: Deployment, tick: number, ready: number): void {
  const sample = { tick, desired: d.desired, ready, utilPct: d.utilPct };
  if (d.history.length < ORCH_HISTORY) d.history.push(sample);
  else {
    d.history[d.histAt] = sample;
    d.histAt = (d.histAt + 1) % ORCH_HISTORY;
  }
}

export function autoscale(st: OrchWorld, d: Deployment, ready: number): void {
  d.utilPct = utilisation(d, ready);
  const a = d.spec.autoscale;
  if (a !== undefined && d.hpaOn && ready > 0) {
    const ratio = d.utilPct / a.targetPct;
    const raw = Math.abs(ratio - 1) <= HPA_TOLERANCE ? d.desired : Math.ceil(ready * ratio);
    const rec = Math.min(a.max, Math.max(a.min, raw));
    d.recs[d.recAt] = rec;
    d.recAt = (d.recAt + 1) % d.recs.length;
    const from = d.desired;
    const held = Math.max(...d.recs);
    const to = rec > from ? rec : Math.min(from, held);
    if (to !== from) {
      d.desired = to;
      const params = { dep: d.spec.name, util: d.utilPct, target: a.targetPct, from, to, s: HPA_STABILIZE_MS / 1000 };
      pushEvent(st.events, st.tick, 'info', to > from ? 'orch.ev.scaleUp' : 'orch.ev.scaleDown', params);
    }
  }
  record(d, st.tick, ready);
}
