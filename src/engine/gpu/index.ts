/**
 * GPU virtualization (DOMAIN.md): physical GPUs shared among a host's VMs by passthrough,
 * time-slicing or hardware partitioning (MIG), plugged in through the Subsystem contract.
 * It works at `execute`, after the CPUs ran their millisecond.
 */
import { defineSubsystem } from '../kernel/contract';
import { gpuCommands } from './commands';
import { digestGpuPart } from './digest';
import { gpuInvariants } from './invariants';
import { gpuSnapshot } from './snapshot';
import { buildGpu, carryGpu } from './state';
import { stepGpu } from './step';

export const gpu = defineSubsystem({
  id: 'gpu',
  build: (w) => buildGpu(w.scenario, w),
  carry: (prev, next) => carryGpu(prev.gpu, next),
  phases: { execute: stepGpu },
  commands: gpuCommands,
  snapshot: gpuSnapshot,
  buffers: () => [],
  digest: digestGpuPart,
  invariants: gpuInvariants,
});
