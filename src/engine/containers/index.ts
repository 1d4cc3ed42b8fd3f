/**
 * The container runtime (image layers and registry pulls, copy-on-write writable
 * layers, cgroup memory limits and CPU quotas, start times against VM boot times),
 * plugged in through the Subsystem contract: it works at `control`, starts containers
 * through the kernel's lifecycle once their image is there, and publishes each
 * container's memory in use on the channel (CT_MEM_USED).
 */
import { defineSubsystem } from '../kernel/contract';
import { containerCommands } from './commands';
import { containerInvariants } from './invariants';
import { digestContainersPart } from './digest';
import { containersSnapshot } from './snapshot';
import { createContainersState, syncContainers } from './state';
import { stepContainers } from './step';

export const containers = defineSubsystem({
  id: 'containers',
  build: (w) => createContainersState(w.scenario, w.topology),
  carry(prev, next) {
    const cs = structuredClone(prev.containers);
    syncContainers(cs, next.topology, next.scenario);
    return cs;
  },
  phases: { control: stepContainers },
  commands: containerCommands,
  snapshot: (st) => ({ fleet: { ct: containersSnapshot(st) } }),
  buffers: () => [],
  digest: digestContainersPart,
  invariants: containerInvariants,
});
