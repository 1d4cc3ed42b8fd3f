/**
 * The fleet: the one SimState field shared by the container runtime
 * (src/engine/containers) and the cluster (src/engine/cluster). `stepFleet` is their
 * one call per tick; it may rebuild the state (a VM changing host during a live
 * migration), in which case the rebuilt fields are adopted in place, exactly as the
 * sim loop does for a scripted topology change.
 */
import type { Scenario } from '../scenario/schema';
import type { SimState } from '../state';
import type { Topology } from '../kernel/topology';
import { createContainersState, type ContainersState } from '../containers/state';
import { stepContainers } from '../containers/step';
import { createClusterState, type ClusterState } from './state';
import { stepCluster } from './step';

export interface FleetState {
  ct: ContainersState;
  cl: ClusterState;
}

export function createFleet(s: Scenario, t: Topology): FleetState {
  return { ct: createContainersState(s, t), cl: createClusterState(s, t) };
}

/** One tick of the container runtime and the cluster (mutates st). */
export function stepFleet(st: SimState): void {
  const { ct, cl } = st.fleet;
  // Fast path: between the 10 ms samples, only a pull or a migration has per-tick work.
  if (st.tick % 10 !== 0 && ct.pulls.length === 0 && ct.quotaIdx.length === 0 && cl.migration === null && cl.queue.length === 0) return;
  stepContainers(st);
  const rebuilt = stepCluster(st);
  if (rebuilt !== null) Object.assign(st, rebuilt);
}
