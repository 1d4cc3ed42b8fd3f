/**
 * Network commands: move a vNIC to another VLAN (port group). Everything is checked
 * before the scenario is edited, so a rejected command changes nothing.
 */
import { pushEvent } from '../kernel/events';
import type { Scenario } from '../scenario/schema';
import type { SimState } from '../state';
import type { Message } from '../kernel/types';

type Outcome = { ok: true; state: SimState } | { ok: false; reason: Message };
type WithScenario = (st: SimState, edit: (s: Scenario) => Scenario) => Outcome;

export function setVnicVlan(st: SimState, cmd: { vm: string; vnic: string; vlan: number }, withScenario: WithScenario): Outcome {
  const vm = st.scenario.vms.find((v) => v.id === cmd.vm);
  if (vm === undefined) return { ok: false, reason: { key: 'reason.noSuchVm', params: { vm: cmd.vm } } };
  const nic = vm.vnics.find((n) => n.id === cmd.vnic);
  if (nic === undefined) return { ok: false, reason: { key: 'network.reason.noSuchVnic', params: { vnic: cmd.vnic, vm: vm.name } } };
  if (nic.vlan === cmd.vlan) return { ok: false, reason: { key: 'network.reason.sameVlan', params: { vnic: nic.id, vlan: cmd.vlan } } };
  const r = withScenario(st, (s) => ({
    ...s,
    vms: s.vms.map((v) => (v.id !== vm.id ? v : { ...v, vnics: v.vnics.map((n) => (n.id === nic.id ? { ...n, vlan: cmd.vlan } : n)) })),
  }));
  if (r.ok) pushEvent(r.state.events, st.tick, 'info', 'network.event.vlanChanged', { vnic: nic.id, vm: vm.name, from: nic.vlan, to: cmd.vlan });
  return r;
}
