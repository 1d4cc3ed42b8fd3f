/**
 * The virtualization-technique subsystem (binary translation, paravirtualization,
 * hardware assistance; type-1 and type-2 hypervisors), plugged in through the Subsystem
 * contract: at `arbitrate` it charges each VM's run time since the last sample to its
 * host's technique, and each VM's I/O to its I/O path. Its commands change a host's
 * hypervisor type and technique, and a VM's I/O path.
 */
import { defineSubsystem } from '../kernel/contract';
import { virtCommands } from './commands';
import { virtInvariants } from './invariants';
import { digestVirtPart, virtBuffers, virtSnapshot } from './snapshot';
import { buildVirt, carryVirt, stepVirt, VIRT_PERIOD } from './virt';


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
