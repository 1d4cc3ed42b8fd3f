/**
 * GPUs in the scenario language: physical GPUs on hosts (`gpus`), each shared one of
 * three ways (DOMAIN.md, GPU virtualization), and a VM's GPU attachment (`vms[].gpu`):
 * - passthrough: one VM owns the whole device through the IOMMU;
 * - timeslice: VMs take turns on the whole GPU (a vGPU scheduler), each with a fixed
 *   framebuffer (`profileGiB`);
 * - mig: fixed hardware partitions, `slices` of the 7 compute slices with the memory of
 *   that profile (A100 40 GB: 1g.5gb, 2g.10gb, 3g.20gb, 4g.20gb, 7g.40gb).
 * `checkGpuRefs` checks what a shape cannot: the device exists on the VM's host, and the
 * device's own rules (one owner, slices and framebuffers that fit).
 */
import { z } from '../zod';
import { idSchema } from './parts';

export const gpuModes = ['passthrough', 'timeslice', 'mig'] as const;
export type GpuMode = (typeof gpuModes)[number];

/** MIG profiles of an A100 40 GB: compute slices (of 7) -> memory GiB (scaled by the device's memory / 40). */
export const MIG_PROFILES: Readonly<Record<number, number>> = { 1: 5, 2: 10, 3: 20, 4: 20, 7: 40 };
export const MIG_COMPUTE_SLICES = 7;

export const gpuSchema = z.strictObject({
  id: idSchema,
  host: idSchema,
  model: z.string().min(1).max(40).default('A100 40GB'),
  memoryGiB: z.int().min(1).max(192).default(40),
  mode: z.enum(gpuModes),
  /** Time-sliced only: the longest turn a VM gets before the scheduler moves on (ms). */
  timesliceMs: z.int().min(1).max(50).default(2),
});

export const vmGpuSchema = z.strictObject({
  device: idSchema,
  /** How much of a whole GPU its work would use if it had the GPU alone (%). */
  demandPct: z.int().min(0).max(100).default(100),
  /** GPU memory its work needs (GiB); more than its slice and its allocation fails. */
  needGiB: z.number().min(0).max(192).default(4),
  /** Time-sliced: its fixed framebuffer (GiB). */
  profileGiB: z.int().min(1).max(192).optional(),
  /** MIG: compute slices of 7 (1, 2, 3, 4 or 7). */
  slices: z.int().min(1).max(7).optional(),
});

export type GpuSpec = z.output<typeof gpuSchema>;
export type VmGpuSpec = z.output<typeof vmGpuSchema>;

/** The GPU memory a VM's slice gives it: the whole device, its framebuffer profile, or its MIG profile's memory. */
export function sliceGiB(gpu: Pick<GpuSpec, 'mode' | 'memoryGiB'>, att: Pick<VmGpuSpec, 'profileGiB' | 'slices'>): number {
  if (gpu.mode === 'passthrough') return gpu.memoryGiB;
  if (gpu.mode === 'timeslice') return att.profileGiB ?? 0;
  return ((MIG_PROFILES[att.slices ?? 0] ?? 0) * gpu.memoryGiB) / 40;
}

interface Issue {
  path: (string | number)[];
  key: string;
  params: Record<string, string | number>;
  message: string;
}

/** GPU references and each device's rules; appended to `out`. */
export function checkGpuRefs(s: { hosts: { id: string }[]; gpus: GpuSpec[]; vms: { id: string; host: string; gpu?: VmGpuSpec | undefined }[] }, out: Issue[]): void {
  const hosts = new Set(s.hosts.map((h) => h.id));
  const seen = new Set<string>();
  s.gpus.forEach((g, i) => {
    if (seen.has(g.id)) out.push({ path: ['gpus', i, 'id'], key: 'error.ref.duplicate', params: { id: g.id }, message: `duplicate id "${g.id}"` });
    seen.add(g.id);
    if (!hosts.has(g.host)) out.push({ path: ['gpus', i, 'host'], key: 'error.ref.unknown', params: { kind: 'schema.kind.host', id: g.host }, message: `no host with id "${g.host}"` });
  });
  const byId = new Map(s.gpus.map((g) => [g.id, g]));
  const users = new Map<string, { vm: string; att: VmGpuSpec }[]>();
  s.vms.forEach((vm, i) => {
    const att = vm.gpu;
    if (att === undefined) return;
    const g = byId.get(att.device);
    const path = ['vms', i, 'gpu', 'device'];
    if (g === undefined) return void out.push({ path, key: 'error.ref.unknown', params: { kind: 'schema.kind.gpu', id: att.device }, message: `no gpu with id "${att.device}"` });
    if (g.host !== vm.host) return void out.push({ path, key: 'gpu.error.otherHost', params: { gpu: g.id, vm: vm.id }, message: `GPU "${g.id}" is not on the host of VM "${vm.id}"` });
    if (g.mode === 'timeslice' && att.profileGiB === undefined) out.push({ path: ['vms', i, 'gpu', 'profileGiB'], key: 'gpu.error.profile', params: { vm: vm.id }, message: `VM "${vm.id}" needs a framebuffer profileGiB on a time-sliced GPU` });
    if (g.mode === 'mig' && MIG_PROFILES[att.slices ?? 0] === undefined) out.push({ path: ['vms', i, 'gpu', 'slices'], key: 'gpu.error.slices', params: { vm: vm.id }, message: `VM "${vm.id}" needs a MIG profile of 1, 2, 3, 4 or 7 slices` });
    users.set(g.id, [...(users.get(g.id) ?? []), { vm: vm.id, att }]);
  });
  for (const [id, list] of users) {
    const g = byId.get(id);
    if (g === undefined) continue;
    const path = ['gpus', s.gpus.indexOf(g)];
    if (g.mode === 'passthrough' && list.length > 1) out.push({ path, key: 'gpu.error.passthroughShared', params: { gpu: id, n: list.length }, message: `passthrough GPU "${id}" can have one VM, not ${list.length}` });
    const slices = list.reduce((n, u) => n + (u.att.slices ?? 0), 0);
    if (g.mode === 'mig' && slices > MIG_COMPUTE_SLICES) out.push({ path, key: 'gpu.error.migFull', params: { gpu: id, n: slices }, message: `MIG GPU "${id}" has 7 compute slices; its VMs ask for ${slices}` });
    const fb = list.reduce((n, u) => n + (u.att.profileGiB ?? 0), 0);
    if (g.mode === 'timeslice' && fb > g.memoryGiB) out.push({ path, key: 'gpu.error.framebufferFull', params: { gpu: id, n: fb, max: g.memoryGiB }, message: `time-sliced GPU "${id}" has ${g.memoryGiB} GiB; its VMs' framebuffers take ${fb}` });
  }
}
