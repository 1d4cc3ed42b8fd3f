/**
 * The virt subsystem's commands: a host's hypervisor type, technique and VT-x era, and a
 * VM's I/O path. Each is a scenario edit (so it survives rebuilds, replays and share
 * links), narrated in the event log.
 */
import { meter, VM_MIGRATING } from '../kernel/channel';
import { reject, type CommandTable } from '../kernel/contract';
import { pushEvent } from '../kernel/events';
import { editHypervisor } from '../kernel/hostEdit';
import type { VirtWorld } from './virt';

export const virtCommands = {
  setHypervisorType: (st, cmd, ctx) => editHypervisor(st, ctx, cmd.host, (hv) => ({ ...hv, type: cmd.hvType }), 'event.hypervisorType', `hvType.${cmd.hvType}`),
  setTechnique: (st, cmd, ctx) => editHypervisor(st, ctx, cmd.host, (hv) => ({ ...hv, technique: cmd.technique }), 'event.technique', `technique.${cmd.technique}`),
  setHwEra: (st, cmd, ctx) => editHypervisor(st, ctx, cmd.host, (hv) => ({ ...hv, hwEra: cmd.era }), 'event.hwEra', `hwEra.${cmd.era}`),
  /**
   * Change a VM's I/O path (and, optionally, its queue depth). Refused while the VM
   * migrates: its device cannot be swapped under a copy in flight.
   */
  setIoPath(st, cmd, ctx) {
    const i = st.topology.vms.findIndex((v) => v.id === cmd.vm);
    const vm = st.topology.vms[i];
    if (vm === undefined) return reject('reason.noSuchVm', { vm: cmd.vm });
    if ((meter(st, VM_MIGRATING)[i] ?? 0) > 0) return reject('virt.reason.ioPathMigrating', { vm: vm.name });
    const r = ctx.edit(st, (s) => ({
      ...s,
      vms: s.vms.map((v) => (v.id === cmd.vm ? { ...v, ioPath: cmd.path, ...(cmd.queueDepth !== undefined && { ioQueueDepth: cmd.queueDepth }) } : v)),
    }));
    if (r.ok) pushEvent(st.events, st.tick, 'info', 'event.ioPath', { vm: vm.name, value: `ioPath.${cmd.path}` });
    return r;
  },
} satisfies CommandTable<VirtWorld>;
