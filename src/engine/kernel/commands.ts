/**
 * The kernel's own commands: power (start and stop a VM or a container, through the
 * lifecycle) and the shape of the world (add or remove a VM, change what a VM runs).
 * The same handler signature and Outcome as every subsystem's command table.
 */
import { POWER } from './codes';
import { reject, OK, type CommandTable, type Ctx, type Outcome } from './contract';
import { pushEvent } from './events';
import { bootVm, startContainer, stopContainer, stopVm } from './lifecycle';
import { phaseCode } from './workload';
import type { World } from './world';

function powerVm(st: World, ctx: Ctx, id: string, on: boolean): Outcome {
  const i = st.topology.vms.findIndex((v) => v.id === id);
  const vm = st.topology.vms[i];
  if (vm === undefined) return reject('reason.noSuchVm', { vm: id });
  const isOff = st.vmPower[i] === POWER.off;
  if (on && !isOff) return reject('reason.vmAlreadyOn', { vm: vm.name });
  if (!on && isOff) return reject('reason.vmAlreadyOff', { vm: vm.name });
  if (on) {
    bootVm(st, ctx, i, true);
    return OK;
  }
  stopVm(st, i);
  pushEvent(st.events, st.tick, 'info', 'event.vmStopped', { vm: vm.name });
  return OK;
}

function powerContainer(st: World, ctx: Ctx, id: string, on: boolean): Outcome {
  const i = st.topology.containers.findIndex((c) => c.id === id);
  const c = st.topology.containers[i];
  if (c === undefined) return reject('reason.noSuchContainer', { container: id });
  const isOff = st.ctPower[i] === POWER.off;
  if (on && !isOff) return reject('reason.containerAlreadyOn', { container: c.name });
  if (!on && isOff) return reject('reason.containerAlreadyOff', { container: c.name });
  if (on && c.vm >= 0 && st.vmPower[c.vm] === POWER.off) {
    return reject('reason.containerVmOff', { container: c.name, vm: st.topology.vms[c.vm]?.name ?? '' });
  }
  if (on) {
    startContainer(st, ctx, i);
    pushEvent(st.events, st.tick, 'info', 'event.containerStarting', { container: c.name });
  } else {
    stopContainer(st, i);
    pushEvent(st.events, st.tick, 'info', 'event.containerStopped', { container: c.name });
  }
  return OK;
}

export const kernelCommands = {
  startVm: (st, cmd, ctx) => powerVm(st, ctx, cmd.vm, true),
  stopVm: (st, cmd, ctx) => powerVm(st, ctx, cmd.vm, false),
  startContainer: (st, cmd, ctx) => powerContainer(st, ctx, cmd.container, true),
  stopContainer: (st, cmd, ctx) => powerContainer(st, ctx, cmd.container, false),

  setWorkload(st, { vm: id, workload }, ctx) {
    const i = st.topology.vms.findIndex((v) => v.id === id);
    if (i < 0) return reject('reason.noSuchVm', { vm: id });
    const r = ctx.edit(st, (s) => ({ ...s, vms: s.vms.map((v, j) => (j === i ? { ...v, workload } : v)) }));
    if (!r.ok) return r;
    const vm = st.topology.vms[i];
    if (vm !== undefined && st.vmPower[i] === POWER.on) st.ent.phaseKind.fill(phaseCode(workload), vm.entOffset, vm.entOffset + vm.vcpus);
    pushEvent(st.events, st.tick, 'info', 'event.workload', { vm: vm?.name ?? id, workload: `workload.${workload}` });
    return r;
  },

  addVm(st, cmd, ctx) {
    const r = ctx.edit(st, (s) => ({ ...s, vms: [...s.vms, cmd.vm] }));
    if (!r.ok) return r;
    if (cmd.vm.autostart) bootVm(st, ctx, st.topology.vms.length - 1, false);
    pushEvent(st.events, st.tick, 'info', 'event.vmAdded', { vm: cmd.vm.name });
    return r;
  },

  removeVm(st, { vm: id }, ctx) {
    const vm = st.topology.vms.find((v) => v.id === id);
    if (vm === undefined) return reject('reason.noSuchVm', { vm: id });
    // The rebuild drops the VM's vCPUs (and its containers) from pCPUs and queues.
    const r = ctx.edit(st, (s) => ({ ...s, vms: s.vms.filter((v) => v.id !== id), containers: s.containers.filter((c) => c.vm !== id) }));
    if (r.ok) pushEvent(st.events, st.tick, 'info', 'event.vmRemoved', { vm: vm.name });
    return r;
  },
} satisfies CommandTable<World>;
