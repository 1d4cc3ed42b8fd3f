/**
 * What must hold of the fleet after every tick: a migration refers to a powered VM
 * sitting on its source host during pre-copy and on its destination during
 * stop-and-copy, with a full page grid; every pull is for a container that exists
 * and is not yet running; no layer is cached twice on one engine.
 */
import { POWER, type SimState } from '../state';
import { GRID_PAGES } from './precopy';

export function fleetInvariants(st: SimState): string[] {
  const out: string[] = [];
  const t = st.topology;
  const m = st.fleet.cl.migration;
  if (m === null && st.fleet.ct.pulls.length === 0 && st.fleet.ct.cache.length === 0) return out;
  if (m !== null) {
    const i = t.vms.findIndex((v) => v.id === m.vm);
    const vm = t.vms[i];
    const host = t.hosts[vm?.host ?? -1]?.id;
    if (vm === undefined || st.vmPower[i] === POWER.off) out.push(`migration of ${m.vm}, which is not running`);
    else if (host !== (m.phase === 'precopy' ? m.from : m.to)) out.push(`migrating ${m.vm} is on ${host} during ${m.phase}`);
    if (m.pages.length !== GRID_PAGES) out.push('migration page grid has the wrong size');
  }
  for (const p of st.fleet.ct.pulls) {
    const i = t.containers.findIndex((c) => c.id === p.container);
    if (i < 0) out.push(`pull for missing container ${p.container}`);
    else if (st.ctPower[i] !== POWER.off) out.push(`container ${p.container} runs before its image is pulled`);
  }
  for (const c of st.fleet.ct.cache) {
    if (c.layers.some((l, i) => c.layers.indexOf(l) !== i)) out.push(`engine ${c.engine} caches a layer twice`);
  }
  return out;
}
