/**
 * The virtualization-technique subsystem (binary translation, paravirtualization,
 * hardware assistance; type-1 and type-2 hypervisors), plugged in through the Subsystem
 * contract: at `arbitrate` it charges each VM's run time since the last sample to its
 * host's technique. Its commands change a host's hypervisor type and technique.
 */
import { defineSubsystem, type CommandTable } from '../kernel/contract';
import { editHypervisor } from '../kernel/hostEdit';
import { virtInvariants } from './invariants';
import { digestVirtPart, virtBuffers, virtSnapshot } from './snapshot';
import { buildVirt, carryVirt, stepVirt, VIRT_PERIOD, type VirtWorld } from './virt';

const virtCommands = {
  setHypervisorType: (st, cmd, ctx) => editHypervisor(st, ctx, cmd.host, (hv) => ({ ...hv, type: cmd.hvType }), 'event.hypervisorType', `hvType.${cmd.hvType}`),
  setTechnique: (st, cmd, ctx) => editHypervisor(st, ctx, cmd.host, (hv) => ({ ...hv, technique: cmd.technique }), 'event.technique', `technique.${cmd.technique}`),
  setHwEra: (st, cmd, ctx) => editHypervisor(st, ctx, cmd.host, (hv) => ({ ...hv, hwEra: cmd.era }), 'event.hwEra', `hwEra.${cmd.era}`),
} satisfies CommandTable<VirtWorld>;

export const virt = defineSubsystem({
  id: 'virt',
  build: buildVirt,
  carry: carryVirt,
  phases: { arbitrate: { every: VIRT_PERIOD, run: stepVirt } },
  commands: virtCommands,
  snapshot: (st) => ({ virt: virtSnapshot(st) }),
  buffers: (part) => virtBuffers(part.virt),
  digest: digestVirtPart,
  invariants: virtInvariants,
});
