/**
 * The GPU model's command: change how hard a VM drives its GPU and how much GPU memory
 * its work needs (a noisy neighbour, or a job too big for its slice). A scenario setting,
 * so it goes through the scenario edit and survives rebuilds, replays and share links.
 */
import { OK, reject, type CommandTable } from '../kernel/contract';
import { pushEvent } from '../kernel/events';
import type { GpuWorld } from './state';

export const gpuCommands = {
  setGpuLoad(st, cmd, ctx) {
    const i = st.scenario.vms.findIndex((v) => v.id === cmd.vm);
    const vm = st.scenario.vms[i];
    if (vm === undefined) return reject('reason.noSuchVm', { vm: cmd.vm });
    const att = vm.gpu;
    if (att === undefined) return reject('gpu.reason.noGpu', { vm: vm.name });
    if (cmd.demandPct === undefined && cmd.needGiB === undefined) return OK;
    const next = { ...att, ...(cmd.demandPct !== undefined && { demandPct: cmd.demandPct }), ...(cmd.needGiB !== undefined && { needGiB: cmd.needGiB }) };
    const r = ctx.edit(st, (s) => ({ ...s, vms: s.vms.map((v) => (v.id === cmd.vm ? { ...v, gpu: next } : v)) }));
    if (r.ok) pushEvent(st.events, st.tick, 'info', 'gpu.ev.load', { vm: vm.name, pct: next.demandPct, need: next.needGiB });
    return r;
  },
} satisfies CommandTable<GpuWorld>;
