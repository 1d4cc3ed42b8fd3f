/**
 * The one way a command changes a host's hypervisor settings (type, technique, CPU
 * policy and timeslice, memory options): edit the scenario, so the change survives
 * rebuilds, replays and share links, and narrate it. Used by several subsystems'
 * command tables.
 */
import type { Scenario } from '../scenario/schema';
import { reject, type Ctx, type Outcome } from './contract';
import { pushEvent } from './events';
import type { World } from './world';

export type HypervisorSpecOf = Scenario['hosts'][number]['hypervisor'];

export function editHypervisor(st: World, ctx: Ctx, id: string, edit: (hv: HypervisorSpecOf) => HypervisorSpecOf, eventKey: string, value: string | number): Outcome {
  const h = st.topology.hosts.findIndex((x) => x.id === id);
  const host = st.topology.hosts[h];
  if (host === undefined) return reject('reason.noSuchHost', { host: id });
  const r = ctx.edit(st, (s) => ({ ...s, hosts: s.hosts.map((x, j) => (j === h ? { ...x, hypervisor: edit(x.hypervisor) } : x)) }));
  if (r.ok) pushEvent(st.events, st.tick, 'info', eventKey, { host: host.name, value });
  return r;
}
