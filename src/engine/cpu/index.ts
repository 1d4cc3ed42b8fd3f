/**
 * The CPU subsystem (hypervisor scheduling for round robin, Xen Credit and fair share;
 * co-scheduling, caps, pinning, hyperthreads; containers scheduled by their guest),
 * plugged in through the Subsystem contract: it schedules at `schedule`, runs one
 * millisecond and refills idle pCPUs at `execute`, places each entity that powers on
 * in its policy, and refills idle pCPUs whenever a command changed the world.
 */
import { defineSubsystem } from '../kernel/contract';
import { cpuCommands } from './commands';
import { buildCpu, carryCpu } from './cpuState';
import { dispatchAll, execute } from './execute';
import { scheduleGuests } from './guest';
import { cpuInvariants } from './invariants';
import { onPowerOn } from './policies';
import { cpuTick } from './scheduler';
import { cpuArrays, cpuSnapshot, digestCpuPart } from './snapshot';

export const cpu = defineSubsystem({
  id: 'cpu',
  build: (w) => buildCpu(w.topology, w.scenario),
  carry(prev, next, map) {
    const fresh = buildCpu(next.topology, next.scenario);
    carryCpu(prev.cpu, prev.topology, fresh, next.topology, map);
    return fresh;
  },
  phases: {
    schedule(st) {
      cpuTick(st);
      scheduleGuests(st);
    },
    execute(st) {
      execute(st);
      dispatchAll(st);
    },
  },
  commands: cpuCommands,
  onPowerOn,
  settle: dispatchAll,
  snapshot: (st) => ({ cpu: cpuSnapshot(st) }),
  buffers: (part) => cpuArrays(part.cpu).map((a) => a.buffer as ArrayBuffer),
  digest: digestCpuPart,
  invariants: cpuInvariants,
});
