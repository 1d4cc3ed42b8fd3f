/**
 * What holds of the GPU model after every tick: queues within bounds, shares that add up
 * to at most the whole GPU, a passthrough GPU with one VM, MIG slices within 7, and no
 * work done by a VM that cannot allocate its memory.
 */
import { MIG_COMPUTE_SLICES } from '../scenario/gpu';
import { GPU_BACKLOG_MS } from './model';
import type { GpuWorld } from './state';

const EPS = 1e-6;

export function gpuInvariants(st: GpuWorld): string[] {
  const out: string[] = [];
  const { devs, atts } = st.gpu;
  atts.forEach((a) => {
    if (a.backlog < -EPS || a.backlog > GPU_BACKLOG_MS + EPS) out.push(`gpu: ${a.vmId} backlog ${a.backlog} outside [0, ${GPU_BACKLOG_MS}]`);
    if (a.oom && a.backlog > EPS) out.push(`gpu: ${a.vmId} cannot allocate yet has queued work`);
    if (a.share < -EPS || a.share > 1 + EPS || a.wait < -EPS || a.wait > 1 + EPS) out.push(`gpu: ${a.vmId} share ${a.share} or wait ${a.wait} outside [0, 1]`);
  });
  devs.forEach((d, g) => {
    const mine = atts.filter((a) => a.gpu === g);
    if (d.atts.length !== mine.length || d.atts.some((i) => atts[i]?.gpu !== g)) out.push(`gpu: ${d.id}'s list of VMs does not match the attachments`);
    const shares = mine.reduce((n, a) => n + a.share, 0);
    if (shares + d.switchShare > 1 + EPS) out.push(`gpu: ${d.id} gives out ${shares + d.switchShare} of its time`);
    if (Math.abs(shares - d.util) > 1e-3) out.push(`gpu: ${d.id} utilisation ${d.util} is not the sum of its VMs' shares ${shares}`);
    if (d.mode === 'passthrough' && mine.length > 1) out.push(`gpu: passthrough ${d.id} has ${mine.length} VMs`);
    if (d.mode === 'mig' && mine.reduce((n, a) => n + a.slices, 0) > MIG_COMPUTE_SLICES) out.push(`gpu: ${d.id} hands out more than ${MIG_COMPUTE_SLICES} slices`);
    if (d.holder >= 0 && atts[d.holder]?.gpu !== g) out.push(`gpu: ${d.id} is held by a VM of another GPU`);
    if (d.mode === 'mig' && mine.some((a) => a.share > a.slices / MIG_COMPUTE_SLICES + EPS)) out.push(`gpu: a VM on ${d.id} used more than its slices`);
  });
  return out;
}
