/** The GPU model's snapshot part: plain, small objects (no typed arrays); the strip oldest first. */
import type { GpuSnapshot } from './model';
import type { GpuWorld } from './state';

export function gpuSnapshot(st: GpuWorld): { gpu: GpuSnapshot } {
  return {
    gpu: {
      devs: st.gpu.devs.map((d) => ({ id: d.id, host: d.host, model: d.model, mode: d.mode, memoryGiB: d.memoryGiB, timesliceMs: d.timesliceMs, util: d.util, switchShare: d.switchShare, switches: d.switches, recent: d.recent.map((_, k) => d.recent[(d.recentAt + k) % d.recent.length] ?? -1) })),
      atts: st.gpu.atts.map((a) => ({ vm: a.vm, gpu: a.gpu, demand: a.demand, needGiB: a.needGiB, sliceGiB: a.sliceGiB, slices: a.slices, share: a.share, wait: a.wait, turnWaitMs: a.turnWaitMs, doneMs: a.doneMs, oom: a.oom })),
    },
  };
}
