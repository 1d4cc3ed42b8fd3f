/**
 * The memory subsystem (host frames, guest pages, TLBs and translation, page sharing,
 * ballooning, compression and swapping), plugged in through the Subsystem contract: at
 * `arbitrate` it runs the guests' sampled accesses and each host's reclaim ladder, and
 * publishes each VM's memory in use on the channel.
 */
import { defineSubsystem } from '../kernel/contract';
import { buildMemory, carryMemory } from './build';
import { memoryCommands } from './commands';
import { checkMemory } from './invariants';
import { digestMemoryPart } from './digest';
import { DIRTY_METERS } from './dirty';
import { memoryBuffers, memorySnapshot } from './snapshot';
import { MEMORY_STEP_PERIOD, stepMemory } from './step';

export const memory = defineSubsystem({
  id: 'memory',
  meters: DIRTY_METERS,
  build: (w) => buildMemory(w.topology),
  carry: (prev, next) => carryMemory(prev.memory, prev.topology, next.topology),
  phases: { arbitrate: { every: MEMORY_STEP_PERIOD, run: stepMemory } },
  commands: memoryCommands,
  snapshot: (st) => ({ memory: memorySnapshot(st.memory, st.topology, st.scenario.vms) }),
  buffers: (part) => memoryBuffers(part.memory),
  digest: digestMemoryPart,
  invariants: (st) => checkMemory(st.memory, st.topology, st.tick),
});
