/**
 * The CPU lens's commands: scheduler policy, timeslice, co-scheduling, hyperthread
 * factor, VM weight / cap / vCPU count, vCPU pinning, container shares and quota. Each
 * validates everything before it changes anything, edits the scenario (so the change
 * survives rebuilds, replays and share links) and narrates itself in the event log.
 */
import { ENT, POWER } from '../kernel/codes';
import { reject, type CommandOf, type CommandTable, type Ctx, type Outcome } from '../kernel/contract';
import { pushEvent } from '../kernel/events';
import { editHypervisor, type HypervisorSpecOf } from '../kernel/hostEdit';
import { powerOnEntities } from '../kernel/lifecycle';
import { BOOT_CODE, phaseCode } from '../kernel/workload';
import { END, type CpuWorld } from './cpuState';
import { takeOff } from './pcpu';

type HostCpu = HypervisorSpecOf['cpu'];

function editHostCpu(st: CpuWorld, ctx: Ctx, id: string, edit: (c: HostCpu) => HostCpu, key: string, value: string | number): Outcome {
  return editHypervisor(st, ctx, id, (hv) => ({ ...hv, cpu: edit(hv.cpu) }), key, value);
}

function setVmCpu(st: CpuWorld, cmd: CommandOf<'setVmCpu'>, ctx: Ctx): Outcome {
  const i = st.topology.vms.findIndex((v) => v.id === cmd.vm);
  const vm = st.topology.vms[i];
  if (vm === undefined) return reject('reason.noSuchVm', { vm: cmd.vm });
  const r = ctx.edit(st, (s) => ({
    ...s,
    vms: s.vms.map((v, j) => {
      if (j !== i) return v;
      const out = { ...v, weight: cmd.weight ?? v.weight, capPct: cmd.capPct ?? v.capPct, vcpus: cmd.vcpus ?? v.vcpus };
      if (v.pin !== undefined) out.pin = v.pin.slice(0, out.vcpus);
      return out;
    }),
  }));
  if (!r.ok) return r;
  const next = st.topology.vms[i];
  const power = st.vmPower[i];
  if (next !== undefined && power !== POWER.off) {
    // New vCPUs of a running VM start runnable at once (CPU hot-add).
    for (let e = next.entOffset; e < next.entOffset + next.vcpus; e++) {
      if (st.ent.state[e] === ENT.off) powerOnEntities(st, ctx, e, 1, power === POWER.booting ? BOOT_CODE : phaseCode(next.workload));
    }
  }
  pushEvent(st.events, st.tick, 'info', 'cpu.event.vmCpu', { vm: vm.name, weight: next?.weight ?? 0, cap: next?.capPct ?? 0, vcpus: next?.vcpus ?? 0 });
  return r;
}

function pinVcpu(st: CpuWorld, cmd: CommandOf<'pinVcpu'>, ctx: Ctx): Outcome {
  const i = st.topology.vms.findIndex((v) => v.id === cmd.vm);
  const vm = st.topology.vms[i];
  if (vm === undefined) return reject('reason.noSuchVm', { vm: cmd.vm });
  if (cmd.vcpu >= vm.vcpus) return reject('cpu.reason.noSuchVcpu', { vm: vm.name, vcpu: cmd.vcpu });
  const host = st.topology.hosts[vm.host];
  if (host !== undefined && cmd.pcpu >= host.pcpuCount) return reject('cpu.reason.noSuchPcpu', { pcpu: cmd.pcpu, host: host.name });
  const r = ctx.edit(st, (s) => ({
    ...s,
    vms: s.vms.map((v, j) => {
      if (j !== i) return v;
      const pin = Array.from({ length: v.vcpus }, (_, k) => v.pin?.[k] ?? -1);
      pin[cmd.vcpu] = cmd.pcpu;
      return { ...v, pin };
    }),
  }));
  if (!r.ok) return r;
  const e = vm.entOffset + cmd.vcpu;
  const p = st.ent.pcpu[e] ?? -1;
  // Pinned elsewhere: leave this pCPU now and wait for the one it is pinned to.
  if (p >= 0 && host !== undefined && cmd.pcpu >= 0 && p !== host.pcpuOffset + cmd.pcpu) takeOff(st, vm.host, p, END.pin);
  pushEvent(st.events, st.tick, 'info', cmd.pcpu < 0 ? 'cpu.event.unpinned' : 'cpu.event.pinned', { vm: vm.name, vcpu: cmd.vcpu, pcpu: cmd.pcpu });
  return r;
}

function setContainerCpu(st: CpuWorld, cmd: CommandOf<'setContainerCpu'>, ctx: Ctx): Outcome {
  const i = st.topology.containers.findIndex((c) => c.id === cmd.container);
  const c = st.topology.containers[i];
  if (c === undefined) return reject('reason.noSuchContainer', { container: cmd.container });
  const r = ctx.edit(st, (s) => ({
    ...s,
    containers: s.containers.map((x, j) => (j === i ? { ...x, cpuShares: cmd.shares ?? x.cpuShares, cpuQuotaMs: cmd.quotaMs ?? x.cpuQuotaMs, cpuPeriodMs: cmd.periodMs ?? x.cpuPeriodMs } : x)),
  }));
  const spec = r.ok ? st.scenario.containers[i] : undefined;
  if (spec !== undefined) {
    pushEvent(st.events, st.tick, 'info', 'cpu.event.containerCpu', { container: c.name, shares: spec.cpuShares, quota: spec.cpuQuotaMs, period: spec.cpuPeriodMs });
  }
  return r;
}

/** Switching to fair share starts everyone on the host level: old virtual runtimes mean nothing now. */
function startFairPeriod(st: CpuWorld, hostId: string): void {
  const host = st.topology.hosts.findIndex((x) => x.id === hostId);
  for (let e = 0; e < st.topology.entityCount; e++) if (st.ent.host[e] === host) st.cpu.vruntime[e] = 0;
  st.cpu.minVruntime[host] = 0;
}

export const cpuCommands = {
  setPolicy(st, cmd, ctx) {
    const r = editHostCpu(st, ctx, cmd.host, (c) => ({ ...c, policy: cmd.policy }), 'cpu.event.policy', `cpu.policy.${cmd.policy}`);
    if (r.ok && cmd.policy === 'fair-share') startFairPeriod(st, cmd.host);
    return r;
  },
  setTimeslice: (st, cmd, ctx) => editHostCpu(st, ctx, cmd.host, (c) => ({ ...c, timesliceMs: cmd.ms }), 'event.timeslice', cmd.ms),
  setCoSchedule: (st, cmd, ctx) => editHostCpu(st, ctx, cmd.host, (c) => ({ ...c, coSchedule: cmd.on }), 'cpu.event.coSchedule', cmd.on ? 'cpu.on' : 'cpu.off'),
  setHtFactor: (st, cmd, ctx) => editHostCpu(st, ctx, cmd.host, (c) => ({ ...c, htFactor: cmd.factor }), 'cpu.event.htFactor', cmd.factor),
  setVmCpu,
  pinVcpu,
  setContainerCpu,
} satisfies CommandTable<CpuWorld>;
