/**
 * `gpu-sharing`: one GPU (an A100 40GB) per host, shared three ways (DOMAIN.md):
 * - host-pass: passthrough: one training VM owns the whole device through the IOMMU;
 * - host-slice: time-sliced vGPU: two inference VMs (30 % of a GPU each, 10 GiB
 *   framebuffers) and a training VM that would use all of it (the noisy neighbour, 20 GiB)
 *   take turns of at most 2 ms, paying 0.1 ms per switch; the inference VMs wait while it holds its turns;
 * - host-mig: MIG: the same three VMs on fixed slices (2g.10gb, 2g.10gb, 3g.20gb): the
 *   training VM never gets more than 3/7 of the GPU, even with the rest idle, and nobody waits.
 * At 20 s, infer-m2's model grows to 14 GiB: more than its 10 GiB slice, so its allocation
 * fails (MIG and vGPU memory are not overcommitted); on the passthrough host all 40 GiB are one VM's.
 */
import type { ScenarioInput } from '../schema';

const host = (id: string) => ({
  id,
  name: id,
  sockets: 1,
  coresPerSocket: 8,
  threadsPerCore: 1,
  memoryMiB: 65536,
  hypervisor: { type: 'type1' as const, technique: 'hardware-assisted' as const },
});

const vm = (id: string, hostId: string, gpu: { device: string; demandPct: number; needGiB: number; profileGiB?: number; slices?: number }) => ({
  id,
  name: id,
  host: hostId,
  vcpus: 2,
  memoryMiB: 8192,
  workload: 'io-bound' as const,
  gpu,
});

export const gpuSharing: ScenarioInput = {
  schemaVersion: 1,
  name: 'GPU sharing: passthrough vs time-sliced vs MIG',
  seed: 17,
  hosts: [host('host-pass'), host('host-slice'), host('host-mig')],
  gpus: [
    { id: 'gpu-pass', host: 'host-pass', mode: 'passthrough' },
    { id: 'gpu-slice', host: 'host-slice', mode: 'timeslice', timesliceMs: 2 },
    { id: 'gpu-mig', host: 'host-mig', mode: 'mig' },
  ],
  vms: [
    vm('train-p', 'host-pass', { device: 'gpu-pass', demandPct: 100, needGiB: 30 }),
    vm('infer-s1', 'host-slice', { device: 'gpu-slice', demandPct: 30, needGiB: 6, profileGiB: 10 }),
    vm('infer-s2', 'host-slice', { device: 'gpu-slice', demandPct: 30, needGiB: 6, profileGiB: 10 }),
    vm('train-s', 'host-slice', { device: 'gpu-slice', demandPct: 100, needGiB: 16, profileGiB: 20 }),
    vm('infer-m1', 'host-mig', { device: 'gpu-mig', demandPct: 30, needGiB: 6, slices: 2 }),
    vm('infer-m2', 'host-mig', { device: 'gpu-mig', demandPct: 30, needGiB: 6, slices: 2 }),
    vm('train-m', 'host-mig', { device: 'gpu-mig', demandPct: 100, needGiB: 16, slices: 3 }),
  ],
  events: [{ at: 20_000, command: { type: 'setGpuLoad', vm: 'infer-m2', needGiB: 14 } }],
};
