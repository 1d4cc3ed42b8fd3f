/**
 * Network commands: move a vNIC to another VLAN (port group). Everything is checked
 * before the scenario is edited, so a rejected command changes nothing.
 */
import { reject, type CommandTable, type CommandOf, type Ctx, type Outcome } from '../kernel/contract';
import { pushEvent } from '../kernel/events';
import type { NetWorld } from './net';

function setVnicVlan(st: NetWorld, cmd: CommandOf<'setVnicVlan'>, ctx: Ctx): Outcome {
  const vm = st.scenario.vms.find((v) => v.id === cmd.vm);
  if (vm === undefined) return reject('reason.noSuchVm', { vm: cmd.vm });
  const nic = vm.vnics.find((n) => n.id === cmd.vnic);
  if (nic === undefined) return reject('network.reason.noSuchVnic', { vnic: cmd.vnic, vm: vm.name });
  if (nic.vlan === cmd.vlan) return reject('network.reason.sameVlan', { vnic: nic.id, vlan: cmd.vlan });
  const r = ctx.edit(st, (s) => ({
    ...s,
    vms: s.vms.map((v) => (v.id !== vm.id ? v : { ...v, vnics: v.vnics.map((n) => (n.id === nic.id ? { ...n, vlan: cmd.vlan } : n)) })),
  }));
  if (r.ok) pushEvent(st.events, st.tick, 'info', 'network.event.vlanChanged', { vnic: nic.id, vm: vm.name, from: nic.vlan, to: cmd.vlan });
  return r;
}

export const netCommands = { setVnicVlan } satisfies CommandTable<NetWorld>;
