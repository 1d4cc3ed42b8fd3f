/**
 * What must hold of the cluster after every tick: its per-VM demand is aligned with the
 * topology, and a migration refers to a powered VM sitting on its source host during
 * pre-copy and on its destination during stop-and-copy, with a full page grid.
 */
import { POWER } from '../kernel/codes';
import { GRID_PAGES } from './precopy';
import type { ClusterWorld } from './state';

export function clusterInvariants(st: ClusterWorld): string[] {
  const out: string[] = [];
  const t = st.topology;
  const cl = st.cluster;
  if (cl.rev !== t.rev || cl.vmDemand.length !== t.vms.length || cl.vmIds.some((id, i) => t.vms[i]?.id !== id)) out.push('cluster demand records do not match the VMs');
  const m = cl.migration;
  if (m !== null) {
    const i = t.vms.findIndex((v) => v.id === m.vm);
    const vm = t.vms[i];
    const host = t.hosts[vm?.host ?? -1]?.id;
    if (vm === undefined || st.vmPower[i] === POWER.off) out.push(`migration of ${m.vm}, which is not running`);
    else if (host !== (m.phase === 'precopy' ? m.from : m.to)) out.push(`migrating ${m.vm} is on ${host} during ${m.phase}`);
    if (m.pages.length !== GRID_PAGES) out.push('migration page grid has the wrong size');
  }
  return out;
}
