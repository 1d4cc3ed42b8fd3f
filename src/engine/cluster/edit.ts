/**
 * A scenario edit applied to a running state: check references, rebuild the state
 * around the new scenario (every VM and container keeps its progress, keyed by id)
 * and realign the fleet's per-VM and per-container records. A VM changes host this
 * way: its vCPUs must be off or paused first, so no pCPU or queue refers to them.
 */
import { checkReferences, type Scenario } from '../scenario/schema';
import { rebuildState, type SimState } from '../state';
import type { Message } from '../kernel/types';
import { syncContainers } from '../containers/state';
import { syncCluster } from './state';

export type EditOutcome = { ok: true; state: SimState } | { ok: false; reason: Message };

export function editScenario(st: SimState, edit: (s: Scenario) => Scenario): EditOutcome {
  const scenario = edit(st.scenario);
  const issues = checkReferences(scenario);
  const first = issues[0];
  if (first !== undefined) return { ok: false, reason: { key: first.key, params: first.params } };
  const next = rebuildState(st, scenario);
  syncContainers(next.fleet.ct, next.topology, next.scenario);
  syncCluster(next.fleet.cl, next.topology);
  return { ok: true, state: next };
}

export const rejectWith = (key: string, params: Record<string, string | number> = {}): { ok: false; reason: Message } => ({ ok: false, reason: { key, params } });
