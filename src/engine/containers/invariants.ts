/**
 * What must hold of the container runtime after every tick: one record per container
 * and per VM, aligned with the topology; every pull is for a container that exists and
 * is not yet running, and exactly those containers hold a pending reservation in the
 * kernel; no layer is cached twice on one engine.
 */
import { POWER } from '../kernel/codes';
import type { CtWorld } from './state';

export function containerInvariants(st: CtWorld): string[] {
  const out: string[] = [];
  const t = st.topology;
  const cs = st.containers;
  if (cs.rev !== t.rev || cs.cts.length !== t.containers.length || cs.vms.length !== t.vms.length) out.push('container records do not match the topology');
  t.containers.forEach((c, i) => {
    if (cs.cts[i]?.id !== c.id) out.push(`container record ${i} is ${cs.cts[i]?.id}, not ${c.id}`);
    const pulling = cs.pulls.some((p) => p.container === c.id);
    if ((st.ctPending[i] === 1) !== pulling) out.push(`container ${c.id} ${pulling ? 'pulls without' : 'holds'} a pending reservation`);
  });
  for (const p of cs.pulls) {
    const i = t.containers.findIndex((c) => c.id === p.container);
    if (i < 0) out.push(`pull for missing container ${p.container}`);
    else if (st.ctPower[i] !== POWER.off) out.push(`container ${p.container} runs before its image is pulled`);
  }
  for (const c of cs.cache) {
    if (c.layers.some((l, i) => c.layers.indexOf(l) !== i)) out.push(`engine ${c.engine} caches a layer twice`);
  }
  return out;
}
